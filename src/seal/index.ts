export { sealArticle, type SealedArticle } from './seal-quiz.js';
export { openWithKey, parseAnswerKey, type AnswerKey } from './answer-key.js';
export { gradeSealed } from './grade-sealed.js';
export { unsealQuiz } from './unseal-quiz.js';
export { verifyAnswerKey } from './verify-key.js';
