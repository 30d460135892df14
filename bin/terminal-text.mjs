/**
 * Characters a terminal must not receive raw from an article, a file name or an argument: C0 and C1
 * controls (ESC and CSI start the sequences that clear the screen or retitle the window, CR overwrites
 * a line, LF starts a fake one), format characters (bidi overrides reorder a line, zero-width ones hide
 * text), line and paragraph separators, and lone surrogates.
 */
const CONTROL_CHARACTERS = /[\p{Cc}\p{Cf}\p{Cs}\p{Zl}\p{Zp}]/gu;

/** `text` with each control character (a whole code point) replaced by what `replacement` makes of it. */
export const replaceControlCharacters = (text, replacement) => text.replace(CONTROL_CHARACTERS, replacement);

const NAMED_ESCAPES = { '\n': '\\n', '\r': '\\r', '\t': '\\t' };

/** The escape JavaScript would write for `character`: `\x1b`, `\u202e`, `\u{e0041}`. */
function visibleEscape(character) {
  const code = character.codePointAt(0);
  const hex = code.toString(16);
  if (NAMED_ESCAPES[character]) return NAMED_ESCAPES[character];
  if (code <= 0xff) return `\\x${hex.padStart(2, '0')}`;
  return code <= 0xffff ? `\\u${hex.padStart(4, '0')}` : `\\u{${hex}}`;
}

/**
 * `text` as a terminal may show it, each control character written as its escape. A backslash stays as
 * it is, so that Windows paths read as typed.
 */
export const forTerminal = (text) => replaceControlCharacters(text, visibleEscape);

/** Writes `text` to `stream` as one line a reader sees as it is, whatever the article or file name holds. */
export function writeLine(stream, text) {
  stream.write(`${forTerminal(text)}\n`);
}
