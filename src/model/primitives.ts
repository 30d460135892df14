import * as v from 'valibot';
import type { DescriptionKey } from './descriptions.js';

const ID_PATTERN = /^[A-Za-z][\w-]*$/;
/** `<` followed by what could open a tag, a comment or a processing instruction. */
const MARKUP_PATTERN = /<[A-Za-z!/?]/;
const SCHEME_PATTERN = /^([A-Za-z][A-Za-z\d+.-]*):/;
const PARTIAL_DATE_PATTERN = /^(\d{4})(?:-(\d{2})(?:-(\d{2})(?:T([01]\d|2[0-3]):[0-5]\d)?)?)?$/;

/** An identifier, usable in a URL fragment and an HTML `id`. */
export const Id = v.pipe(
  v.string(),
  v.regex(ID_PATTERN, 'must be an id: a letter, then letters, digits, "-" or "_"'),
);

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
  return text.trim() === '' ? 'must not be empty (it holds only spaces)' : 'must not be empty (it holds only invisible characters)';
}

/**
 * Text shown to readers: it must show something, and it is always rendered as text, so markup is
 * refused rather than shown as tags.
 */
export const Text = v.pipe(
  v.string(),
  v.check((text) => VISIBLE_PATTERN.test(text), (issue) => emptyTextMessage(issue.input)),
  v.check((text) => !looksLikeMarkup(text), 'must be plain text, not HTML (it contains a tag such as "<b>")'),
);

/**
 * Only http(s) and relative URLs reach the page: other schemes (`javascript:`, `data:`) can run code or
 * smuggle content. Whitespace and control characters are refused because browsers strip them before
 * reading the scheme.
 */
export function isSafeUrl(url: string): boolean {
  if (url.length === 0 || /[\u0000-\u0020\u007f]/.test(url)) return false;
  const scheme = SCHEME_PATTERN.exec(url)?.[1]?.toLowerCase();
  return scheme === undefined || scheme === 'http' || scheme === 'https';
}

export const Url = v.pipe(
  v.string(),
  v.check(isSafeUrl, 'must be an http(s) or relative URL without spaces'),
);

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

export const LanguageTag = v.pipe(
  v.string(),
  v.check(isLanguageTag, 'must be a language tag such as "en" or "pt-BR"'),
);

/**
 * Where the article supports a claim: a paragraph id, or a paragraph id with the exact words that
 * support it. Both spellings come out as `{ paragraph, quote? }`.
 */
export const Evidence = v.pipe(
  v.union(
    [
      v.pipe(Id, v.description('evidenceParagraph' satisfies DescriptionKey)),
      v.strictObject({
        paragraph: v.pipe(Id, v.description('evidenceParagraph' satisfies DescriptionKey)),
        quote: v.optional(
          v.pipe(Text, v.description('evidenceQuote' satisfies DescriptionKey)),
        ),
      }),
    ],
    'must be a paragraph id or an object { "paragraph": id, "quote": words }',
  ),
  v.transform((evidence) => (typeof evidence === 'string' ? { paragraph: evidence } : evidence)),
);

export const EvidenceList = v.optional(
  v.pipe(
    v.array(Evidence),
    v.description('evidenceList' satisfies DescriptionKey),
  ),
);
