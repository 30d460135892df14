import type { ArticleIssue } from './issues.js';

/**
 * The largest article Glossa takes. Past these a page would freeze while validating and rendering, so
 * a model is refused with a message that names the limit instead.
 */
export const LIMITS = {
  /** JSON text, in UTF-16 code units (about bytes for the mostly-ASCII text of articles). */
  textLength: 5 * 1024 * 1024,
  paragraphs: 10_000,
  entities: 5_000,
  figures: 1_000,
  quotes: 5_000,
  timeline: 2_000,
  questions: 2_000,
} as const;

const megabytes = (length: number, fractionDigits: number) =>
  `${(length / 1024 / 1024).toLocaleString('en', { maximumFractionDigits: fractionDigits })} MB`;

/**
 * `length` in MB with as few decimals as tell it from `limit` ("5.04 MB", not "5 MB", past a limit of
 * 5 MB). Twenty decimals, the most `toLocaleString` takes everywhere, tell apart any two lengths.
 */
function megabytesBeside(length: number, limit: number): string {
  let fractionDigits = 1;
  while (fractionDigits < 20 && megabytes(length, fractionDigits) === megabytes(limit, fractionDigits))
    fractionDigits += 1;
  return megabytes(length, fractionDigits);
}

/** The issue for JSON text of `length` units (or bytes, for a download not yet read), when past the limit. */
export function checkTextLength(length: number): ArticleIssue | undefined {
  if (length <= LIMITS.textLength) return undefined;
  const limit = megabytes(LIMITS.textLength, 1);
  return { path: '', message: `is ${megabytesBeside(length, LIMITS.textLength)} of JSON; the limit is ${limit}` };
}

function lengthOf(value: unknown): number {
  return Array.isArray(value) ? value.length : 0;
}

/** Counts the collections before anything walks them, so an oversized one costs nothing. */
export function checkCollectionSizes(input: object): ArticleIssue[] {
  const article = input as Record<string, unknown>;
  const quiz = article['quiz'] as Record<string, unknown> | undefined;
  const collections: [string, unknown, number][] = [
    ['paragraphs', article['paragraphs'], LIMITS.paragraphs],
    ['entities', article['entities'], LIMITS.entities],
    ['figures', article['figures'], LIMITS.figures],
    ['quotes', article['quotes'], LIMITS.quotes],
    ['timeline', article['timeline'], LIMITS.timeline],
    ['quiz.questions', typeof quiz === 'object' && quiz !== null ? quiz['questions'] : undefined, LIMITS.questions],
  ];
  return collections
    .filter(([, value, limit]) => lengthOf(value) > limit)
    .map(([path, value, limit]) => ({
      path,
      message: `has ${lengthOf(value).toLocaleString('en')} items; the limit is ${limit.toLocaleString('en')}`,
    }));
}
