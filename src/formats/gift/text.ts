import { textFromHtml, withoutTagOpenings } from '../plain-text.js';
import type { GiftChar } from './lexer.js';
import type { GiftTextFormat } from './question-syntax.js';

/**
 * The plain text of GIFT characters. Line breaks of the file fold into spaces, as Moodle shows them (but
 * in Markdown, where lines matter), while `\n` stays a line break. Moodle's default format and `[html]`
 * are HTML, given as their words; `[plain]` is text as written. Glossa refuses markup, so a `<` that would
 * still open a tag gets a space after it, and `onMarkup` is told.
 */
export function giftText(chars: readonly GiftChar[], format: GiftTextFormat, onMarkup: () => void): string {
  let text = '';
  for (const char of chars) {
    const folds = !char.escaped && format !== 'markdown' && /[ \t\r\n]/.test(char.text);
    text += folds ? (text.endsWith(' ') ? '' : ' ') : char.text;
  }
  const words = format === 'plain' ? text.trim() : textFromHtml(text);
  const safe = withoutTagOpenings(words);
  if (safe.changed) onMarkup();
  return safe.text;
}
