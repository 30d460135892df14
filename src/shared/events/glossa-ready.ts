import type { Article } from '../../model/types.js';

export interface GlossaReadyDetail {
  /** The validated article the element now shows. */
  readonly article: Article;
}

/** Fired when an element has a valid article and has rendered it. */
export type GlossaReadyEvent = CustomEvent<GlossaReadyDetail>;

declare global {
  interface GlobalEventHandlersEventMap {
    'glossa-ready': GlossaReadyEvent;
  }
}
