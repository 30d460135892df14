import type { GiftChar } from './lexer.js';

export type GiftTextFormat = 'moodle' | 'html' | 'markdown' | 'plain';

/** A question's parts as written: `::title:: [format] before {answers} after`. */
export interface GiftQuestionSyntax {
  readonly title?: string;
  readonly format: GiftTextFormat;
  readonly before: readonly GiftChar[];
  /** The characters between the braces; undefined for a description, which has none. */
  readonly answers?: readonly GiftChar[];
  /** Where `{` is, for errors about the answers as a whole. */
  readonly answersOffset: number;
  readonly after: readonly GiftChar[];
}

/** A fault at `offset` of the file, for the reader to locate. */
export class GiftFault extends Error {
  constructor(
    message: string,
    readonly offset: number,
  ) {
    super(message);
  }
}

const FORMATS: readonly GiftTextFormat[] = ['moodle', 'html', 'markdown', 'plain'];

const isMark = (char: GiftChar | undefined, text: string) => char !== undefined && !char.escaped && char.text === text;

/** `chars` as a string. */
export const joined = (chars: readonly GiftChar[]) => chars.map((char) => char.text).join('');

function skipSpace(chars: readonly GiftChar[], from: number): number {
  let index = from;
  while (index < chars.length && !chars[index]!.escaped && /\s/.test(chars[index]!.text)) index += 1;
  return index;
}

function readTitle(chars: readonly GiftChar[], from: number): { title?: string; next: number } {
  if (!(isMark(chars[from], ':') && isMark(chars[from + 1], ':'))) return { next: from };
  for (let index = from + 2; index < chars.length - 1; index += 1) {
    if (isMark(chars[index], ':') && isMark(chars[index + 1], ':')) {
      return { title: joined(chars.slice(from + 2, index)).trim(), next: index + 2 };
    }
  }
  throw new GiftFault('"::" opens a question title, but no "::" closes it', chars[from]!.offset);
}

function readFormat(chars: readonly GiftChar[], from: number): { format: GiftTextFormat; next: number } {
  if (!isMark(chars[from], '[')) return { format: 'moodle', next: from };
  const rest = joined(chars.slice(from, from + 12));
  const format = FORMATS.find((name) => rest.startsWith(`[${name}]`));
  return format ? { format, next: from + format.length + 2 } : { format: 'moodle', next: from };
}

/**
 * Splits a question into its parts; throws a `GiftFault` for a title or an answer block left open, a `}`
 * with no `{`, or a second answer block (GIFT gives a question one).
 */
export function questionSyntax(chars: readonly GiftChar[]): GiftQuestionSyntax {
  const { title, next: afterTitle } = readTitle(chars, skipSpace(chars, 0));
  const { format, next: start } = readFormat(chars, skipSpace(chars, afterTitle));
  let open = -1;
  let close = -1;
  for (let index = start; index < chars.length; index += 1) {
    const char = chars[index]!;
    if (isMark(char, '{')) {
      if (open >= 0 && close < 0)
        throw new GiftFault('"{" inside the answers: write \\{ for a brace in a text', char.offset);
      if (close >= 0)
        throw new GiftFault('a second "{": a GIFT question has one answer block (write \\{ for a brace)', char.offset);
      open = index;
    } else if (isMark(char, '}')) {
      if (open < 0 || close >= 0)
        throw new GiftFault('"}" with no "{" before it: write \\} for a brace in a text', char.offset);
      close = index;
    }
  }
  if (open >= 0 && close < 0) {
    throw new GiftFault('"{" opens the answers, but no "}" closes them before the blank line', chars[open]!.offset);
  }
  const answersOffset = open >= 0 ? chars[open]!.offset : (chars[start]?.offset ?? 0);
  return {
    ...(title === undefined ? {} : { title }),
    format,
    before: chars.slice(start, open >= 0 ? open : chars.length),
    ...(open >= 0 ? { answers: chars.slice(open + 1, close) } : {}),
    answersOffset,
    after: open >= 0 ? chars.slice(close + 1) : [],
  };
}
