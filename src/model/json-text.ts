/**
 * JSON text as a file holds it, without the byte-order mark some editors write first: `fetch` drops
 * the mark while decoding, a file read from disk or pasted into a page keeps it, and `JSON.parse`
 * refuses it.
 */
export function withoutByteOrderMark(text: string): string {
  return text.startsWith('\uFEFF') ? text.slice(1) : text;
}
