import * as v from 'valibot';
import { describeIssue, fromValibotIssue, type ArticleIssue } from './issues.js';
import { withoutByteOrderMark } from './json-text.js';
import { checkCollectionSizes, checkTextLength } from './limits.js';
import { checkReferences } from './rules.js';
import { ArticleSchema } from './schema.js';
import type { Article } from './types.js';

export type ParseResult =
  { readonly ok: true; readonly article: Article } | { readonly ok: false; readonly issues: readonly ArticleIssue[] };

const parsed = new WeakMap<object, ParseResult>();

function parseValue(input: unknown): ParseResult {
  if (Array.isArray(input)) return { ok: false, issues: [{ path: '', message: 'must be an object (got a list)' }] };
  const oversized = typeof input === 'object' && input !== null ? checkCollectionSizes(input) : [];
  if (oversized.length > 0) return { ok: false, issues: oversized };
  const result = v.safeParse(ArticleSchema, input, { abortEarly: false, message: describeIssue });
  if (!result.success) return { ok: false, issues: result.issues.map(fromValibotIssue) };
  const issues = checkReferences(result.output);
  return issues.length > 0 ? { ok: false, issues } : { ok: true, article: result.output };
}

/**
 * Validates an article model: a parsed JSON value or JSON text (a leading byte-order mark is ignored).
 * Never throws; returns either the typed article or every issue found, each with its JSON path. Models
 * past the `LIMITS` are refused unread. Results for objects are remembered, so widgets sharing one
 * article object validate it once.
 */
export function parseArticle(input: unknown): ParseResult {
  if (typeof input === 'string') {
    const text = withoutByteOrderMark(input);
    const tooLong = checkTextLength(text.length);
    if (tooLong) return { ok: false, issues: [tooLong] };
    let value: unknown;
    try {
      value = JSON.parse(text);
    } catch (error) {
      return { ok: false, issues: [{ path: '', message: `is not valid JSON: ${(error as Error).message}` }] };
    }
    return parseArticle(value);
  }
  if (typeof input !== 'object' || input === null) return parseValue(input);
  let result = parsed.get(input);
  if (!result) {
    result = parseValue(input);
    parsed.set(input, result);
    if (result.ok) parsed.set(result.article, result);
  }
  return result;
}
