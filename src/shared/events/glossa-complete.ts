import type { QuizScore } from '../../quiz/score.js';

/** The score, the pass verdict and each question's result, in the order the quiz asked them. */
export type GlossaCompleteDetail = QuizScore;

/** Fired when the reader finishes a quiz and the results are shown. */
export type GlossaCompleteEvent = CustomEvent<GlossaCompleteDetail>;

declare global {
  interface GlobalEventHandlersEventMap {
    'glossa-complete': GlossaCompleteEvent;
  }
}
