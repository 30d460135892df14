import { isSafeUrl } from '../src/model/primitives.js';
import type { Article, Figure } from '../src/model/types.js';

/**
 * Plays the host page: a CMS would print the article itself; here it comes from the same model, with
 * each paragraph and figure under the id its evidence uses, so "see paragraph 3" and "figure 1" links
 * have somewhere to go. Everything from the model goes into the page as text.
 */

function element<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  className: string | undefined,
  ...children: (Node | string)[]
): HTMLElementTagNameMap[K] {
  const created = document.createElement(tag);
  if (className) created.className = className;
  created.append(...children);
  return created;
}

/** A caption's paragraphs: the model joins a caption given as a list with a blank line. */
const captionParagraphs = (caption: string) => caption.split('\n\n').map((text) => element('p', undefined, text));

/**
 * A figure as the page prints it: its image with the caption under it or, when the model has no image
 * for it, its caption as a quotation; the credit last, either way.
 */
function renderFigure(figure: Figure): HTMLElement {
  const credit = figure.credit ? [element('span', 'demo-figure-credit', `Credit: ${figure.credit}`)] : [];
  const shown = element('figure', 'demo-figure');
  shown.id = figure.id;
  if (figure.src && isSafeUrl(figure.src)) {
    const image = element('img', 'demo-figure-image');
    image.src = figure.src;
    image.alt = figure.alt ?? '';
    image.loading = 'lazy';
    shown.append(image, element('figcaption', undefined, ...captionParagraphs(figure.caption), ...credit));
  } else {
    shown.append(element('blockquote', 'demo-figure-quote', ...captionParagraphs(figure.caption)));
    if (credit.length) shown.append(element('figcaption', undefined, ...credit));
  }
  return shown;
}

/**
 * The article's text as the page prints it: every paragraph under its id, each figure right after the
 * paragraph it follows (`after`); a figure the model places nowhere opens the text, as a lead image does.
 */
export function hostArticleNodes(article: Article): HTMLElement[] {
  const figures = article.figures ?? [];
  const after = (id: string | undefined) => figures.filter((figure) => figure.after === id).map(renderFigure);
  return [
    ...after(undefined),
    ...article.paragraphs.flatMap((paragraph) => {
      const shown = element('p', undefined, paragraph.text);
      shown.id = paragraph.id;
      return [shown, ...after(paragraph.id)];
    }),
  ];
}

/** The line under the title: where and by whom, and the source. */
export const hostArticleMeta = (article: Article) =>
  [article.dateline, article.byline, article.source?.name].filter(Boolean).join(' · ');

/** The article's licence, linked to its text when the model gives a safe address, and whom to credit. */
export function hostArticleLicense(article: Article): (Node | string)[] {
  const { license } = article;
  if (!license) return [];
  const name =
    license.url && isSafeUrl(license.url)
      ? Object.assign(element('a', undefined, license.name), { href: license.url })
      : license.name;
  return ['Licence: ', name, ...(license.attribution ? [` · ${license.attribution}`] : [])];
}
