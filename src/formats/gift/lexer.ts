import { ESCAPED } from './escape.js';

/** One character of a GIFT file, where it is, and whether a backslash took away its GIFT meaning. */
export interface GiftChar {
  readonly text: string;
  readonly escaped: boolean;
  readonly offset: number;
}

export type GiftItem =
  | { readonly kind: 'category'; readonly name: string; readonly offset: number }
  | { readonly kind: 'question'; readonly chars: readonly GiftChar[]; readonly offset: number };

interface Line {
  readonly text: string;
  readonly offset: number;
}

function linesOf(text: string): Line[] {
  const lines: Line[] = [];
  const pattern = /[^\r\n]*(\r\n|\r|\n|$)/gy;
  for (let match = pattern.exec(text); match !== null && match.index < text.length; match = pattern.exec(text)) {
    lines.push({ text: match[0].replace(/[\r\n]+$/, ''), offset: match.index });
  }
  return lines;
}

/** The characters of a question's lines, each escape read as the one character it writes. */
function charsOf(lines: readonly Line[]): GiftChar[] {
  const chars: GiftChar[] = [];
  lines.forEach((line, position) => {
    if (position > 0) chars.push({ text: '\n', escaped: false, offset: line.offset - 1 });
    for (let index = 0; index < line.text.length; index += 1) {
      const character = line.text[index]!;
      const next = line.text[index + 1];
      const offset = line.offset + index;
      if (character === '\\' && next !== undefined && next in ESCAPED) {
        chars.push({ text: ESCAPED[next]!, escaped: true, offset });
        index += 1;
      } else chars.push({ text: character, escaped: false, offset });
    }
  });
  return chars;
}

const CATEGORY = /^\s*\$CATEGORY:(.*)$/;

/**
 * A GIFT file as Moodle reads it: questions are separated by blank lines, a line starting with `//` is a
 * comment, and a `$CATEGORY:` line names the category of the questions after it.
 */
export function giftItems(text: string): GiftItem[] {
  const items: GiftItem[] = [];
  let block: Line[] = [];
  const endBlock = () => {
    if (block.length > 0) items.push({ kind: 'question', chars: charsOf(block), offset: block[0]!.offset });
    block = [];
  };
  for (const line of linesOf(text)) {
    const category = CATEGORY.exec(line.text);
    if (line.text.trim() === '') endBlock();
    else if (line.text.trimStart().startsWith('//')) continue;
    else if (category && block.length === 0)
      items.push({ kind: 'category', name: category[1]!.trim(), offset: line.offset });
    else block.push(line);
  }
  endBlock();
  return items;
}
