export interface GlossaEvidenceDetail {
  /** The id of the paragraph that supports the claim. */
  readonly paragraph: string;
  /** Its position in the article, counting from 1: what readers see as "paragraph 4". */
  readonly paragraphNumber: number;
  /** The paragraph's text. */
  readonly text: string;
  /** The exact supporting words, when the model gives them. */
  readonly quote?: string;
}

/**
 * Fired when a reader follows an evidence link ("paragraph 4"). Cancel it to keep a link from
 * navigating, e.g. to show the paragraph in a dialog instead.
 */
export type GlossaEvidenceEvent = CustomEvent<GlossaEvidenceDetail>;

declare global {
  interface GlobalEventHandlersEventMap {
    'glossa-evidence': GlossaEvidenceEvent;
  }
}
