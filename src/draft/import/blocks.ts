/**
 * The article as a reader of one format found it, before anything is decided about it: the text,
 * Markdown, HTML and Word readers all produce these, and `assembleBody` turns them into the model's
 * title, paragraphs and figures by one set of rules, so every format is read the same way.
 */
export type Block =
  | { readonly kind: 'heading'; readonly level: number; readonly text: string }
  | { readonly kind: 'paragraph'; readonly text: string; readonly role?: ParagraphRole }
  | { readonly kind: 'item'; readonly text: string }
  | {
      readonly kind: 'figure';
      readonly caption?: string;
      readonly credit?: string;
      readonly src?: string;
      readonly alt?: string;
    };

/**
 * What the format itself says a paragraph is: a caption (`<figcaption>`, a Word caption, Markdown's
 * emphasised line under an image), the dek under a title, or a byline (`.byline`, a Word "By …" line).
 */
export type ParagraphRole = 'caption' | 'dek' | 'byline';

/** What a format states about the article outside its text: `<meta>`, JSON-LD, front matter. */
export interface SourceMeta {
  readonly title?: string;
  readonly byline?: string;
  /** As the source writes it; read into a partial date by `assembleBody`. */
  readonly published?: string;
  readonly lang?: string;
}

/** One format's reading: its blocks, what it states, and what it left out on the way (`Notes`). */
export interface SourceReading {
  readonly blocks: readonly Block[];
  readonly meta: SourceMeta;
}
