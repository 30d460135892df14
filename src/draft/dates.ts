import type { Chrono, ParsedComponents } from 'chrono-node';
import { dateWords, type DateWords } from './date-words.js';

/** A date a sentence gives, resolved as far as the text allows. */
export interface DateMention {
  /** Where its words start and end in the sentence. */
  readonly start: number;
  readonly end: number;
  /** A model date as precise as the text: "2021-12" for "the end of 2021"; absent when it cannot be resolved. */
  readonly when?: string;
  readonly until?: string;
  /** The sentence speaks of it in the future, or it falls after the article's date. */
  readonly planned: boolean;
}

const DAY = 86_400_000;
const pad = (value: number) => String(value).padStart(2, '0');

/** Noon, so that no time zone moves the day. */
function noon(date: string): Date {
  const [year, month, day] = date.split('-').map(Number);
  return new Date(Date.UTC(year!, (month ?? 1) - 1, day ?? 1, 12));
}

function ymd(date: Date, precision: 1 | 2 | 3): string {
  const parts = [String(date.getUTCFullYear()), pad(date.getUTCMonth() + 1), pad(date.getUTCDate())];
  return parts.slice(0, precision).join('-');
}

/**
 * A second reference, a year and some days from the first: a value chrono-node gives the same against
 * both is written in the text ("June 7, 2019"); one that moves was counted from the reference ("last week").
 */
const SHIFT = 400 * DAY;

/** One end of a date chrono-node read, against the reference and against the shifted one. */
interface Reading {
  readonly text: string;
  readonly start: ParsedComponents;
  readonly shifted: ParsedComponents | undefined;
}

type Field = 'year' | 'month' | 'day';

function fixed(reading: Reading, field: Field): number | undefined {
  const { start } = reading;
  const other = reading.shifted;
  if (!start.isCertain(field) || !other?.isCertain(field)) return undefined;
  const value = start.get(field);
  return value !== null && value === other.get(field) ? value : undefined;
}

function moves(reading: Reading, field: Field): boolean {
  return reading.start.isCertain(field) && fixed(reading, field) === undefined;
}

/** `year`-`month`-`day`, as precise as the fields given. */
function written(year: number, month: number | undefined, day: number | undefined): string {
  if (month === undefined) return String(year);
  return day === undefined ? `${year}-${pad(month)}` : `${year}-${pad(month)}-${pad(day)}`;
}

/**
 * A date written out: a year, a month of a year, a day; with the article's date, a day and month without
 * a year, in the year that puts it before the article unless the sentence speaks of the future
 * ("the meeting was on March 3" in a January article is last March's).
 */
function absoluteDate(reading: Reading, published: string | undefined, future: boolean): string | undefined {
  const year = fixed(reading, 'year');
  const month = fixed(reading, 'month');
  const day = fixed(reading, 'day');
  if (year !== undefined) return written(year, month, day);
  const inferredYear = reading.start.get('year');
  if (published === undefined || month === undefined || inferredYear === null) return undefined;
  const inferred = written(inferredYear, month, day);
  return !future && isAfter(inferred, published) ? written(inferredYear - 1, month, day) : inferred;
}

/** "On Tuesday": the last one by the article's date, or the next one after it when the sentence speaks of the future. */
function weekdayDate(weekday: number, published: string, future: boolean): string {
  const reference = noon(published);
  const today = reference.getUTCDay();
  const offset = future ? (weekday - today + 7) % 7 || 7 : -((today - weekday + 7) % 7);
  return ymd(new Date(reference.getTime() + offset * DAY), 3);
}

function relativeDate(reading: Reading, words: DateWords, published: string, future: boolean): string | undefined {
  const { start, text } = reading;
  if (words.unresolvable.test(text)) return undefined;
  const weekday = start.get('weekday');
  if (start.isCertain('weekday') && !start.isCertain('day') && weekday !== null)
    return weekdayDate(weekday, published, future);
  const date = new Date(Date.UTC(start.get('year')!, start.get('month')! - 1, start.get('day')!, 12));
  // A week may straddle two months, and "last week" names no day: the month it falls in is as precise as the text.
  if (words.week.test(text) || !['year', 'month', 'day'].some((field) => start.isCertain(field as Field)))
    return ymd(date, 2);
  if (start.isCertain('day')) return ymd(date, 3);
  return ymd(date, start.isCertain('month') ? 2 : 1);
}

function isDateless(components: ParsedComponents): boolean {
  return (['year', 'month', 'day', 'weekday'] as const).every((field) => !components.isCertain(field));
}

function chronoDate(
  reading: Reading,
  words: DateWords,
  published: string | undefined,
  future: boolean,
): string | undefined {
  const relative = (['year', 'month', 'day'] as const).some((field) => moves(reading, field));
  const weekdayOnly = reading.start.isCertain('weekday') && !reading.start.isCertain('day');
  if (!relative && !weekdayOnly && !isDateless(reading.start)) return absoluteDate(reading, published, future);
  return published === undefined ? undefined : relativeDate(reading, words, published, future);
}

const YEAR = /(?<![\p{L}\d.,$€£-])(1[5-9]\d{2}|20\d{2})(?:\s?[–-]\s?(1[5-9]\d{2}|20\d{2}))?(?![\p{L}\d%]|[.,]\d)/gu;

/** Bare years ("in 1991", "since the end of 2021", "2014–2019") that chrono-node leaves, where the words before make them dates. */
function yearMentions(sentence: string, words: DateWords, taken: readonly { start: number; end: number }[]) {
  return [...sentence.matchAll(YEAR)].flatMap((match) => {
    const before = sentence.slice(Math.max(0, match.index - 30), match.index);
    if (taken.some((span) => match.index < span.end && match.index + match[0].length > span.start)) return [];
    const end = words.yearEnd.exec(before);
    const start = end ? undefined : words.yearStart.exec(before);
    if (!end && !start && !words.beforeYear.test(before)) return [];
    const lead = end ?? start;
    const from = lead ? match.index - (before.length - lead.index) : match.index;
    const year = match[1]!;
    const when = end ? `${year}-12` : start ? `${year}-01` : year;
    return [
      {
        start: from + (/^\s/u.test(sentence.slice(from)) ? 1 : 0),
        end: match.index + match[0].length,
        when,
        until: match[2],
      },
    ];
  });
}

function isFuture(sentence: string, start: number, words: DateWords): boolean {
  return words.future.test(sentence.slice(0, start));
}

function isAfter(when: string | undefined, published: string | undefined): boolean {
  if (when === undefined || published === undefined) return false;
  return when > published.slice(0, when.length);
}

/**
 * The dates `sentence` gives: chrono-node's (read against the article's date and again against a date a
 * year later, to tell what the text writes from what it counts from the reference) and the bare years it
 * leaves. Durations and time-only readings are not dates; relative dates without an article date, or
 * counted from another event, stay undated.
 */
export function findDates(
  sentence: string,
  chrono: Chrono | undefined,
  language: string,
  published?: string,
): DateMention[] {
  const words = dateWords(language);
  const reference = published === undefined ? noon('2000-01-01') : noon(published);
  const results = chrono?.parse(sentence, { instant: reference, timezone: 0 }) ?? [];
  const shifted =
    results.length > 0 ? chrono!.parse(sentence, { instant: new Date(reference.getTime() + SHIFT), timezone: 0 }) : [];
  const fromChrono = results.flatMap((result) => {
    const twin = shifted.find((other) => other.index === result.index);
    const reading = { text: result.text, start: result.start, shifted: twin?.start };
    if (words.duration.test(result.text)) return [];
    if (isDateless(result.start) && result.start.isCertain('hour')) return [];
    const future = isFuture(sentence, result.index, words);
    const when = chronoDate(reading, words, published, future);
    const end =
      result.end && chronoDate({ text: result.text, start: result.end, shifted: twin?.end }, words, published, future);
    const start = result.index + result.text.length - result.text.trimStart().length;
    return [
      {
        start,
        end: result.index + result.text.trimEnd().length,
        ...(when === undefined ? {} : { when }),
        ...(when !== undefined && end !== undefined && end >= when ? { until: end } : {}),
        planned: future || isAfter(when, published),
      },
    ];
  });
  const years = yearMentions(sentence, words, fromChrono).map(({ until, ...mention }) => ({
    ...mention,
    ...(until === undefined ? {} : { until }),
    planned: isFuture(sentence, mention.start, words) || isAfter(mention.when, published),
  }));
  return [...fromChrono, ...years].sort((a, b) => a.start - b.start);
}
