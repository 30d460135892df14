import type { QuizScore } from '../../quiz/score.js';
import type { XapiStatement } from '../../xapi/statement-types.js';

/** The score, the pass verdict and each question's result, in the order the quiz asked them. */
export interface GlossaCompleteDetail extends QuizScore {
  /** With `xapi-endpoint` (and `xapiActor`): `completed`, then `passed` or `failed` when there is a pass mark, as sent. */
  readonly statements?: readonly XapiStatement[];
}

/** Fired when the reader finishes a quiz and the results are shown. */
export type GlossaCompleteEvent = CustomEvent<GlossaCompleteDetail>;

declare global {
  interface GlobalEventHandlersEventMap {
    'glossa-complete': GlossaCompleteEvent;
  }
}
