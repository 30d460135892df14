/** An event's label is short: past this many words it is cut, and marked as cut. */
const MOST_WORDS = 12;
/** A clause with fewer words than this says too little to label an event; a neighbour does. */
const FEWEST_WORDS = 3;

/** Where clauses meet: commas, semicolons, colons and dashes between words, but not the comma of "1,000". */
const CLAUSE_BREAK = /(?<!\d),|,(?!\d)|[;:]|\s[–—-]\s/gu;
const QUOTE_MARKS = /["“”„«»]/gu;
const ASIDE = /\s*\([^)]*\)/gu;
/** Words that neither start nor end a label: "on", "since", "and", and the "’s" a date's words leave ("last week’s"). */
const EDGE_WORDS =
  /^(?:’s|'s|and|but|or|on|in|at|since|until|by|from|of|the|a|an|to|for|during|as|und|am|im|seit|et|le|la|en|depuis|y|el|de|desde|и|в|с)$/iu;

function trimEdges(words: string[]): string[] {
  const kept = [...words];
  while (kept.length > 0 && EDGE_WORDS.test(kept[0]!)) kept.shift();
  while (kept.length > 0 && EDGE_WORDS.test(kept.at(-1)!)) kept.pop();
  return kept;
}

const wordsOf = (text: string) =>
  trimEdges(
    text
      .replace(ASIDE, '')
      .replace(QUOTE_MARKS, '')
      .split(/\s+/u)
      .filter((word) => /[\p{L}\p{N}]/u.test(word)),
  );

/** The clause nearest the date's that says enough, the one before it first; the longer neighbour when none does. */
function nearestTelling<T extends { words: string[] }>(clauses: readonly T[], at: number): T | undefined {
  for (let distance = 1; distance < clauses.length; distance++) {
    const near = [clauses[at - distance], clauses[at + distance]];
    const telling = near.find((clause) => clause !== undefined && clause.words.length >= FEWEST_WORDS);
    if (telling) return telling;
  }
  return [clauses[at - 1], clauses[at + 1]]
    .filter((clause) => clause !== undefined)
    .sort((a, b) => b.words.length - a.words.length)[0];
}

/**
 * A short label for the event a sentence dates: the clause that holds the date, without the date's
 * words (or, when that clause says too little, the nearest that says enough), without asides in
 * brackets and quotation marks, cut at MOST_WORDS words, in the sentence's own words.
 */
export function eventLabel(sentence: string, dateStart: number, dateEnd: number): string {
  const blanked = `${sentence.slice(0, dateStart)}${' '.repeat(dateEnd - dateStart)}${sentence.slice(dateEnd)}`;
  const clauses: { start: number; words: string[] }[] = [];
  let from = 0;
  for (const mark of [...blanked.matchAll(CLAUSE_BREAK), { index: blanked.length, 0: '' }]) {
    clauses.push({ start: from, words: wordsOf(blanked.slice(from, mark.index).replace(/[.!?]+$/u, '')) });
    from = mark.index + mark[0].length;
  }
  const at = clauses.findLastIndex((clause) => clause.start <= dateStart);
  const own = clauses[at];
  const chosen = own && own.words.length >= FEWEST_WORDS ? own : nearestTelling(clauses, at);
  const words = chosen && chosen.words.length > 0 ? chosen.words : (own?.words ?? []);
  if (words.length === 0) return '';
  const shown = words.length > MOST_WORDS ? [...trimEdges(words.slice(0, MOST_WORDS)), '…'] : words;
  const label = shown.join(' ').replace(/ …$/u, '…');
  return label.charAt(0).toUpperCase() + label.slice(1);
}
