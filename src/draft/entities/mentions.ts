import type { Lexicon } from './lexicon.js';
import type { LanguageProfile } from './profiles.js';
import { roleAfter, roleBefore, splitTitle, type RoleReading } from './roles.js';
import type { ReadText, Word } from './words.js';

/** The kinds of name the drafting tells apart. */
export type NameKind = 'person' | 'organization' | 'place';

/** A paragraph or a figure's caption, read into words. */
export interface TextUnit {
  readonly text: string;
  readonly evidence: { readonly paragraph: string } | { readonly figure: string };
  readonly read: ReadText;
}

/** One place a name is written, with what stands around it. */
export interface Mention {
  readonly name: string;
  readonly unit: number;
  readonly start: number;
  readonly end: number;
  readonly wordCount: number;
  /** Its capital may be only the sentence's. */
  readonly initial: boolean;
  /** A title or a role goes with it: a person's name. */
  readonly titled: boolean;
  readonly role: string | undefined;
  /** Up to two lower-cased words right before it, nearest first. */
  readonly before: readonly string[];
  /** The lower-cased word right after it, when only a space is between. */
  readonly after: string | undefined;
}

const UPPER = /^\p{Lu}/u;
const ACRONYM = /^\p{Lu}[\p{Lu}\d&.]+$/u;
const isSpace = (gap: string) => gap.trim() === '';

/** Month and weekday names in a language, lower-cased, from the platform's own calendar data. */
export function dateWords(lang: string): ReadonlySet<string> {
  const names = new Set<string>();
  for (const month of ['long', 'short'] as const) {
    const format = new Intl.DateTimeFormat(lang, { month, timeZone: 'UTC' });
    for (let index = 0; index < 12; index += 1) {
      names.add(
        format
          .format(Date.UTC(2021, index, 15))
          .toLowerCase()
          .replace(/\.$/, ''),
      );
    }
  }
  const weekday = new Intl.DateTimeFormat(lang, { weekday: 'long', timeZone: 'UTC' });
  for (let day = 0; day < 7; day += 1) names.add(weekday.format(Date.UTC(2021, 0, 3 + day)).toLowerCase());
  return names;
}

/** Whether a word is a function word or a verb: at a sentence's start, its capital is the sentence's. */
function startsOnlySentence(word: Word, profile: LanguageProfile, lexicon: Lexicon): boolean {
  const lower = word.text.toLowerCase();
  if (profile.functionWords.has(lower)) return true;
  const wordClass = lexicon.wordClass(word.text);
  return wordClass === 'function' || wordClass === 'verb';
}

/** A single word that is no name however it is written: a date, a demonym, an adjective, a letter. */
function notAName(word: Word, titled: boolean, lexicon: Lexicon, dates: ReadonlySet<string>): boolean {
  if (ACRONYM.test(word.text)) return false;
  if ([...word.text].length < 2 || dates.has(word.text.toLowerCase())) return true;
  const wordClass = lexicon.wordClass(word.text);
  if (wordClass === 'date' || wordClass === 'demonym') return true;
  return !titled && (wordClass === 'function' || wordClass === 'verb' || wordClass === 'adjective');
}

/**
 * The capitalised sequences of a text unit, read as names: runs of capitalised words, small connectors
 * between them ("Secretary of State"), cut at punctuation, possessives and lower-case hyphenated parts;
 * without a leading function word a sentence starts with ("The Kremlin" → "Kremlin"), without titles
 * ("President Tokayev" → "Tokayev", titled), single dates, demonyms and adjectives left out.
 */
export function findMentions(
  unit: TextUnit,
  unitIndex: number,
  profile: LanguageProfile,
  lexicon: Lexicon,
  dates: ReadonlySet<string>,
): Mention[] {
  const { words } = unit.read;
  const reading: RoleReading = { text: unit.text, words, profile, lexicon };
  const isConnector = (word: Word) => !UPPER.test(word.text) && profile.connectors.has(word.text.toLowerCase());
  const mentions: Mention[] = [];
  let index = 0;
  while (index < words.length) {
    if (!UPPER.test(words[index]!.text)) {
      index += 1;
      continue;
    }
    let last = index;
    while (!words[last]!.endsName) {
      let next = last + 1;
      while (next < words.length && next - last <= 2 && isSpace(words[next]!.gapBefore) && isConnector(words[next]!))
        next += 1;
      const word = words[next];
      if (!word || !isSpace(word.gapBefore) || !UPPER.test(word.text) || word.initial) break;
      last = next;
    }
    let first = index;
    while (
      first <= last &&
      (words[first]!.initial || first > index) &&
      startsOnlySentence(words[first]!, profile, lexicon)
    )
      first += 1;
    while (first <= last && isConnector(words[first]!)) first += 1;
    if (first <= last) {
      const mention = readMention(first, last, first > index, unitIndex, reading, dates);
      if (mention) mentions.push(mention);
    }
    index = last + 1;
  }
  return mentions;
}

function readMention(
  first: number,
  last: number,
  afterDropped: boolean,
  unitIndex: number,
  reading: RoleReading,
  dates: ReadonlySet<string>,
): Mention | undefined {
  const { words, text, lexicon } = reading;
  const sequence = words.slice(first, last + 1);
  const split = splitTitle(sequence, reading);
  if (split.nameStart >= sequence.length) return undefined;
  let nameFirst = first + split.nameStart;
  const leading = lexicon.wordClass(words[nameFirst]!.text);
  const acronymAfter = nameFirst === last - 1 && ACRONYM.test(words[last]!.text);
  if (acronymAfter && (leading === 'demonym' || leading === 'adjective')) nameFirst = last;
  const role = roleBefore(split.titled ? first : nameFirst, nameFirst, reading) ?? roleAfter(last, reading);
  const titled = split.titled || role !== undefined;
  const nameWords = words.slice(nameFirst, last + 1);
  if (nameWords.length === 1 && notAName(nameWords[0]!, titled, lexicon, dates)) return undefined;
  const before: string[] = [];
  for (let at = first; at > 0 && before.length < 2 && isSpace(words[at]!.gapBefore); at -= 1) {
    before.push(words[at - 1]!.text.toLowerCase());
  }
  const next = words[last + 1];
  const start = nameWords[0]!.start;
  const end = nameWords.at(-1)!.end;
  return {
    name: text.slice(start, end),
    unit: unitIndex,
    start,
    end,
    wordCount: nameWords.length,
    initial: nameWords[0]!.initial && !afterDropped && split.nameStart === 0,
    titled,
    role,
    before,
    after: next && isSpace(next.gapBefore) ? next.text.toLowerCase() : undefined,
  };
}
