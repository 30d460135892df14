import type { Lexicon } from './lexicon.js';
import type { LanguageProfile } from './profiles.js';
import { MOST_ROLE_CHARACTERS, MOST_ROLE_WORDS } from './roles.js';
import type { Word } from './words.js';

/** A term the text defines or marks, where its name is written, and the words that define it. */
export interface TermDefinition {
  /** As written, but for a capital that is only the sentence's ("Regolith is…" → "regolith"). */
  readonly name: string;
  readonly start: number;
  readonly end: number;
  /** The defining words as written ("mineral linked to habitability"), when the text gives them. */
  readonly defining: string | undefined;
  /**
   * The cue says it names or defines ("known as", "is a … that", « dit »). An apposition, a gloss in
   * brackets or a word in quotation marks may be a mere aside, and counts only at the term's first mention.
   */
  readonly explicit: boolean;
}

/** One unit's text and words, read for terms. */
export interface TermReading {
  readonly text: string;
  readonly words: readonly Word[];
  readonly profile: LanguageProfile;
  readonly lexicon: Lexicon;
  /** Every word the whole text writes in lower case, lower-cased. */
  readonly lowerCaseWords: ReadonlySet<string>;
}

/** More words than this is a clause, not a term's name. */
const MOST_NAME_WORDS = 4;
const LOWER = /^\p{Ll}/u;
const UPPER = /^\p{Lu}/u;
const SENTENCE_CAPITAL = /^\p{Lu}\p{Ll}+$/u;
const isSpace = (gap: string) => gap.trim() === '';

/** The index of the first word that starts at or after `offset` (`words.length` when none does). */
export function wordAt(words: readonly Word[], offset: number): number {
  let low = 0;
  let high = words.length;
  while (low < high) {
    const middle = (low + high) >> 1;
    if (words[middle]!.start < offset) low = middle + 1;
    else high = middle;
  }
  return low;
}

/** A word a term's name can hold: a common word, neither a function word, a date, a number nor a title. */
function isTermWord(word: Word, reading: TermReading): boolean {
  const lower = word.text.toLowerCase();
  if (/\p{N}/u.test(word.text) || reading.profile.functionWords.has(lower) || reading.profile.titles.has(lower))
    return false;
  const wordClass = reading.lexicon.wordClass(lower);
  return wordClass !== 'function' && wordClass !== 'date' && !reading.lexicon.isRoleNoun(lower);
}

/** Where a term's name is written, and the article elided onto its first word (French "l’", "d’"). */
export interface TermName extends Omit<TermDefinition, 'defining' | 'explicit'> {
  readonly elided: string | undefined;
}

/** The word before a term's name: lower-cased, and whether it starts its sentence. */
export interface WordBefore {
  readonly text: string;
  readonly initial: boolean;
}

/** An article or a pronoun elided onto the next word: "l’atmosphère", "d’eau". */
const ELISION = /^(?:[cdjlmnst]|qu)[’']/iu;

/**
 * Whether a capital that is only the sentence's starts a common word: one the lexicon knows, or one the
 * text also writes in lower case ("Regolith is… regolith").
 */
function isCommonWord(word: string, reading: TermReading): boolean {
  const lower = word.toLowerCase();
  const wordClass = reading.lexicon.wordClass(lower);
  return wordClass === 'noun' || wordClass === 'adjective' || wordClass === 'verb' || reading.lowerCaseWords.has(lower);
}

/** A name of the words `first`…`last`, or none when a word is no term's (a proper name, a number, a title). */
function nameOf(first: number, last: number, reading: TermReading): TermName | undefined {
  const { words, text } = reading;
  const named = words.slice(first, last + 1);
  if (named.length === 0 || named.length > MOST_NAME_WORDS) return undefined;
  const [head] = named as [Word];
  const elided = ELISION.exec(head.text)?.[0];
  const headText = head.text.slice(elided?.length ?? 0);
  const sentenceCapital = head.initial && SENTENCE_CAPITAL.test(headText) && isCommonWord(headText, reading);
  if (!LOWER.test(headText) && !sentenceCapital) return undefined;
  const connector = (word: Word) => reading.profile.connectors.has(word.text.toLowerCase());
  const fits = named.every(
    (word, index) =>
      (index === 0 || isSpace(word.gapBefore)) &&
      (isTermWord(word, reading) || (index > 0 && (connector(word) || /^\p{Lu}$/u.test(word.text)))),
  );
  const tail = named.at(-1)!;
  // A capitalised last word makes a proper name ("the spectrometer PIXL"), but a letter ("classe L") does not.
  if (!fits || connector(tail) || (named.length > 1 && UPPER.test(tail.text) && tail.text.length > 1)) return undefined;
  const start = head.start + (elided?.length ?? 0);
  const end = tail.end;
  const written = text.slice(start, end);
  return {
    name: sentenceCapital ? written[0]!.toLowerCase() + written.slice(1) : written,
    start,
    end,
    elided: elided?.toLowerCase(),
  };
}

/**
 * The term's name that ends right before `offset`, and the word before it: "rich in carbonate, a
 * mineral…" → "carbonate", after "in". Its words run back to a function word, up to four of them.
 */
export function nameBefore(
  offset: number,
  reading: TermReading,
): { readonly name: TermName; readonly before: WordBefore | undefined } | undefined {
  const { words } = reading;
  const last = wordAt(words, offset) - 1;
  if (last < 0 || !isSpace(reading.text.slice(words[last]!.end, offset))) return undefined;
  let first = last;
  while (
    first > 0 &&
    last - first < MOST_NAME_WORDS - 1 &&
    !ELISION.test(words[first]!.text) &&
    isSpace(words[first]!.gapBefore) &&
    !UPPER.test(words[first - 1]!.text) &&
    isTermWord(words[first - 1]!, reading)
  )
    first -= 1;
  const name = nameOf(first, last, reading);
  if (!name) return undefined;
  if (name.elided) return { name, before: { text: name.elided, initial: words[first]!.initial } };
  const previous = words[first - 1];
  const before =
    previous && isSpace(words[first]!.gapBefore)
      ? { text: previous.text.toLowerCase(), initial: previous.initial }
      : undefined;
  return { name, before };
}

/**
 * The term's name that starts at `offset`: in quotation marks, all they hold; otherwise the words up to
 * a punctuation mark or a word no term's name holds, up to four of them.
 */
export function nameAfter(offset: number, reading: TermReading): TermName | undefined {
  const { words, text } = reading;
  const first = wordAt(words, offset);
  if (first >= words.length) return undefined;
  const quoted = /[“"«]\s*$/u.test(text.slice(offset, words[first]!.start)) || /[“"«]\s*$/u.test(text.slice(0, offset));
  let last = first;
  if (quoted) {
    while (last + 1 < words.length && !/[”"»]/u.test(words[last + 1]!.gapBefore)) last += 1;
    if (!/[”"»]/u.test(text.slice(words[last]!.end, words[last]!.end + 3))) return undefined;
    return nameOf(first, last, reading);
  }
  if (!isTermWord(words[first]!, reading)) return undefined;
  while (
    last + 1 < words.length &&
    last - first < MOST_NAME_WORDS - 1 &&
    isSpace(words[last + 1]!.gapBefore) &&
    (isTermWord(words[last + 1]!, reading) || reading.profile.connectors.has(words[last + 1]!.text.toLowerCase()))
  )
    last += 1;
  while (last > first && reading.profile.connectors.has(words[last]!.text.toLowerCase())) last -= 1;
  return nameOf(first, last, reading);
}

/**
 * The defining words from `offset` to the end of their phrase (a comma, a bracket, a dash or the
 * sentence's end), when they are short enough to read as a label, as a role is.
 */
export function definingWords(text: string, offset: number): string | undefined {
  const phrase = /^[^,;:.!?()[\]“”"«»—–]+/u.exec(text.slice(offset))?.[0].trim();
  if (!phrase || !LOWER.test(phrase)) return undefined;
  const wordCount = phrase.split(/\s+/).length;
  return wordCount <= MOST_ROLE_WORDS && phrase.length <= MOST_ROLE_CHARACTERS ? phrase : undefined;
}
