import type { Question } from '../model/types.js';
import { asAnswer, type QuizAnswer } from './answers.js';

/** Where a reader is in a quiz: saved after every change, read back on reload. */
export interface Progress {
  /** Orders the questions and choices when the quiz shuffles; kept so a reload keeps the order. */
  seed: string;
  answers: Record<string, QuizAnswer>;
  /** The questions whose answer was checked, one by one. */
  checked: string[];
  /** The ids of the questions asked in this round, in order: all of them, or the wrong ones on a retry. */
  round: string[];
  /** The stepper's position in the round. */
  step: number;
  finished: boolean;
}

export function freshProgress(seed: string, asked: readonly Question[]): Progress {
  return { seed, answers: {}, checked: [], round: asked.map((question) => question.id), step: 0, finished: false };
}

const record = (value: unknown): Record<string, unknown> =>
  typeof value === 'object' && value !== null ? (value as Record<string, unknown>) : {};

/**
 * Saved progress checked against the questions asked: whatever is missing, malformed or about a
 * question no longer asked is dropped, so a tampered or outdated entry cannot break the quiz.
 */
export function readProgress(saved: unknown, seed: string, asked: readonly Question[]): Progress {
  const fields = record(saved);
  const progress = freshProgress(seed, asked);
  const known = new Set(progress.round);
  const ids = (value: unknown) =>
    Array.isArray(value) ? value.filter((id): id is string => typeof id === 'string' && known.has(id)) : [];
  const answers = record(fields['answers']);
  for (const question of asked) {
    const answer = asAnswer(question, answers[question.id]);
    if (answer !== undefined) progress.answers[question.id] = answer;
  }
  progress.checked = ids(fields['checked']);
  const round = ids(fields['round']);
  if (round.length) progress.round = round;
  const step = fields['step'];
  if (typeof step === 'number' && Number.isInteger(step)) progress.step = Math.max(0, Math.min(step, progress.round.length - 1));
  progress.finished = fields['finished'] === true;
  return progress;
}

/** The seed saved with progress, if any. */
export function savedSeed(saved: unknown): string | undefined {
  const seed = record(saved)['seed'];
  return typeof seed === 'string' ? seed : undefined;
}
