import { captionText, oneLine } from './summaries.js';
import { objects, textOf, type Obj } from './paths.js';

/** Something of the article a piece of evidence can point at, as the picker lists it. */
export interface PickTarget {
  /** `paragraph:p3`, `figure:handshake`, `said:q1`: the value of its option. */
  readonly value: string;
  readonly kind: 'paragraph' | 'figure' | 'said';
  readonly id: string;
  readonly label: string;
  /** The words a quote can be selected from: a paragraph's text or a figure's caption. */
  readonly text: string;
}

export function pickTargets(article: Obj): PickTarget[] {
  const paragraphs = objects(article.paragraphs).map((paragraph, index): PickTarget => {
    const id = textOf(paragraph.id);
    const text = textOf(paragraph.text);
    return {
      value: `paragraph:${id}`,
      kind: 'paragraph',
      id,
      text,
      label: `Paragraph ${index + 1} (${id}): ${oneLine(text, 60)}`,
    };
  });
  const figures = objects(article.figures).map((figure, index): PickTarget => {
    const id = textOf(figure.id);
    const text = captionText(figure.caption);
    return {
      value: `figure:${id}`,
      kind: 'figure',
      id,
      text,
      label: `Figure ${index + 1} (${id}): ${oneLine(text, 60)}`,
    };
  });
  const quotes = objects(article.quotes).map((quote): PickTarget => {
    const id = textOf(quote.id);
    const text = textOf(quote.words);
    return { value: `said:${id}`, kind: 'said', id, text, label: `Quote ${id}: “${oneLine(text, 60)}”` };
  });
  return [...paragraphs, ...figures, ...quotes];
}

/** The evidence that points at a target, with the words quoted from it when there are any. */
export function evidenceFor(target: PickTarget, quote?: string): Obj {
  if (target.kind === 'said') return { said: target.id };
  return quote === undefined ? { [target.kind]: target.id } : { [target.kind]: target.id, quote };
}
