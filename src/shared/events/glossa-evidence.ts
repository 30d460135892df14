/** Evidence in a paragraph. */
export interface GlossaParagraphEvidenceDetail {
  readonly kind: 'paragraph';
  /** The id of the paragraph that supports the claim. */
  readonly paragraph: string;
  /** Its position in the article, counting from 1: what readers see as "paragraph 4". */
  readonly paragraphNumber: number;
  /** The paragraph's text. */
  readonly text: string;
  /** The exact supporting words, when the model gives them. */
  readonly quote?: string;
  /** The id of the article's quote the evidence points at, when it points at one. */
  readonly said?: string;
}

/** Evidence in a figure's caption. */
export interface GlossaFigureEvidenceDetail {
  readonly kind: 'figure';
  /** The id of the figure whose caption supports the claim. */
  readonly figure: string;
  /** Its position among the article's figures, counting from 1: "figure 2". */
  readonly figureNumber: number;
  /** The caption. */
  readonly text: string;
  /** The exact supporting words of the caption, when the model gives them. */
  readonly quote?: string;
}

export type GlossaEvidenceDetail = GlossaParagraphEvidenceDetail | GlossaFigureEvidenceDetail;

/**
 * Fired when a reader follows an evidence link ("paragraph 4", "figure 2"). Cancel it to keep a link from
 * navigating, e.g. to show the paragraph in a dialog instead.
 */
export type GlossaEvidenceEvent = CustomEvent<GlossaEvidenceDetail>;

declare global {
  interface GlobalEventHandlersEventMap {
    'glossa-evidence': GlossaEvidenceEvent;
  }
}
