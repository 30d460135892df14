import type { ArticleLoadError } from '../article-state.js';

export interface GlossaErrorDetail {
  /** What went wrong, with the model's issues and their paths when the article is invalid. */
  readonly error: ArticleLoadError;
}

/** Fired when an element cannot show its article; the element shows the same problem to the reader. */
export type GlossaErrorEvent = CustomEvent<GlossaErrorDetail>;

declare global {
  interface GlobalEventHandlersEventMap {
    'glossa-error': GlossaErrorEvent;
  }
}
