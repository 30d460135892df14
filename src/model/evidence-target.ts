import { cached } from '../shared/cached.js';
import type { Article, Evidence, Quote } from './types.js';

/** What a piece of evidence shows a reader: a paragraph, or a figure's caption. */
export interface EvidenceTarget {
  readonly kind: 'paragraph' | 'figure';
  readonly id: string;
  /** Its place among the article's paragraphs, or among its figures, from 1. */
  readonly number: number;
  /** The paragraph's text, or the figure's caption. */
  readonly text: string;
  /** The words of it that support the claim, when the evidence names them. */
  readonly quote?: string;
  /** The article's quote that the evidence points at (`{ said }`); its words are `quote`. */
  readonly said?: Quote;
}

interface Place<T> {
  readonly number: number;
  readonly item: T;
}

/** An article's paragraphs, figures and quotes by id: what evidence points at. */
export interface EvidenceIndex {
  readonly paragraphs: ReadonlyMap<string, Place<{ readonly text: string }>>;
  readonly figures: ReadonlyMap<string, Place<{ readonly caption: string }>>;
  readonly quotes: ReadonlyMap<string, Quote>;
}

function places<T extends { id: string }>(items: readonly T[] = []): Map<string, Place<T>> {
  const byId = new Map<string, Place<T>>();
  items.forEach((item, index) => {
    if (!byId.has(item.id)) byId.set(item.id, { number: index + 1, item });
  });
  return byId;
}

const indexes = new WeakMap<Article, EvidenceIndex>();

/** The index of `article`, built once per article. */
export function evidenceIndex(article: Article): EvidenceIndex {
  return cached(indexes, article, () => ({
    paragraphs: places(article.paragraphs),
    figures: places(article.figures),
    quotes: new Map((article.quotes ?? []).map((quote) => [quote.id, quote])),
  }));
}

/** What `evidence` points at in the article `index` describes, or `undefined` when that does not exist. */
export function evidenceTarget(index: EvidenceIndex, evidence: Evidence): EvidenceTarget | undefined {
  if ('said' in evidence) {
    const said = index.quotes.get(evidence.said);
    const target = said && evidenceTarget(index, { paragraph: said.paragraph, quote: said.words });
    return target && { ...target, said };
  }
  const [kind, id, place] =
    'figure' in evidence
      ? (['figure', evidence.figure, index.figures.get(evidence.figure)] as const)
      : (['paragraph', evidence.paragraph, index.paragraphs.get(evidence.paragraph)] as const);
  if (!place) return undefined;
  const text = 'caption' in place.item ? place.item.caption : place.item.text;
  return { kind, id, number: place.number, text, ...(evidence.quote !== undefined && { quote: evidence.quote }) };
}
