import type { Question } from '../model/types.js';
import { isAnswered, isCorrect, type QuizAnswer } from './answers.js';
import { scoreResults, type QuestionResult, type QuizScore } from './score.js';
import { scrambled } from './seeded-order.js';

/**
 * Where a reader is in a quiz. Never changed in place: each step below returns a new progress, so the
 * quiz can compare, store and merge them.
 */
export interface Progress {
  /** Orders the questions and choices when the quiz shuffles; kept so a reload keeps the order. */
  readonly seed: string;
  readonly answers: Readonly<Record<string, QuizAnswer>>;
  /** The questions whose answer was checked, one by one. */
  readonly checked: readonly string[];
  /** The ids of the questions asked in this round, in order: all of them, or the wrong ones on a retry. */
  readonly round: readonly string[];
  /** The stepper's position in the round. */
  readonly step: number;
  readonly finished: boolean;
}

const ids = (list: readonly { readonly id: string }[]) => list.map((item) => item.id);

export function freshProgress(seed: string, asked: readonly Question[]): Progress {
  return { seed, answers: {}, checked: [], round: ids(asked), step: 0, finished: false };
}

/** The reader's answer as it stands, before checking. */
export function answer(progress: Progress, questionId: string, given: QuizAnswer): Progress {
  return { ...progress, answers: { ...progress.answers, [questionId]: given } };
}

/** The answer is settled: the question shows its verdict and can no longer be changed. */
export function check(progress: Progress, questionId: string, given: QuizAnswer): Progress {
  const checked = progress.checked.includes(questionId) ? progress.checked : [...progress.checked, questionId];
  return { ...answer(progress, questionId, given), checked };
}

/** The stepper shows the question at `step` of the round, kept within the round. */
export function go(progress: Progress, step: number): Progress {
  return { ...progress, step: Math.max(0, Math.min(step, progress.round.length - 1)) };
}

export function finish(progress: Progress): Progress {
  return { ...progress, finished: true };
}

/** A new round of the questions answered wrongly, keeping the right answers for the results. */
export function retryWrong(progress: Progress, asked: readonly Question[]): Progress {
  const wrong = asked.filter((question) => !isCorrect(question, progress.answers[question.id]));
  const right = Object.fromEntries(
    Object.entries(progress.answers).filter(([id]) => !wrong.some((question) => question.id === id)),
  );
  return { ...freshProgress(progress.seed, asked), answers: right, round: ids(wrong) };
}

export function startOver(progress: Progress, asked: readonly Question[]): Progress {
  return freshProgress(progress.seed, asked);
}

/**
 * The reader's answer, or for an ordering question the order it is shown in until they move
 * something: checking an untouched ordering question answers it as shown.
 */
export function shownAnswer(progress: Progress, question: Question): QuizAnswer | undefined {
  const given = progress.answers[question.id];
  if (given !== undefined || question.type !== 'order') return given;
  return scrambled(ids(question.items), `${progress.seed}:${question.id}`);
}

/** How a question went; a question never answered (an untouched ordering one included) is unanswered. */
export function resultOf(progress: Progress, question: Question): QuestionResult {
  const given = progress.answers[question.id];
  return { questionId: question.id, correct: isCorrect(question, given), answer: isAnswered(given) ? given : null };
}

export function scoreOf(progress: Progress, asked: readonly Question[], passPercent: number): QuizScore {
  return scoreResults(
    asked.map((question) => resultOf(progress, question)),
    passPercent,
  );
}

/** The questions of the round not checked yet: finishing settles them. */
export function unchecked(progress: Progress, asked: readonly Question[]): Question[] {
  return asked.filter((question) => progress.round.includes(question.id) && !progress.checked.includes(question.id));
}

/** The pass mark: the element's `pass`, else the quiz's `passPercent`, else 70; out-of-range marks are ignored. */
export function passPercentOf(...marks: readonly (number | undefined)[]): number {
  return marks.find((mark) => mark !== undefined && Number.isFinite(mark) && mark >= 0 && mark <= 100) ?? 70;
}
