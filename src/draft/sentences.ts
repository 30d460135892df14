/** A sentence of a text, with where it sits in it, so that a quote taken from it is exactly in the text. */
export interface Sentence {
  /** The sentence as written, without the spaces around it. */
  readonly text: string;
  /** Where it starts in the text. */
  readonly start: number;
  /** Where it ends in the text (exclusive). */
  readonly end: number;
}

/**
 * Words that end in a full stop without ending a sentence: titles before a name and abbreviated months
 * before a day, in the languages Glossa speaks. Intl.Segmenter breaks after each of them when a capital
 * follows ("Dr. Smith"), having no list of its own.
 */
const ABBREVIATIONS = new Set(
  [
    // English
    'mr',
    'mrs',
    'ms',
    'dr',
    'prof',
    'st',
    'mt',
    'ft',
    'gen',
    'lt',
    'col',
    'sgt',
    'capt',
    'cmdr',
    'adm',
    'gov',
    'sen',
    'rep',
    'rev',
    'hon',
    'pres',
    'supt',
    'insp',
    'approx',
    'vs',
    'jan',
    'feb',
    'mar',
    'apr',
    'jun',
    'jul',
    'aug',
    'sep',
    'sept',
    'oct',
    'nov',
    'dec',
    // German, French, Spanish, Italian, Portuguese, Russian
    'bzw',
    'ca',
    'vgl',
    'hr',
    'fr',
    'mme',
    'mlle',
    'sr',
    'sra',
    'srta',
    'dra',
    'sig',
    'dott',
    'ing',
    'av',
    'janv',
    'févr',
    'avr',
    'juil',
    'déc',
    'ene',
    'abr',
    'dic',
    'giu',
    'lug',
    'ott',
    'dez',
    'гг',
    'им',
    'ул',
    'пр',
    'см',
  ].map((word) => word.normalize('NFC')),
);

/** Words abbreviated before a number only ("No. 5"): elsewhere "no." ends a sentence. */
const BEFORE_NUMBER = new Set(['no', 'nos', 'nr', 'vol', 'fig', 'art', 'pp', 'núm', 'nº']);

/** Languages that write an ordinal as a number and a full stop ("am 3. Januar"), which does not end a sentence. */
const ORDINAL_DOT_LANGUAGES = new Set([
  'de',
  'da',
  'nb',
  'nn',
  'no',
  'fi',
  'cs',
  'sk',
  'sl',
  'hr',
  'sr',
  'pl',
  'hu',
  'et',
  'lv',
  'tr',
  'is',
]);

/** The words that start an English sentence after an acronym ("…in the U.S. He said"), so that a break there is kept. */
const SENTENCE_STARTS = new Set([
  'a',
  'an',
  'the',
  'he',
  'she',
  'it',
  'they',
  'we',
  'i',
  'you',
  'this',
  'that',
  'these',
  'those',
  'there',
  'but',
  'and',
  'so',
  'yet',
  'in',
  'on',
  'at',
  'his',
  'her',
  'their',
  'its',
  'our',
  'my',
  'as',
  'if',
  'when',
]);

const LAST_WORD = /(\S+)\s*$/u;
const FIRST_WORD = /^\s*["“”„«»'‘’([]*(\S+?)[,.;:!?]*(?:\s|$)/u;

/** Whether the break after `before` (a segment ending in a full stop) is a false one, given what comes next. */
function isFalseBreak(before: string, after: string, language: string): boolean {
  const last = LAST_WORD.exec(before)?.[1];
  if (last?.endsWith('.') !== true) return false;
  const word = last.slice(0, -1).replace(/^["“„«'‘([]+/u, '');
  // An initial ("J. R. R. Tolkien") or the parts of "z. B.".
  if (/^\p{L}$/u.test(word)) return true;
  if (ABBREVIATIONS.has(word.normalize('NFC').toLowerCase())) return true;
  if (BEFORE_NUMBER.has(word.toLowerCase())) return /^\s*\d/.test(after);
  if (/^\d{1,3}$/.test(word)) return ORDINAL_DOT_LANGUAGES.has(language);
  // An acronym with stops ("U.S.", "U.K.") ends a sentence only before the words that start one.
  if (/^(?:\p{Lu}\.)+\p{Lu}$/u.test(word)) {
    const next = FIRST_WORD.exec(after)?.[1]?.toLowerCase() ?? '';
    return language !== 'en' || !SENTENCE_STARTS.has(next);
  }
  return false;
}

const segmenters = new Map<string, Intl.Segmenter>();

function segmenter(language: string): Intl.Segmenter {
  let found = segmenters.get(language);
  if (!found) {
    found = new Intl.Segmenter(language, { granularity: 'sentence' });
    segmenters.set(language, found);
  }
  return found;
}

/** The primary language of a BCP 47 tag: "pt-BR" → "pt". */
export function primaryLanguage(lang: string): string {
  return lang.split('-')[0]!.toLowerCase();
}

/**
 * The sentences of `text`, split by Intl.Segmenter and joined again where it breaks after an
 * abbreviation, an initial, an acronym in mid-sentence or an ordinal (in the languages that write one
 * with a full stop). Closing quotes stay with their sentence ("“…,” he said.").
 */
export function splitSentences(text: string, lang: string): Sentence[] {
  const language = primaryLanguage(lang);
  const pieces = [...segmenter(language).segment(text)];
  const spans: { start: number; end: number }[] = [];
  pieces.forEach((piece, index) => {
    const previous = spans.at(-1);
    const before = index > 0 ? pieces[index - 1]!.segment : '';
    const end = piece.index + piece.segment.length;
    if (previous && isFalseBreak(before, piece.segment, language)) previous.end = end;
    else spans.push({ start: piece.index, end });
  });
  return spans.flatMap(({ start, end }) => {
    const raw = text.slice(start, end);
    const trimmed = raw.trim();
    if (trimmed === '') return [];
    const offset = start + raw.indexOf(trimmed);
    return [{ text: trimmed, start: offset, end: offset + trimmed.length }];
  });
}
