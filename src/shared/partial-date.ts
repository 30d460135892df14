const PARTS = /^(\d{4})(?:-(\d{2})(?:-(\d{2})(?:T(\d{2}):(\d{2}))?)?)?$/;

/** Formatting options matching how precise the date is, so "2022-01" reads "January 2022", not "1 January". */
function optionsFor(match: RegExpExecArray): Intl.DateTimeFormatOptions {
  const [, , month, day, hour] = match;
  if (hour !== undefined) return { dateStyle: 'long', timeStyle: 'short' };
  if (day !== undefined) return { dateStyle: 'long' };
  if (month !== undefined) return { year: 'numeric', month: 'long' };
  return { year: 'numeric' };
}

/** A model date (`2022`, `2022-01`, `2022-01-11`, `2022-01-11T14:30`) in the reader's language. */
export function formatPartialDate(when: string, lang: string): string {
  const match = PARTS.exec(when);
  if (!match) return when;
  const [, year, month = '1', day = '1', hour = '0', minute = '0'] = match;
  const date = new Date(Date.UTC(2000, Number(month) - 1, Number(day), Number(hour), Number(minute)));
  date.setUTCFullYear(Number(year)); // Date.UTC reads years below 100 as 19xx.
  // The model's dates have no zone: formatting in UTC keeps them on the day the source gives.
  return new Intl.DateTimeFormat(lang, { ...optionsFor(match), timeZone: 'UTC' }).format(date);
}
