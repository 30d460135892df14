import * as v from 'valibot';

const ID_PATTERN = /^[A-Za-z][\w-]*$/;
/** `<` followed by what could open a tag, a comment or a processing instruction. */
const MARKUP_PATTERN = /<[A-Za-z!/?]/;

/** Where the answer goes in the prompt of a fill-in-the-blank question. */
export const BLANK = '___';

/** An identifier, usable in a URL fragment and an HTML `id`. */
export const Id = v.pipe(v.string(), v.regex(ID_PATTERN, 'must be an id: a letter, then letters, digits, "-" or "_"'));

function looksLikeMarkup(text: string): boolean {
  return MARKUP_PATTERN.test(text);
}

/**
 * A character that shows: not whitespace, a format or control character (zero-width spaces, bidi
 * marks, tags), a default-ignorable one (variation selectors, Hangul fillers), nor the blank Braille
 * cell, which Unicode counts as a symbol but which shows as a space.
 */
const VISIBLE_PATTERN = /[^\p{White_Space}\p{Default_Ignorable_Code_Point}\p{Cf}\p{Cc}\u2800]/u;

/** Why `text` shows nothing, in the words of the issue; spaces are named as such, being what people type. */
function emptyTextMessage(text: string): string {
  if (text === '') return 'must not be empty';
  return text.trim() === ''
    ? 'must not be empty (it holds only spaces)'
    : 'must not be empty (it holds only invisible characters)';
}

/**
 * Text shown to readers: it must show something, and it is always rendered as text, so markup is
 * refused rather than shown as tags.
 */
export const Text = v.pipe(
  v.string(),
  v.check(
    (text) => VISIBLE_PATTERN.test(text),
    (issue) => emptyTextMessage(issue.input),
  ),
  v.check((text) => !looksLikeMarkup(text), 'must be plain text, not HTML (it contains a tag such as "<b>")'),
);

/**
 * Two pages on different sites: a relative URL is one that stays on the origin of whichever page it is on,
 * so a URL that names its own host (`//evil.example/x`) is not relative, whatever the host is.
 */
const PAGES = [new URL('https://a.glossa.invalid/'), new URL('https://b.glossa.invalid/')];

function parseUrl(url: string, base?: URL): URL | undefined {
  try {
    return new URL(url, base);
  } catch {
    return undefined;
  }
}

/**
 * Only http(s) and relative URLs reach the page: other schemes (`javascript:`, `data:`) can run code or
 * smuggle content. The URL is read as browsers read it, by the WHATWG URL parser, not by a pattern: an
 * absolute URL must be http(s), and a relative one must stay on the page's origin. That refuses the
 * backslash spellings browsers read as another host (`\\evil.example\x`, `/\evil.example`) and
 * protocol-relative URLs (`//evil.example/x`): a link to another site spells out its scheme. Whitespace and
 * control characters are refused because browsers drop them silently, so what loads is not what was written.
 * Node and browsers share this one check: the schema, the widgets and `glossa render` all use it.
 */
export function isSafeUrl(url: string): boolean {
  // eslint-disable-next-line no-control-regex -- finding control characters is the point
  if (url.length === 0 || /[\u0000-\u0020\u007f]/.test(url)) return false;
  const absolute = parseUrl(url);
  if (absolute) return absolute.protocol === 'http:' || absolute.protocol === 'https:';
  return PAGES.every((page) => parseUrl(url, page)?.origin === page.origin);
}

export const Url = v.pipe(
  v.string(),
  v.check(isSafeUrl, 'must be an http(s) or relative URL without spaces (a link to another site starts with https://)'),
);

/**
 * A model date's spelling, its parts captured (year, month, day, hour, minute) for whoever reads one: the
 * schema checks dates with it and the widgets format them from it, so the two cannot disagree.
 */
export const PARTIAL_DATE_PATTERN = /^(\d{4})(?:-(\d{2})(?:-(\d{2})(?:T([01]\d|2[0-3]):([0-5]\d))?)?)?$/;

function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** `2022`, `2022-01`, `2022-01-05` or `2022-01-05T14:30`: a date as precise as the source is. */
export function isPartialDate(value: string): boolean {
  const match = PARTIAL_DATE_PATTERN.exec(value);
  if (!match) return false;
  const [, year, month, day] = match;
  if (month === undefined) return true;
  const monthNumber = Number(month);
  if (monthNumber < 1 || monthNumber > 12) return false;
  if (day === undefined) return true;
  const dayNumber = Number(day);
  return dayNumber >= 1 && dayNumber <= daysInMonth(Number(year), monthNumber);
}

export const PartialDate = v.pipe(
  v.string(),
  v.check(isPartialDate, 'must be a date such as "2022", "2022-01", "2022-01-05" or "2022-01-05T14:30"'),
);

function isLanguageTag(value: string): boolean {
  try {
    return Intl.getCanonicalLocales(value).length === 1;
  } catch {
    return false;
  }
}

export const LanguageTag = v.pipe(v.string(), v.check(isLanguageTag, 'must be a language tag such as "en" or "pt-BR"'));

/**
 * Where the article supports a claim: a paragraph (its id, or its id with the exact words that support
 * it), a figure's caption (with or without words of it), or one of the article's quotes. A bare id is
 * a paragraph's; every spelling of a paragraph comes out as `{ paragraph, quote? }`.
 */
export const Evidence = v.pipe(
  v.union(
    [
      Id,
      v.strictObject({ paragraph: Id, quote: v.optional(Text) }),
      v.strictObject({ figure: Id, quote: v.optional(Text) }),
      v.strictObject({ said: Id }),
    ],
    'must be a paragraph id, or an object { "paragraph": id, "quote": words }, { "figure": id } or { "said": quote id }',
  ),
  v.transform((evidence) => (typeof evidence === 'string' ? { paragraph: evidence } : evidence)),
);

export const EvidenceList = v.optional(v.array(Evidence));

/** A licence: its name as the licensor writes it ("CC BY 4.0"), its text's address, whom to credit. */
export const License = v.strictObject({
  name: Text,
  url: v.optional(Url),
  attribution: v.optional(Text),
});

/** An IANA time zone that this browser or Node knows, such as "Europe/Berlin". */
export function isTimeZone(value: string): boolean {
  try {
    new Intl.DateTimeFormat('en', { timeZone: value });
    return true;
  } catch {
    return false;
  }
}

export const TimeZone = v.pipe(
  v.string(),
  v.check(isTimeZone, 'must be an IANA time zone such as "Europe/Berlin" or "UTC"'),
);
