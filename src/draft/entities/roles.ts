import type { Lexicon } from './lexicon.js';
import type { LanguageProfile } from './profiles.js';
import type { Word } from './words.js';

/** The words a role's words are read with. */
export interface RoleReading {
  readonly text: string;
  readonly words: readonly Word[];
  readonly profile: LanguageProfile;
  readonly lexicon: Lexicon;
}

/** Where a title ends in a capitalised sequence and the name starts. */
export interface TitleSplit {
  /** Index (in the sequence) of the name's first word; 0 when there is no title. */
  readonly nameStart: number;
  /** The title makes the name a person's ("President Tokayev"), not a role of something else ("President of Kazakhstan"). */
  readonly titled: boolean;
}

/** Words that qualify a role without being one: "former", "first", "acting". */
const ROLE_MODIFIERS = new Set(
  'first|second|third|former|then|late|current|new|acting|interim|outgoing|incoming|longtime|deputy|vice|chief|top|senior|incumbent'.split(
    '|',
  ),
);
/** Longest role kept: a longer apposition is a clause, not a role. */
export const MOST_ROLE_WORDS = 12;
export const MOST_ROLE_CHARACTERS = 90;
const UPPER = /^\p{Lu}/u;
const ACRONYM = /^\p{Lu}[\p{Lu}\d&.]+$/u;

const isSpace = (gap: string) => gap.trim() === '';

/** How many words, 2 or 1, of a title start at `index` of `words` (0 when none does). */
function titleAt(words: readonly Word[], index: number, profile: LanguageProfile): number {
  const first = words[index]?.text.toLowerCase();
  if (first === undefined) return 0;
  const second = words[index + 1]?.text.toLowerCase();
  if (second !== undefined && profile.titles.has(`${first} ${second}`)) return 2;
  return profile.titles.has(first) ? 1 : 0;
}

function isTitleOrRole(word: string, reading: RoleReading): boolean {
  const lower = word.toLowerCase();
  return reading.profile.titles.has(lower) || reading.lexicon.isRoleNoun(lower);
}

/**
 * Splits a capitalised sequence into a title and a name: "US Secretary of State Antony Blinken" → the
 * name starts at "Antony". Words before the title may qualify it (demonyms, acronyms: "Russian
 * President"); after "of", the lexicon's ordinary words belong to the title ("of State", "of Foreign
 * Affairs"), and without a lexicon one word does when at least two remain for the name. A title whose
 * "of" leads to a single name ("President of Kazakhstan") names a role of that place, not a person.
 */
export function splitTitle(sequence: readonly Word[], reading: RoleReading): TitleSplit {
  const { profile, lexicon } = reading;
  let index = 0;
  while (index < sequence.length - 1 && titleAt(sequence, index, profile) === 0) {
    const word = sequence[index]!.text;
    const wordClass = lexicon.wordClass(word);
    if (!(ACRONYM.test(word) || wordClass === 'demonym' || wordClass === 'adjective')) break;
    index += 1;
  }
  let length = titleAt(sequence, index, profile);
  if (length === 0) return { nameStart: 0, titled: false };
  while (length > 0) {
    index += length;
    length = titleAt(sequence, index, profile);
  }
  if (index < sequence.length && !UPPER.test(sequence[index]!.text)) {
    let afterOf = index;
    while (afterOf < sequence.length && !UPPER.test(sequence[afterOf]!.text)) afterOf += 1;
    let nameStart = afterOf;
    while (nameStart < sequence.length - 1 && ordinaryWord(sequence[nameStart]!.text, lexicon)) nameStart += 1;
    if (nameStart === afterOf) {
      if (sequence.length - afterOf < 3) return { nameStart: afterOf, titled: false };
      nameStart += 1;
    }
    index = nameStart;
  }
  const name = sequence.slice(index);
  if (name.length === 0) return { nameStart: sequence.length, titled: false };
  if (name.every((word) => ordinaryWord(word.text, lexicon))) return { nameStart: 0, titled: false };
  return { nameStart: index, titled: true };
}

function ordinaryWord(word: string, lexicon: Lexicon): boolean {
  const wordClass = lexicon.wordClass(word);
  return wordClass === 'noun' || wordClass === 'adjective' || wordClass === 'verb';
}

/**
 * The role written before a name, from the words right before it to the title: "Russia’s
 * parliamentary speaker" (Vyacheslav Volodin), "Kazakhstan’s incumbent President" (Kassym-Jomart
 * Tokayev), "président russe" (Vladimir Poutine). `first` is the index of the sequence's first word
 * (the title's, when it has one), `titleEnd` the index of the name's first word.
 */
export function roleBefore(first: number, titleEnd: number, reading: RoleReading): string | undefined {
  const { words, text, profile, lexicon } = reading;
  let start = first;
  let sawTitle = titleEnd > first;
  for (let index = first - 1; index >= 0 && first - index <= 4; index -= 1) {
    const word = words[index]!;
    if (!isSpace(words[index + 1]!.gapBefore)) break;
    if (UPPER.test(word.text)) {
      if (word.endsName && sawTitle) start = index;
      break;
    }
    const lower = word.text.toLowerCase();
    if (isTitleOrRole(lower, reading)) {
      sawTitle = true;
      start = index;
      continue;
    }
    if (word.endsName || profile.functionWords.has(lower) || profile.speechVerbs.has(lower)) {
      if (!ROLE_MODIFIERS.has(lower)) break;
    }
    const wordClass = lexicon.wordClass(lower);
    const modifies = ROLE_MODIFIERS.has(lower) || wordClass === 'adjective' || wordClass === 'noun';
    if (lexicon.knowsWords ? !modifies || !sawTitle : sawTitle || first - index > 2) break;
    start = index;
  }
  if (!sawTitle || start === titleEnd) return undefined;
  return text.slice(words[start]!.start, words[titleEnd - 1]!.end);
}

/**
 * The role said in an apposition after a name: "John Smith, a spokesman for the council," → "spokesman
 * for the council"; "Tokayev, the president of Kazakhstan," → "president of Kazakhstan". The article is
 * left out, since a role reads as a label; a role noun must head it within its first words, so a list
 * ("Armenia, Belarus") or a clause is not taken for one.
 */
export function roleAfter(last: number, reading: RoleReading): string | undefined {
  const { words, text, profile } = reading;
  const next = words[last + 1];
  if (next?.gapBefore.trim() !== ',') return undefined;
  let start = last + 1;
  if (profile.articles.has(next.text.toLowerCase())) start += 1;
  const head = words[start];
  if (!head || (start === last + 1 && UPPER.test(head.text))) return undefined;
  let end = start;
  while (end + 1 < words.length && isSpace(words[end + 1]!.gapBefore.replace(/[()]/g, ''))) end += 1;
  const closing = words[end + 1]?.gapBefore ?? text.slice(words[end]!.end);
  if (end - start + 1 > MOST_ROLE_WORDS || !/^[\s)]*(?:[,.;:!?]|$)/.test(closing)) return undefined;
  const phrase = words.slice(start, Math.min(end + 1, start + 4));
  const headed = phrase.some((word) => !UPPER.test(word.text) && isTitleOrRole(word.text, reading));
  const role = text.slice(head.start, words[end]!.end);
  return headed && role.length <= MOST_ROLE_CHARACTERS ? role : undefined;
}
