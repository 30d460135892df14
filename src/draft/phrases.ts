/**
 * Short phrases cut from a sentence around a span (a number, a date), for the labels of drafted items:
 * the words after it up to the end of its phrase, or the clause before it. Clause words ("who",
 * "although") are English, German, French, Spanish and Russian; elsewhere punctuation alone ends a phrase.
 */

/** Words that start another clause: a phrase after a number stops before them. */
const CLAUSE_WORDS = new Set([
  'who',
  'which',
  'that',
  'whom',
  'whose',
  'and',
  'or',
  'but',
  'while',
  'although',
  'though',
  'as',
  'because',
  'when',
  'where',
  'than',
  'if',
  'since',
  'after',
  'before',
  'said',
  'says',
  'und',
  'oder',
  'aber',
  'weil',
  'als',
  'wie',
  'sagte',
  'et',
  'ou',
  'mais',
  'qui',
  'que',
  'dont',
  'car',
  'quand',
  'y',
  'o',
  'pero',
  'quien',
  'cuando',
  'dijo',
  'и',
  'или',
  'но',
  'который',
  'которые',
  'которых',
  'когда',
  'что',
  'как',
]);

/** Words that do not end a label: "people arrested in" reads as cut off. */
const TRAILING_WORDS = new Set([
  'a',
  'an',
  'the',
  'in',
  'on',
  'of',
  'to',
  'by',
  'for',
  'with',
  'at',
  'from',
  'into',
  'within',
  'next',
  'over',
  'during',
  'about',
  'its',
  'their',
  'his',
  'her',
  'this',
  'last',
  'than',
  'be',
  'is',
  'are',
  'was',
  'were',
  'im',
  'am',
  'von',
  'für',
  'mit',
  'zu',
  'den',
  'dem',
  'des',
  'ein',
  'eine',
  'le',
  'la',
  'les',
  'de',
  'du',
  'en',
  'à',
  'au',
  'el',
  'los',
  'las',
  'del',
  'un',
  'una',
  'в',
  'на',
  'за',
  'с',
  'по',
]);

/** What ends a phrase: punctuation, brackets and quotation marks. */
const PUNCTUATION = /(?<!\d)[,.]|[,.](?!\d)|[;:!?()[\]"“”„«»]|\s[–—-]\s/u;

const QUOTE_MARKS = /["“”„«»]/gu;

function words(text: string): string[] {
  return text
    .replace(QUOTE_MARKS, '')
    .split(/\s+/u)
    .filter((word) => word !== '');
}

function trimTrailing(list: string[]): string[] {
  const kept = [...list];
  while (kept.length > 0 && TRAILING_WORDS.has(kept.at(-1)!.toLowerCase())) kept.pop();
  return kept;
}

/**
 * The words after `end` in `text`, up to punctuation, a clause word or `stop` (where something else
 * starts), at most `limit` words, without trailing function words; none when a clause word comes first.
 */
export function phraseAfter(text: string, end: number, limit: number, stop = text.length): string {
  const rest = text.slice(end, stop).replace(/^[\s\u00A0\u202F]+/u, '');
  const cut = PUNCTUATION.exec(rest);
  const list = words(cut ? rest.slice(0, cut.index) : rest);
  if (CLAUSE_WORDS.has(list[0]?.toLowerCase() ?? '')) return '';
  const clause = list.findIndex((word, index) => index > 0 && CLAUSE_WORDS.has(word.toLowerCase()));
  return trimTrailing(list.slice(0, clause === -1 ? limit : Math.min(clause, limit))).join(' ');
}

/**
 * The clause before `start` in `text`, back to punctuation, a clause word or `from` (where something
 * else ends), its last `limit` words.
 */
export function clauseBefore(text: string, start: number, limit: number, from = 0): string {
  const before = text.slice(from, start);
  const marks = [...before.matchAll(new RegExp(PUNCTUATION, 'gu'))];
  const clauseStart = marks.reduce((at, mark) => {
    // A quotation mark inside a clause ("a “peace mission” to help") does not end it.
    if (/["“”„«»]/u.test(mark[0])) return at;
    return mark.index + mark[0].length;
  }, 0);
  const list = words(before.slice(clauseStart));
  const clause = list.findLastIndex((word) => CLAUSE_WORDS.has(word.toLowerCase()));
  const kept = trimTrailing(clause === -1 ? list : list.slice(clause + 1));
  return kept.slice(-limit).join(' ');
}

/** The word right before `start`, with no punctuation between. */
export function wordBefore(text: string, start: number): string | undefined {
  return /([\p{L}’'-]+)\s+$/u.exec(text.slice(Math.max(0, start - 40), start))?.[1];
}
