/** Input the draft cannot read, with a message for the person who brought it, saying what to do instead. */
export class DraftInputError extends Error {
  override readonly name = 'DraftInputError';
}

const NUL = '\u0000';
const REPLACEMENT = '\uFFFD';
/** Control characters that text never holds, but binary data read as text does: all C0 but tab, LF, FF, CR. */
// eslint-disable-next-line no-control-regex -- finding control characters is the point
const BINARY_CONTROL = /[\u0001-\u0008\u000B\u000E-\u001F]/g;

/** Files that are often opened by mistake, known by their first bytes as read into text. */
const KNOWN_BINARIES: readonly (readonly [string, string])[] = [
  ['PK\u0003\u0004', 'This is a zip file, such as a Word document: open it as a .docx file'],
  ['%PDF-', 'PDF files cannot be read: copy the text from the PDF and paste it'],
];

/** How much of a text is looked at to tell text from binary data: enough to be sure, little enough to be quick. */
const SAMPLE = 64 * 1024;

/**
 * Throws a `DraftInputError` for text with nothing in it, or that is binary data read as text: a NUL
 * byte, or more than one character in twenty that is a control character or U+FFFD (the character a
 * decoder puts for bytes that are not UTF-8).
 */
export function checkText(text: string, what = 'The text'): void {
  if (text.trim() === '') throw new DraftInputError(`${what} is empty: there is nothing to draft`);
  const sample = text.slice(0, SAMPLE);
  for (const [start, message] of KNOWN_BINARIES) if (sample.startsWith(start)) throw new DraftInputError(message);
  const unreadable = sample.split(REPLACEMENT).length - 1 + (sample.match(BINARY_CONTROL)?.length ?? 0);
  if (sample.includes(NUL) || unreadable * 20 > sample.length) {
    throw new DraftInputError(
      `${what} is binary data, not text: open a .txt, .md, .html or .docx file, or paste the article's text`,
    );
  }
}
