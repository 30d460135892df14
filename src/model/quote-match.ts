/**
 * Typographic spellings of one character, folded to what a keyboard types: authors copy a quote with
 * straight quotes and a hyphen from text set with curly quotes and dashes, and the reverse.
 */
const VARIANTS: readonly (readonly [RegExp, string])[] = [
  [/[\u2018\u2019\u201A\u201B\u2032\u02BC\u0060\u00B4]/g, "'"],
  [/[\u201C\u201D\u201E\u201F\u2033\u00AB\u00BB]/g, '"'],
  [/[\u2010-\u2015\u2212\u2E3A\u2E3B]/g, '-'],
  [/\s+/g, ' '],
  // A dash typed as two hyphens, or with spaces around it where the text has none.
  [/(?: ?-)+ ?/g, '-'],
];

/**
 * `text` as quotes are compared: in one Unicode form (NFKC, which also reads "…" as "..." and a
 * no-break space as a space), with typographic variants folded and runs of whitespace as one space.
 */
export function foldQuoted(text: string): string {
  return VARIANTS.reduce((folded, [pattern, plain]) => folded.replace(pattern, plain), text.normalize('NFKC')).trim();
}

/** Where a quote leaves the text it should be in: the words it matched up to, and what comes next in each. */
export interface QuoteDivergence {
  /** The end of the longest start of the quote found in the text; empty when not even its first character is. */
  readonly matched: string;
  /** The word the text has where the quote goes on; empty when the text ends there. */
  readonly textHas: string;
  /** The word the quote goes on with. */
  readonly quoteHas: string;
}

const WORD = /^\s*\S+/;
const LAST_WORDS = /(?:\S+\s+){0,2}\S+$/;

/**
 * `undefined` when `quote` is in `text` once both are folded (`foldQuoted`); otherwise where it
 * diverges. The longest start of the quote that is in the text is found by halving, since every
 * start shorter than one that is found is found too.
 */
export function quoteDivergence(text: string, quote: string): QuoteDivergence | undefined {
  const haystack = foldQuoted(text);
  const needle = foldQuoted(quote);
  if (haystack.includes(needle)) return undefined;
  let found = 0;
  let missing = needle.length;
  while (missing - found > 1) {
    const middle = Math.floor((found + missing) / 2);
    if (haystack.includes(needle.slice(0, middle))) found = middle;
    else missing = middle;
  }
  // Told word by word: a quote that leaves the text inside a word is said to leave it at that word.
  const boundary = needle[found] === ' ' || needle[found - 1] === ' ' ? found : needle.lastIndexOf(' ', found) + 1;
  const at = haystack.indexOf(needle.slice(0, found)) + boundary;
  return {
    matched: LAST_WORDS.exec(needle.slice(0, boundary).trimEnd())?.[0] ?? '',
    textHas: WORD.exec(haystack.slice(at))?.[0].trim() ?? '',
    quoteHas: WORD.exec(needle.slice(boundary))?.[0].trim() ?? '',
  };
}

/** Why a quote is not in `where` (`paragraph "p3"`), in an issue's words. */
export function quoteDivergenceMessage(where: string, divergence: QuoteDivergence): string {
  const { matched, textHas, quoteHas } = divergence;
  if (matched === '')
    return `is not in ${where}: not even its first word ("${quoteHas}") is there; quote its exact words`;
  const then = textHas === '' ? `then ${where} ends` : `then ${where} has "${textHas}"`;
  return `is not in ${where}: it matches up to "…${matched}", ${then} where the quote has "${quoteHas}"`;
}
