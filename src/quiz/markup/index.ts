export { readQuizMarkup, type QuizMarkup, type QuestionMarkup } from './read-quiz-markup.js';
export { parseQuizMarkup } from './parse-quiz-markup.js';
