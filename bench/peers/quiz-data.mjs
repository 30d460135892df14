import { readFileSync } from 'node:fs';

/**
 * The quiz every implementation renders: the first five single-choice questions of the seed article
 * (bench/peers/plain.html has the same five written out by hand).
 */
const seed = JSON.parse(readFileSync(new URL('../../demo/articles/kazakhstan-2022.json', import.meta.url), 'utf8'));
export const QUESTIONS = seed.quiz.questions.filter((question) => question.type === 'single').slice(0, 5);

/** The smallest valid article that holds the five questions: the paragraphs their evidence quotes. */
export function quizArticle(id = 'bench-quiz') {
  const quoted = new Set(QUESTIONS.flatMap((question) => question.evidence.map((evidence) => evidence.paragraph)));
  return {
    schemaVersion: seed.schemaVersion,
    id,
    lang: 'en',
    title: seed.title,
    paragraphs: seed.paragraphs.filter((paragraph) => quoted.has(paragraph.id)),
    entities: [],
    explainer: { summary: seed.explainer.summary, sections: [] },
    quiz: { title: seed.quiz.title, passPercent: seed.quiz.passPercent, questions: QUESTIONS },
  };
}

/** The same five questions as a SurveyJS quiz: one page of radio groups with their correct answers. */
export function surveyJson() {
  return {
    title: seed.quiz.title,
    elements: QUESTIONS.map((question) => ({
      type: 'radiogroup',
      name: question.id,
      title: question.prompt,
      choices: question.choices.map((choice) => ({ value: choice.id, text: choice.text })),
      correctAnswer: question.answer,
    })),
  };
}
