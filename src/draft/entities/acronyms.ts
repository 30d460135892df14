/** An acronym the text defines, and the words it stands for, where they are written. */
export interface AcronymDefinition {
  readonly short: string;
  readonly long: string;
  readonly longStart: number;
  readonly longEnd: number;
}

const ACRONYM = /^\p{Lu}[\p{Lu}\d&.-]*\p{Lu}s?$/u;
const PARENTHESES = /\(([^()]{2,120})\)/g;
const SHORT_FOR =
  /\b(\p{Lu}[\p{Lu}\d]+),? short for ((?:\p{Lu}[\p{L}-]*|of|for|and|the|de|du)(?: (?:\p{Lu}[\p{L}-]*|of|for|and|the|de|du|X-ray))*)/gu;
const WORD_CHARACTER = /[\p{L}\p{N}]/u;

/**
 * Whether `long` can stand for `short`, by Schwartz and Hearst's rule: every letter of the acronym
 * appears in order, from the end, and its first letter starts a word of the long form.
 */
export function standsFor(short: string, long: string): boolean {
  const letters = [...short.toLowerCase()].filter((character) => WORD_CHARACTER.test(character));
  const text = long.toLowerCase();
  let at = text.length - 1;
  for (let index = letters.length - 1; index >= 0; index -= 1) {
    const letter = letters[index]!;
    while (at >= 0 && (text[at] !== letter || (index === 0 && at > 0 && WORD_CHARACTER.test(text[at - 1]!)))) at -= 1;
    if (at < 0) return false;
    at -= 1;
  }
  return true;
}

/** The fewest words before `end` that the acronym can stand for, within its sentence. */
function longFormBefore(text: string, end: number, short: string): { start: number; long: string } | undefined {
  const before = text.slice(0, end).replace(/\s+$/, '');
  const clauseStart =
    Math.max(...['.', ',', ';', ':', '“', '"', '(', '\n'].map((mark) => before.lastIndexOf(mark))) + 1;
  const words = [...before.slice(clauseStart).matchAll(/\S+/g)];
  const most = Math.min(words.length, short.length + 5, short.length * 2);
  for (let count = 1; count <= most; count += 1) {
    const first = words[words.length - count]!;
    const start = clauseStart + first.index;
    const long = before.slice(start).replace(/^[\p{L}]+-(?=\p{Lu})/u, '');
    if (standsFor(short, long) && long.toLowerCase().startsWith(short[0]!.toLowerCase())) {
      return { start: before.length - long.length, long };
    }
  }
  return undefined;
}

/**
 * The acronyms a text defines: "Collective Security Treaty Organization (CSTO)", the reverse "CSTO
 * (Collective Security Treaty Organization)", and "PIXL, short for Planetary Instrument for X-ray
 * Lithochemistry".
 */
export function findAcronyms(text: string): AcronymDefinition[] {
  const found: AcronymDefinition[] = [];
  for (const match of text.matchAll(PARENTHESES)) {
    const inner = match[1]!.trim();
    if (ACRONYM.test(inner) && inner.length <= 10) {
      const long = longFormBefore(text, match.index, inner);
      if (long)
        found.push({ short: inner, long: long.long, longStart: long.start, longEnd: long.start + long.long.length });
      continue;
    }
    const shortMatch = /(\p{Lu}[\p{Lu}\d&-]+)\s*$/u.exec(text.slice(0, match.index));
    if (shortMatch && /\s/.test(inner) && standsFor(shortMatch[1]!, inner) && /^\p{Lu}/u.test(inner)) {
      const start = match.index + match[0].indexOf(inner);
      found.push({ short: shortMatch[1]!, long: inner, longStart: start, longEnd: start + inner.length });
    }
  }
  for (const match of text.matchAll(SHORT_FOR)) {
    const [, short, long] = match;
    if (standsFor(short!, long!)) {
      const start = match.index + match[0].lastIndexOf(long!);
      found.push({ short: short!, long: long!, longStart: start, longEnd: start + long!.length });
    }
  }
  return found;
}
