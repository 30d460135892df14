import { PARTIAL_DATE_PATTERN } from '../model/primitives.js';
import { cached } from './cached.js';

/** A model date read: its wall-clock time as a UTC timestamp, and how precise it is (an index of PRECISIONS). */
interface WallDate {
  readonly wall: number;
  readonly precision: number;
}

/** Options for each precision, so "2022-01" reads "January 2022", not "1 January 2022". */
const PRECISIONS: readonly Intl.DateTimeFormatOptions[] = [
  { year: 'numeric' },
  { year: 'numeric', month: 'long' },
  { year: 'numeric', month: 'long', day: 'numeric' },
  { year: 'numeric', month: 'long', day: 'numeric', minute: '2-digit' }, // and the hour, as hourDigits says
];
const TIME = 3;

/** Nine o'clock, in milliseconds: an hour that some languages write with one digit and others with two. */
const NINE = 9 * 3_600_000;

/**
 * How the language writes an hour before ten: "9:05" in English and Spanish, "09:05" in German. Its short
 * time style knows; a time asked for field by field, as naming the zone needs, has the digits it is asked for.
 */
function hourDigits(lang: string): '2-digit' | 'numeric' {
  const time = new Intl.DateTimeFormat(lang, { timeStyle: 'short', timeZone: 'UTC' }).formatToParts(NINE);
  return time.find((part) => part.type === 'hour')!.value.length === 2 ? '2-digit' : 'numeric';
}

function read(value: string): WallDate | undefined {
  const match = PARTIAL_DATE_PATTERN.exec(value);
  if (!match) return undefined;
  const [, year, month, day, hour, minute] = match;
  const date = new Date(0);
  // Setting the year with the month and day keeps years below 100, which Date.UTC reads as 19xx.
  date.setUTCFullYear(Number(year), Number(month ?? 1) - 1, Number(day ?? 1));
  date.setUTCHours(Number(hour ?? 0), Number(minute ?? 0));
  return { wall: date.getTime(), precision: [month, day, hour].filter((part) => part !== undefined).length };
}

/** A zone's offset from UTC: in milliseconds, and as HTML writes it ("+02:00"). */
interface Offset {
  readonly ms: number;
  readonly text: string;
}

const OFFSET = /[+-](\d{2}):(\d{2})/;
const offsetFormats = new Map<string, Intl.DateTimeFormat>();

function offsetAt(instant: number, timeZone: string): Offset {
  const format = cached(
    offsetFormats,
    timeZone,
    () => new Intl.DateTimeFormat('en', { timeZone, timeZoneName: 'longOffset' }),
  );
  const name = format.formatToParts(instant).find((part) => part.type === 'timeZoneName')!.value;
  // UTC itself is named "GMT", without an offset.
  const [text, hours, minutes] = OFFSET.exec(name) ?? (['+00:00', '00', '00'] as const);
  return { ms: (text.startsWith('-') ? -1 : 1) * (Number(hours) * 60 + Number(minutes)) * 60_000, text };
}

/**
 * The offset `timeZone` has when its clocks show `wall`. The offset at `wall` read as UTC is hours away
 * from the moment meant, and near a change of offset (summer time) it can be the one on the other side;
 * asked again at the moment that first offset gives, it is the one in force then.
 */
function offsetFor(wall: number, timeZone: string): Offset {
  return offsetAt(wall - offsetAt(wall, timeZone).ms, timeZone);
}

/** The zone a date is shown in: its own for a time; a day, a month or a year is shown as written, in UTC. */
function zoneAt(precision: number, timeZone: string | undefined): string | undefined {
  return precision === TIME ? timeZone : undefined;
}

/** The moment to format: the wall-clock time itself in UTC, or the moment `timeZone`'s clocks show it. */
function instantOf(wall: number, timeZone: string | undefined): number {
  return timeZone === undefined ? wall : wall - offsetFor(wall, timeZone).ms;
}

/** Building a formatter costs far more than using one, and a timeline formats a date per event. */
const dateFormats = new Map<string, Intl.DateTimeFormat>();

function dateFormat(lang: string, precision: number, timeZone: string | undefined): Intl.DateTimeFormat {
  return cached(
    dateFormats,
    `${lang} ${precision} ${timeZone}`,
    () =>
      new Intl.DateTimeFormat(lang, {
        ...PRECISIONS[precision],
        ...(precision === TIME && { hour: hourDigits(lang) }),
        // Without a zone the model's dates are formatted in UTC, which keeps them on the day the source gives.
        ...(timeZone === undefined ? { timeZone: 'UTC' } : { timeZone, timeZoneName: 'short' }),
      }),
  );
}

/**
 * A model date (`2022`, `2022-01`, `2022-01-11`, `2022-01-11T14:30`) in the reader's language, as precise as
 * it is; a time with a zone shows that zone's name: "12 July 2023 at 14:00 CEST".
 */
export function formatPartialDate(when: string, lang: string, timeZone?: string): string {
  const date = read(when);
  if (!date) return when;
  const zone = zoneAt(date.precision, timeZone);
  return dateFormat(lang, date.precision, zone).format(instantOf(date.wall, zone));
}

/** A piece of a range's text: the words of one end, or those both ends share ("January", the dash). */
export interface DateRangePart {
  readonly source: 'startRange' | 'endRange' | 'shared';
  readonly text: string;
}

/**
 * A range in the reader's language, in pieces so that each end can be marked up: "5–7 January 2022",
 * "January–March 2022". Ends of different precisions are shown at the coarser one, the one both have; two
 * ends that read the same at it are one date, the start.
 */
export function formatDateRange(when: string, until: string, lang: string, timeZone?: string): DateRangePart[] {
  const start = read(when);
  const end = read(until);
  if (!start || !end) return [{ source: 'shared', text: `${when}–${until}` }];
  const precision = Math.min(start.precision, end.precision);
  const zone = zoneAt(precision, timeZone);
  const parts: { source: DateRangePart['source']; text: string }[] = [];
  const pieces = dateFormat(lang, precision, zone).formatRangeToParts(
    instantOf(start.wall, zone),
    instantOf(end.wall, zone),
  );
  for (const { source, value } of pieces) {
    const last = parts.at(-1);
    if (last?.source === source) last.text += value;
    else parts.push({ source, text: value });
  }
  return parts.length === 1 ? [{ source: 'startRange', text: parts[0]!.text }] : parts;
}

/**
 * A `<time>`'s `datetime`: the model's date, which HTML reads as it is, or for a time in a zone the moment
 * with the zone's offset then, `2023-07-12T14:00+02:00`.
 */
export function dateTimeAttribute(when: string, timeZone?: string): string {
  const date = read(when);
  if (date?.precision !== TIME || timeZone === undefined) return when;
  return `${when}${offsetFor(date.wall, timeZone).text}`;
}
