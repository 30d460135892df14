import { html, nothing } from 'lit';
import type { LocalizeController } from '../localize/localize-controller.js';

/** The `lang` of text from the model: a language tag, or `nothing` when the element's own applies. */
export type ContentLang = string | typeof nothing;

/**
 * The `lang` for text from the model (WCAG 3.1.2): the article's language where it is not the
 * element's, so screen readers voice article text in its own language inside a widget whose buttons
 * speak the page's; `nothing` where the two agree, or without an article, so such pages get no extra attributes.
 */
export const contentLang = (lang: string | undefined, localize: LocalizeController): ContentLang =>
  lang && lang.toLowerCase() !== localize.lang().toLowerCase() ? lang : nothing;

/** Model text inside a UI string's text: wrapped in a `<span lang>` only when its language differs. */
export const inLang = (text: unknown, lang: ContentLang) =>
  lang === nothing ? text : html`<span lang=${lang}>${text}</span>`;

/**
 * A UI string with `content` in the place of its value, as nodes of their own, so that model text in it
 * can carry the article's language: `term` makes the string from a placeholder.
 */
export function fillIn(term: (value: string) => string, content: unknown) {
  const [before, after] = term('\0').split('\0');
  return html`${before}${content}${after}`;
}
