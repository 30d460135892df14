/**
 * What an inline JSON block writes as a `\u` escape: `<`, so no text in the value can close the script
 * element, and every control, format and separator character but the layout's own newlines, so none
 * reaches a terminal or an editor raw (bidi overrides reorder a line, zero-width ones hide text).
 * `JSON.parse` reads the same value back.
 */
const ESCAPED = /[<\p{Cf}\p{Cs}\p{Zl}\p{Zp}]|(?!\n)\p{Cc}/gu;

const unitEscapes = (character: string) =>
  [...Array(character.length).keys()]
    .map((index) => `\\u${character.charCodeAt(index).toString(16).padStart(4, '0')}`)
    .join('');

/** `value` as JSON for `<script type="application/json">`, laid out with `indent` spaces when given. */
export function scriptJson(value: unknown, indent?: number): string {
  return JSON.stringify(value, null, indent).replace(ESCAPED, unitEscapes);
}

/**
 * `value` as JSON for a quoted HTML attribute, `data-glossa-article="…"`: as `scriptJson` writes it,
 * with `>` also written `\u003e` (DOMPurify drops an attribute holding `-->` or `]>`), then `&` and `"`
 * as the attribute's character references. The upgrader's `JSON.parse` reads the same value back.
 */
export function attributeJson(value: unknown): string {
  return scriptJson(value).replaceAll('>', '\\u003e').replaceAll('&', '&amp;').replaceAll('"', '&quot;');
}
