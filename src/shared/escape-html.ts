/**
 * `text` as it may stand in HTML, between tags or in a quoted attribute value: the four characters that
 * could end either, as character references. The one escaping of the HTML Glossa writes as text (the
 * CLI's pages, packages' launch pages, the Studio's snippets).
 */
export function escapeHtml(text: string): string {
  return text.replaceAll('&', '&amp;').replaceAll('"', '&quot;').replaceAll('<', '&lt;').replaceAll('>', '&gt;');
}
