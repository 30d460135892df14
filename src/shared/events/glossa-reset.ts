export interface GlossaResetDetail {
  /** The ids of the questions asked again: every question after "Start over", the wrong ones after "Retry wrong answers". */
  readonly questionIds: readonly string[];
}

/** Fired when the reader starts a quiz over or retries the wrong answers; not when code calls `reset()`. */
export type GlossaResetEvent = CustomEvent<GlossaResetDetail>;

declare global {
  interface GlobalEventHandlersEventMap {
    'glossa-reset': GlossaResetEvent;
  }
}
