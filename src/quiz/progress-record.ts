import type { Question } from '../model/types.js';
import { asAnswer, type QuizAnswer } from './answers.js';
import { freshProgress, type Progress } from './progress.js';
import { cached } from '../shared/cached.js';
import { fnv1a } from './fnv1a.js';

/**
 * Progress as it is stored: one entry per question, so an edit to one question drops only its answer,
 * and each entry and the position carry the time they changed, so two tabs of one quiz merge question
 * by question instead of overwriting each other.
 */
export interface ProgressRecord {
  readonly version: 2;
  readonly seed: string;
  readonly questions: Readonly<Record<string, QuestionRecord>>;
  readonly position: PositionRecord;
}

interface QuestionRecord {
  /** The question as it was answered: an answer to another version of it is not this one's. */
  readonly fingerprint: string;
  readonly at: number;
  readonly answer?: QuizAnswer;
  readonly checked?: true;
}

interface PositionRecord {
  readonly at: number;
  /** The question the stepper shows. */
  readonly current?: string;
  /** The round's questions on a retry of the wrong ones; absent when every question is asked. */
  readonly retry?: readonly string[];
  readonly finished?: true;
}

/** Texts that explain rather than ask: editing them does not change what an answer means. */
const EXPLAINING = new Set(['explanation', 'feedback', 'evidence']);

/** Validated questions are never changed in place, and every answer typed stores the whole quiz. */
const fingerprints = new WeakMap<Question, string>();

/** A short hash of what a question asks and accepts, blind to spacing and to its explanations. */
export function fingerprint(question: Question): string {
  return cached(fingerprints, question, () => {
    const asked = JSON.stringify(question, (key, value: unknown) =>
      EXPLAINING.has(key) ? undefined : typeof value === 'string' ? value.replace(/\s+/g, ' ').trim() : value,
    );
    return fnv1a(asked).toString(36);
  });
}

/** `entry` with the time it changed: `previous`'s when it is the same entry, else `now`. */
function stamped<T extends object>(
  entry: T,
  previous: (T & { at: number }) | undefined,
  now: number,
): T & { at: number } {
  const unchanged = previous && JSON.stringify({ ...previous, at: 0 }) === JSON.stringify({ ...entry, at: 0 });
  return { ...entry, at: unchanged ? previous.at : now };
}

/** `progress` as a record; entries that did not change since `previous` keep their time. */
export function toRecord(
  progress: Progress,
  asked: readonly Question[],
  previous: ProgressRecord | undefined,
  now: number,
): ProgressRecord {
  const questions: Record<string, QuestionRecord> = {};
  for (const question of asked) {
    const given = progress.answers[question.id];
    const entry = {
      fingerprint: fingerprint(question),
      ...(given !== undefined && { answer: given }),
      ...(progress.checked.includes(question.id) && { checked: true as const }),
    };
    questions[question.id] = stamped(entry, previous?.questions[question.id], now);
  }
  const everyQuestion = progress.round.length === asked.length;
  const place = {
    ...(progress.round[progress.step] !== undefined && { current: progress.round[progress.step] }),
    ...(!everyQuestion && { retry: progress.round }),
    ...(progress.finished && { finished: true as const }),
  };
  return { version: 2, seed: progress.seed, questions, position: stamped(place, previous?.position, now) };
}

/** `progress` as a record this tab never changed: every time is 0, so any other tab's change outweighs it. */
export function untouchedRecord(progress: Progress, asked: readonly Question[]): ProgressRecord {
  return toRecord(progress, asked, undefined, 0);
}

/**
 * Two records of one quiz, question by question and the position on its own: the later change wins,
 * and `ours` wins a tie. The stored seed stays, so every later visit shows the order first stored.
 */
export function mergeRecords(ours: ProgressRecord, theirs: ProgressRecord | undefined): ProgressRecord {
  if (!theirs) return ours;
  const questions = { ...theirs.questions };
  for (const [id, entry] of Object.entries(ours.questions)) {
    if (time(entry?.at) >= time(questions[id]?.at)) questions[id] = entry;
  }
  const position = ours.position.at >= theirs.position.at ? ours.position : theirs.position;
  return { version: 2, seed: theirs.seed, questions, position };
}

const time = (value: unknown) => (typeof value === 'number' ? value : 0);

/**
 * A stored value as a record, or undefined when it is not one. Storage is shared with every script of
 * the origin, so nothing in it is trusted: the fields are checked where they are read, and an entry
 * that is malformed gives no answer.
 */
export function asRecord(value: unknown): ProgressRecord | undefined {
  const record = value as Partial<ProgressRecord> | null | undefined;
  if (record?.version !== 2 || typeof record.seed !== 'string') return undefined;
  const { seed, questions, position } = record;
  return { version: 2, seed, questions: { ...questions }, position: { ...position, at: time(position?.at) } };
}

/**
 * The progress a record gives for the questions asked now. An answer is kept only where the question
 * is the one that was answered (same fingerprint) and the answer has the right shape for it.
 */
export function fromRecord(record: ProgressRecord, asked: readonly Question[]): Progress {
  const fresh = freshProgress(record.seed, asked);
  const answers: Record<string, QuizAnswer> = {};
  const checked: string[] = [];
  for (const question of asked) {
    const entry = record.questions[question.id];
    const given = entry?.fingerprint === fingerprint(question) ? asAnswer(question, entry.answer) : undefined;
    if (given === undefined) continue;
    answers[question.id] = given;
    if (entry!.checked === true) checked.push(question.id);
  }
  const { current, retry, finished } = record.position;
  const retried = Array.isArray(retry) ? (retry as readonly string[]).filter((id) => fresh.round.includes(id)) : [];
  const round = retried.length ? retried : fresh.round;
  return {
    seed: record.seed,
    answers,
    checked,
    round,
    step: Math.max(0, round.indexOf(current!)),
    finished: finished === true,
  };
}

/**
 * `progress` with the answers of `record`: what another tab answered shows here, while this tab's
 * reader stays where they are.
 */
export function withAnswersOf(progress: Progress, record: ProgressRecord, asked: readonly Question[]): Progress {
  const { answers, checked } = fromRecord(record, asked);
  return { ...progress, answers, checked };
}
