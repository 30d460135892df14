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

/** The same five questions in quizdown's Markdown: ordered task lists are single-choice questions. */
export function quizdownText() {
  const question = ({ prompt, choices, answer }) =>
    [`### ${prompt}`, '', ...choices.map((choice) => `1. [${choice.id === answer ? 'x' : ' '}] ${choice.text}`)].join(
      '\n',
    );
  return `---\nshuffleAnswers: false\n---\n\n${QUESTIONS.map(question).join('\n\n')}\n`;
}

const paragraphsOf = (evidence) =>
  evidence.flatMap((item) => (typeof item === 'string' ? [item] : item.paragraph ? [item.paragraph] : []));

/** The seed's timeline in the smallest valid article: each event's paragraph evidence and those paragraphs. */
export function timelineArticle() {
  const events = seed.timeline.map((event) => ({ ...event, evidence: paragraphsOf(event.evidence) }));
  const cited = new Set(events.flatMap((event) => event.evidence));
  return {
    schemaVersion: seed.schemaVersion,
    id: 'bench-timeline',
    lang: 'en',
    title: seed.title,
    paragraphs: seed.paragraphs.filter((paragraph) => cited.has(paragraph.id)),
    entities: [],
    explainer: { summary: seed.explainer.summary, sections: [] },
    timeline: events,
  };
}

/** The same events as TimelineJS data: a slide per dated event, its label the headline. */
export function timelineJsData() {
  const date = (when) => {
    const [year, month, day] = when.split(/[-T]/).map(Number);
    return { year, ...(month && { month }), ...(day && { day }) };
  };
  return {
    events: seed.timeline
      .filter((event) => event.when)
      .map((event) => ({ start_date: date(event.when), text: { headline: event.label, text: event.detail ?? '' } })),
  };
}
