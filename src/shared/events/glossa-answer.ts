import type { QuizAnswer } from '../../quiz/answers.js';

export interface GlossaAnswerDetail {
  /** The id of the question in the model. */
  readonly questionId: string;
  /** What the reader gave (see `AnswerByType`); `null` when a finished quiz left it unanswered. */
  readonly answer: QuizAnswer | null;
  readonly correct: boolean;
}

/**
 * Fired once for each question when its answer is settled: when the reader checks it, or, for the
 * questions not checked by then (all of them with `feedback="end"`), when the reader finishes the quiz.
 */
export type GlossaAnswerEvent = CustomEvent<GlossaAnswerDetail>;

declare global {
  interface GlobalEventHandlersEventMap {
    'glossa-answer': GlossaAnswerEvent;
  }
}
