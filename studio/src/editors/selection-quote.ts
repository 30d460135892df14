import { quoteDivergence } from '../../../src/model/quote-match.js';

/**
 * The words of `text` between two offsets (a textarea's selection), exactly as the text spells them:
 * curly quotes, dashes and no-break spaces kept, only the spaces at either end dropped. `undefined`
 * when the selection holds nothing but spaces, or when the words would not match the text as the model
 * checks quotes (which cannot happen for a slice of it, and is checked so that it never ships).
 */
export function quoteFromSelection(text: string, start: number, end: number): string | undefined {
  const from = Math.max(0, Math.min(start, end));
  const to = Math.min(text.length, Math.max(start, end));
  const quote = text.slice(from, to).replace(/^\s+|\s+$/g, '');
  if (quote === '' || quoteDivergence(text, quote) !== undefined) return undefined;
  return quote;
}
