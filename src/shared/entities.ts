import type { Article, Entity, Quote } from '../model/types.js';
import { cached } from './cached.js';

const byArticle = new WeakMap<Article, Map<string, Entity>>();

/** The entity with `id` in `article`, looked up through an index built once per article. */
export function entityById(article: Article, id: string): Entity | undefined {
  const byId = cached(byArticle, article, () => new Map(article.entities.map((entity) => [entity.id, entity])));
  return byId.get(id);
}

/** The first letters of a name's first and last words, e.g. "KT" for "Kassym-Jomart Tokayev". */
export function initials(name: string): string {
  const words = name.split(/\s+/).filter((word) => /\p{L}|\p{N}/u.test(word));
  const first = words[0] ?? name;
  const last = words.length > 1 ? words[words.length - 1]! : '';
  const letter = (word: string) => Array.from(word.replace(/^[^\p{L}\p{N}]+/u, ''))[0] ?? '';
  return (letter(first) + letter(last)).toLocaleUpperCase();
}

const quotesByArticle = new WeakMap<Article, Map<string, Quote[]>>();

/** What the entity `id` says in `article`, in the article's order. */
export function quotesBy(article: Article, id: string): readonly Quote[] {
  const bySpeaker = cached(quotesByArticle, article, () => {
    const index = new Map<string, Quote[]>();
    for (const quote of article.quotes ?? []) cached(index, quote.speaker, () => []).push(quote);
    return index;
  });
  return bySpeaker.get(id) ?? [];
}
