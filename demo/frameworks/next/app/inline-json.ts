/**
 * `value` as JSON for `<script type="application/json">`: every `<` written `\u003c`, so no text in
 * the article can close the script element. glossa's own `scriptJson` does this but is not exported.
 */
export function inlineJson(value: unknown): string {
  return JSON.stringify(value).replaceAll('<', '\\u003c');
}
