import type { ArticleIssue } from '../model/issues.js';
import type { ParseResult } from '../model/parse.js';
import type { Article } from '../model/types.js';

/** Why an element has no article to show. */
export type ArticleLoadError =
  | { readonly kind: 'invalid'; readonly issues: readonly ArticleIssue[]; readonly url?: string }
  | { readonly kind: 'http'; readonly url: string; readonly status: number }
  | { readonly kind: 'network' | 'timeout' | 'aborted' | 'bad-url'; readonly url: string }
  /** The address answered with something other than JSON: a page, or text cut short (`issues` says where it breaks). */
  | { readonly kind: 'not-json'; readonly url: string; readonly issues?: readonly ArticleIssue[] }
  | { readonly kind: 'no-source' }
  | { readonly kind: 'missing-provider'; readonly id: string };

export type ArticleState =
  | { readonly status: 'loading' }
  /** No article was given to an element that can do without one, such as a quiz written in HTML. */
  | { readonly status: 'none' }
  | { readonly status: 'ready'; readonly article: Article }
  | { readonly status: 'error'; readonly error: ArticleLoadError };

export const LOADING: ArticleState = { status: 'loading' };
export const NONE: ArticleState = { status: 'none' };

export function stateFromParse(result: ParseResult, url?: string): ArticleState {
  if (result.ok) return { status: 'ready', article: result.article };
  return { status: 'error', error: { kind: 'invalid', issues: result.issues, ...(url !== undefined && { url }) } };
}

/**
 * Problems on the way can pass: the network, the server, and an answer that is not JSON, which is most
 * often a CMS's or proxy's error page, or a download cut short. A valid JSON document that is not a valid
 * article, a bad address or a missing provider needs an author to fix the page.
 */
export function isRetryable(error: ArticleLoadError): boolean {
  return ['http', 'network', 'timeout', 'aborted', 'not-json'].includes(error.kind);
}

/** Something that hands out an article and tells when it changes: a URL being fetched, or a provider element. */
export interface ArticleSource {
  readonly articleState: ArticleState;
  /** Calls `listener` on every later change of `articleState`; returns the unsubscribe function. */
  subscribe(listener: () => void): () => void;
  retry(): void;
}
