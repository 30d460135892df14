import type { QuizAnswer } from './answers.js';

/** How one question went, in the order the quiz asked it. */
export interface QuestionResult {
  readonly questionId: string;
  readonly correct: boolean;
  /** The reader's answer; `null` when the question was left unanswered. */
  readonly answer: QuizAnswer | null;
}

export interface QuizScore {
  /** Questions answered right. */
  readonly score: number;
  /** Questions asked. */
  readonly total: number;
  /** `score` of `total`, in whole percent. */
  readonly percent: number;
  /** Whether the score reaches the pass mark. */
  readonly passed: boolean;
  readonly results: readonly QuestionResult[];
}

/** The pass mark is compared with the exact ratio, so 2 of 3 does not pass a 67 % mark by rounding up. */
export function scoreResults(results: readonly QuestionResult[], passPercent: number): QuizScore {
  const total = results.length;
  const score = results.filter((result) => result.correct).length;
  const percent = total ? Math.round((score / total) * 100) : 0;
  return { score, total, percent, passed: score * 100 >= passPercent * total, results };
}
