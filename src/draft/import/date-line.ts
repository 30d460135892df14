import { isPartialDate } from '../../model/primitives.js';
import { cached } from '../../shared/cached.js';
import { foldText } from '../../shared/fold-text.js';
import { endsAsSentence, wordCount } from './lines.js';

/**
 * Month names and their abbreviations, in English and in `lang`, as its calendar writes them alone and
 * in a date (Russian "январь" and "января"), folded as `foldText` folds: Intl knows every language's,
 * so no list of them is kept here.
 */
function monthNames(lang: string): ReadonlyMap<string, number> {
  const names = new Map<string, number>();
  for (const locale of new Set(['en', lang])) {
    const formats = [
      new Intl.DateTimeFormat(locale, { month: 'long', timeZone: 'UTC' }),
      new Intl.DateTimeFormat(locale, { month: 'short', timeZone: 'UTC' }),
      new Intl.DateTimeFormat(locale, { day: 'numeric', month: 'long', timeZone: 'UTC' }),
      new Intl.DateTimeFormat(locale, { day: 'numeric', month: 'short', timeZone: 'UTC' }),
    ];
    for (let month = 0; month < 12; month += 1) {
      const date = Date.UTC(2001, month, 15);
      for (const format of formats) {
        const name = format.formatToParts(date).find((part) => part.type === 'month')?.value;
        if (name !== undefined && /\p{L}/u.test(name)) names.set(foldText(name).replace(/\.$/, ''), month + 1);
      }
    }
  }
  // English spells a few abbreviations as Intl does not.
  names.set('sept', 9);
  return names;
}

const monthNamesByLang = new Map<string, ReadonlyMap<string, number>>();

const ISO = /(?<![\d-])(\d{4})-(\d{2})-(\d{2})(?![\d])/u;
const DAY_MONTH_YEAR = /(?<!\d)(\d{1,2})(?:\.|º|er|st|nd|rd|th)?\s+(?:de\s+)?(\p{L}+)\.?,?\s+(?:de\s+)?(\d{4})(?!\d)/u;
const MONTH_DAY_YEAR = /(?<!\p{L})(\p{L}+)\.?\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4})(?!\d)/u;
const NUMERIC = /(?<![\d./])(\d{1,2})([./])(\d{1,2})\2(\d{4})(?!\d)/u;

interface Found {
  readonly index: number;
  readonly date: string;
}

const pad = (value: number) => String(value).padStart(2, '0');

function dateOf(year: string, month: number | undefined, day: string | number): string | undefined {
  if (month === undefined) return undefined;
  const date = `${year}-${pad(month)}-${pad(Number(day))}`;
  return isPartialDate(date) ? date : undefined;
}

function found(index: number | undefined, date: string | undefined): Found | undefined {
  return index === undefined || date === undefined ? undefined : { index, date };
}

/** 11/01/2022 is the 11th of January but in American English; a day past 12 settles it either way. */
function numericDate(match: RegExpExecArray, lang: string): string | undefined {
  const [, first, separator, second, year] = match as unknown as [string, string, string, string, string];
  const monthFirst =
    Number(first) > 12 ? false : Number(second) > 12 ? true : separator === '/' && /^en(?:-US)?$/i.test(lang);
  return monthFirst ? dateOf(year, Number(first), second) : dateOf(year, Number(second), first);
}

/**
 * The first day a text names, as a partial date `YYYY-MM-DD`: "2022-01-11", "11 January 2022",
 * "Jan. 11, 2022", "11. Januar 2022", "11 de enero de 2022", "11 января 2022", "11.01.2022".
 */
export function findDate(text: string, lang: string): Found | undefined {
  const months = cached(monthNamesByLang, lang, () => monthNames(lang));
  const folded = foldText(text);
  const iso = ISO.exec(folded);
  const dayFirst = DAY_MONTH_YEAR.exec(folded);
  const monthFirst = MONTH_DAY_YEAR.exec(folded);
  const numeric = NUMERIC.exec(folded);
  const candidates = [
    iso && found(iso.index, dateOf(iso[1]!, Number(iso[2]), iso[3]!)),
    dayFirst && found(dayFirst.index, dateOf(dayFirst[3]!, months.get(dayFirst[2]!), dayFirst[1]!)),
    monthFirst && found(monthFirst.index, dateOf(monthFirst[3]!, months.get(monthFirst[1]!), monthFirst[2]!)),
    numeric && found(numeric.index, numericDate(numeric, lang)),
  ].filter((candidate): candidate is Found => candidate !== undefined && candidate !== null);
  return candidates.sort((a, b) => a.index - b.index)[0];
}

/**
 * The date a line near the top gives the article, when the line is a date line: "Published 11 January
 * 2022", "Jan. 11, 2022 at 10:32 a.m.", "2024-04-03 (…) — updated …". A sentence that mentions a date
 * ("On Jan. 11, 2022, troops left.") is not one.
 */
export function dateLineDate(text: string, lang: string): string | undefined {
  const date = findDate(text, lang);
  if (date === undefined) return undefined;
  return wordCount(text) <= 8 || !endsAsSentence(text) ? date.date : undefined;
}
