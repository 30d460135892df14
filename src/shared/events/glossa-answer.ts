import type { QuizAnswer } from '../../quiz/answers.js';
import type { XapiStatement } from '../../xapi/statement-types.js';

export interface GlossaAnswerDetail {
  /** The id of the question in the model. */
  readonly questionId: string;
  /** What the reader gave (see `AnswerByType`); `null` when a finished quiz left it unanswered. */
  readonly answer: QuizAnswer | null;
  readonly correct: boolean;
  /** With `xapi-endpoint` (and `xapiActor`): the answer's xAPI `answered` statement, as sent. */
  readonly statements?: readonly XapiStatement[];
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
