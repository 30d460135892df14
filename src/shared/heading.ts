import { html, nothing, type TemplateResult } from 'lit';
import type { ContentLang } from './content-lang.js';
import { HEADING_LEVELS, type HeadingLevel } from './heading-levels.js';

export type { HeadingLevel };

/** A `heading-level` attribute read safely: anything outside 2–6 falls back to 2. */
export function headingLevel(value: number | undefined): HeadingLevel {
  return (HEADING_LEVELS as readonly (number | undefined)[]).includes(value) ? (value as HeadingLevel) : 2;
}

/** The level under `level`, kept at 6 at most: HTML has no `h7`. */
export function subheadingLevel(level: HeadingLevel): HeadingLevel {
  return Math.min(level + 1, 6) as HeadingLevel;
}

/**
 * A real `h2`–`h6`, so the widget fits the host page's outline. Lit cannot bind a tag name, and a
 * static template would need `unsafeStatic`; five literal templates are safe and plain. `lang` marks a
 * heading whose text is the model's (see `contentLang`).
 */
export function heading(
  level: HeadingLevel,
  part: string,
  content: unknown,
  id?: string,
  lang: ContentLang = nothing,
): TemplateResult {
  const idAttribute = id ?? nothing;
  switch (level) {
    case 2:
      return html`<h2 part=${part} class=${part} id=${idAttribute} lang=${lang}>${content}</h2>`;
    case 3:
      return html`<h3 part=${part} class=${part} id=${idAttribute} lang=${lang}>${content}</h3>`;
    case 4:
      return html`<h4 part=${part} class=${part} id=${idAttribute} lang=${lang}>${content}</h4>`;
    case 5:
      return html`<h5 part=${part} class=${part} id=${idAttribute} lang=${lang}>${content}</h5>`;
    case 6:
      return html`<h6 part=${part} class=${part} id=${idAttribute} lang=${lang}>${content}</h6>`;
  }
}
