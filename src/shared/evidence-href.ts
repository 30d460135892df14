import { isSafeUrl } from '../model/primitives.js';
import type { Article } from '../model/types.js';

/**
 * The link to a paragraph under an `evidence-href` template such as `#p{n}` (`{n}` its number, `{id}` its
 * id), or `undefined` when the link would not pass the model's URL check: the template comes from a page
 * attribute, so `javascript:…` must not become a link any more than it may come from the model.
 */
export function evidenceHref(template: string, paragraphId: string, paragraphNumber: number): string | undefined {
  const href = template.replaceAll('{n}', String(paragraphNumber)).replaceAll('{id}', encodeURIComponent(paragraphId));
  return isSafeUrl(href) ? href : undefined;
}

/** Whether every paragraph of `article` gets a link under `template`, rather than a button. */
export function linksEveryParagraph(template: string, article: Article): boolean {
  return article.paragraphs.every((paragraph, index) => evidenceHref(template, paragraph.id, index + 1) !== undefined);
}
