import { cached } from '../shared/cached.js';
import {
  CURRENCY_BEFORE,
  ENGLISH_NUMBERS,
  ENGLISH_VAGUE_AMOUNT,
  numberWords,
  type NumberWords,
} from './number-words.js';
import { primaryLanguage } from './sentences.js';

/** A number the text gives as an amount: not a year, a date, a time, an ordinal or part of a name. */
export interface NumberMention {
  /** Where the whole expression starts and ends in the text: "nearly 10,000", "$1.6 billion", "10 days". */
  readonly start: number;
  readonly end: number;
  /** The number, when it is one ("10,000" → 10000, "1,6 Mio." in German → 1600000). */
  readonly number?: number;
  /** The amount as written when it is not a plain number: money ("$1.6 billion") or words ("Several thousand"). */
  readonly value?: string;
  /** An Intl unit: "day", "kilometer", "percent". */
  readonly unit?: string;
  /** "nearly", "about": the number is approximate. */
  readonly about: boolean;
  /** "no more than", "at least": the number is a bound, in the text's words. */
  readonly bound?: string;
}

interface Separators {
  readonly group: string;
  readonly decimal: string;
}

const separators = new Map<string, Separators>();

/** How `language` groups thousands and writes decimals ("1.600,5" in German), as Intl writes them. */
function separatorsOf(language: string): Separators {
  return cached(separators, language, () => {
    const parts = new Intl.NumberFormat(language).formatToParts(12345.6);
    return {
      group: parts.find((part) => part.type === 'group')?.value ?? ',',
      decimal: parts.find((part) => part.type === 'decimal')?.value ?? '.',
    };
  });
}

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** A space-like group separator (French, Russian) is also typed as a plain or a no-break space. */
function groupClass(group: string): string {
  return /\s/u.test(group) ? '[\\s\\u00A0\\u202F]' : escape(group);
}

const digitPatterns = new Map<string, RegExp>();

function digitPattern(language: string): RegExp {
  return cached(digitPatterns, language, () => {
    const { group, decimal } = separatorsOf(language);
    const g = groupClass(group);
    const d = escape(decimal);
    return new RegExp(`(?<![\\p{L}\\d.,])(?:\\d{1,3}(?:${g}\\d{3})+|\\d+)(?:${d}\\d+)?`, 'gu');
  });
}

function readDigits(written: string, language: string): number {
  const { group, decimal } = separatorsOf(language);
  const plain = written.replace(new RegExp(groupClass(group), 'gu'), '').replace(decimal, '.');
  return Number(plain);
}

const monthNames = new Map<string, ReadonlySet<string>>();

/** The month names of `language`, long and short, in both the forms a date takes ("января") and the standalone ones. */
function monthsOf(language: string): ReadonlySet<string> {
  return cached(monthNames, language, () => {
    const names = new Set<string>();
    for (let month = 0; month < 12; month++) {
      const date = Date.UTC(2021, month, 15);
      for (const width of ['long', 'short'] as const) {
        const inDate = new Intl.DateTimeFormat(language, { day: 'numeric', month: width, timeZone: 'UTC' });
        const alone = new Intl.DateTimeFormat(language, { month: width, timeZone: 'UTC' });
        for (const format of [inDate, alone]) {
          const name = format.formatToParts(date).find((part) => part.type === 'month')?.value;
          if (name && !/\d/.test(name)) names.add(name.toLowerCase().replace(/\.$/, ''));
        }
      }
    }
    if (language === 'en') names.add('sept');
    return names;
  });
}

const WORD_BEFORE = /([\p{L}][\p{L}.'’-]*)[\s.,]*(?:of\s+|de\s+)?$/u;
const WORD_AFTER = /^[\s.,]*(?:of\s+|de\s+)?([\p{L}]+)/u;

/** The number is a day of a month ("June 7", "7 June", "7 de junio", "7 января"). */
function isDayOfMonth(text: string, start: number, end: number, language: string): boolean {
  const months = monthsOf(language);
  const before = WORD_BEFORE.exec(text.slice(Math.max(0, start - 20), start))?.[1];
  const after = WORD_AFTER.exec(text.slice(end, end + 20))?.[1];
  const isMonth = (word: string | undefined) => word !== undefined && months.has(word.toLowerCase().replace(/\.$/, ''));
  return isMonth(before) || isMonth(after);
}

/** An ordinal ("24th", "21e", "3." before a word in German), a time ("3.30 p.m.", "10:00"), a range or a code ("COVID-19"). */
const ORDINAL_AFTER = /^(?:st|nd|rd|th|e|er|ère|ème|º|ª|-?й|-?го|-?я)(?![\p{L}])/u;
const TIME_AFTER = /^\s?(?:[:h]\d{2}|a\.?m\.?(?![\p{L}])|p\.?m\.?(?![\p{L}])|uhr\b|o['’]clock|h(?![\p{L}])|gmt|utc)/iu;
const RANGE_AFTER = /^[-–/]\d/u;
/** The minutes of a time written with its hour before them ("9 h 14", "10:30"). */
const HOUR_BEFORE = /\d\s?[h:]\s?$/u;
const CODE_BEFORE = /(?:[\p{L}\d][-–/]|[#№]\s?|\b(?:no|nr|number|art|article|section|room|flight)\.?\s)$/iu;
const ORDINAL_DOT_LANGUAGES = new Set(['de', 'da', 'nb', 'nn', 'no', 'fi', 'cs', 'sk', 'sl', 'hr', 'sr', 'pl', 'hu']);
/** A capitalised word before the number that does not start the sentence, elided article aside ("d’Ariane 5"): the number is part of a name ("Mars 2020"). */
const NAME_BEFORE = /(?:(?<=[\p{L},;:]\s+)|(?<=[\p{L},;:]\s+\p{Ll}[’']))\p{Lu}[\p{L}’'-]*\s$/u;

function isExcluded(text: string, core: Core, language: string, words: NumberWords): boolean {
  const { start, end, written } = core;
  const after = text.slice(end, end + 12);
  const before = text.slice(Math.max(0, start - 30), start);
  if (ORDINAL_AFTER.test(after) || TIME_AFTER.test(after) || RANGE_AFTER.test(after)) return true;
  // A letter right after the digits is a unit ("6km") or a code ("4G").
  if (/^\p{L}/u.test(after) && !words.units.some(({ pattern }) => pattern.test(after))) return true;
  if (/^[-–]$/.test(before.slice(-1)) && /\d/.test(before.slice(-2, -1))) return true;
  if (CODE_BEFORE.test(before) || HOUR_BEFORE.test(before)) return true;
  if (ORDINAL_DOT_LANGUAGES.has(language) && /^\.\s*\p{L}/u.test(after) && /^\d{1,3}$/.test(written)) return true;
  if (isDayOfMonth(text, start, end, language)) return true;
  return NAME_BEFORE.test(before);
}

/** A year is four digits from 1500 to 2100 written without separators, unless a unit or a currency says otherwise. */
function isYear(written: string): boolean {
  return /^\d{4}$/.test(written) && Number(written) >= 1500 && Number(written) <= 2100;
}

interface Core {
  readonly start: number;
  readonly end: number;
  readonly number?: number;
  readonly value?: string;
  readonly written: string;
}

function digitCores(text: string, language: string): Core[] {
  return [...text.matchAll(digitPattern(language))].map((match) => ({
    start: match.index,
    end: match.index + match[0].length,
    number: readDigits(match[0], language),
    written: match[0],
  }));
}

const capitalized = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

const ENGLISH_NUMBER_WORD = new RegExp(`\\b(?:${Object.keys(ENGLISH_NUMBERS).join('|')})\\b`, 'giu');

function englishWordCores(text: string): Core[] {
  const vague = [...text.matchAll(ENGLISH_VAGUE_AMOUNT)].map((match) => ({
    start: match.index,
    end: match.index + match[0].length,
    value: capitalized(match[0]),
    written: match[0],
  }));
  const words = [...text.matchAll(ENGLISH_NUMBER_WORD)]
    .filter((match) => !vague.some((core) => match.index >= core.start && match.index < core.end))
    .map((match) => ({
      start: match.index,
      end: match.index + match[0].length,
      number: ENGLISH_NUMBERS[match[0].toLowerCase()]!,
      written: match[0],
    }));
  return [...vague, ...words];
}

/** The first of `phrases` that `text` ends with, as a whole word. */
function phraseBefore(text: string, phrases: readonly string[]): string | undefined {
  const lower = text.toLowerCase();
  return phrases.find((phrase) => new RegExp(`(?:^|[^\\p{L}])${escape(phrase)}\\s+$`, 'u').test(lower));
}

function extendLeft(text: string, start: number, words: NumberWords) {
  const before = text.slice(Math.max(0, start - 30), start);
  const currency = CURRENCY_BEFORE.exec(before);
  let at = currency ? start - currency[0].length : start;
  const lead = text.slice(Math.max(0, at - 30), at);
  const about = phraseBefore(lead, words.about);
  const bound = about === undefined ? phraseBefore(lead, words.bounds) : undefined;
  const phrase = about ?? bound;
  if (phrase !== undefined) at = lead.toLowerCase().lastIndexOf(phrase) + Math.max(0, at - 30);
  return {
    at,
    money: currency !== null,
    about: about !== undefined,
    bound: bound && text.slice(at, at + bound.length),
  };
}

function extendRight(text: string, end: number, words: NumberWords) {
  let at = end;
  let scale = 1;
  const next = () => /^[\s\u00A0\u202F]?/u.exec(text.slice(at))![0].length;
  const scaleMatch = words.scales.find(([pattern]) => pattern.test(text.slice(at + next())));
  if (scaleMatch) {
    const matched = scaleMatch[0].exec(text.slice(at + next()))![0];
    const rest = /^[\p{L}.]*/u.exec(text.slice(at + next() + matched.length))![0];
    at += next() + matched.length + (matched.endsWith('.') ? 0 : rest.replace(/\.$/, '').length);
    scale = scaleMatch[1];
  }
  const currency = words.currencies.exec(text.slice(at + next()));
  if (currency) return { at: at + next() + currency[0].length, scale, money: true };
  const hyphenated = /^[-‑]/u.test(text.slice(at)) ? 1 : 0;
  const from = at + (hyphenated || next());
  const unit = words.units.find(({ pattern }) => pattern.test(text.slice(from)));
  if (unit) return { at: from + unit.pattern.exec(text.slice(from))![0].length, scale, unit: unit.unit, money: false };
  return { at, scale, money: false };
}

/**
 * The amounts in `text` (a sentence or a paragraph): digits read with the language's separators, and in
 * English number words ("two", "several thousand"), with what makes them approximate, bounds, scales,
 * units and currencies. Years, dates, times, ordinals, ranges and numbers in names are left out.
 */
export function findNumbers(text: string, lang: string): NumberMention[] {
  const language = primaryLanguage(lang);
  const words = numberWords(language);
  const cores = [...digitCores(text, language), ...(language === 'en' ? englishWordCores(text) : [])].sort(
    (a, b) => a.start - b.start,
  );
  const mentions: NumberMention[] = [];
  for (const core of cores) {
    if (isExcluded(text, core, language, words)) continue;
    const left = extendLeft(text, core.start, words);
    const right = extendRight(text, core.end, words);
    const money = left.money || right.money;
    if (isYear(core.written) && !money && right.unit === undefined) continue;
    const written = text.slice(left.at, right.at);
    const mention = {
      start: left.at,
      end: right.at,
      about: left.about,
      ...(left.bound ? { bound: left.bound } : {}),
    };
    if (money || core.value !== undefined) mentions.push({ ...mention, value: capitalized(written) });
    else mentions.push({ ...mention, number: core.number! * right.scale, ...(right.unit ? { unit: right.unit } : {}) });
  }
  return mentions.filter((mention, index) => index === 0 || mention.start >= mentions[index - 1]!.end);
}
