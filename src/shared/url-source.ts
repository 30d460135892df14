import { checkTextLength } from '../model/limits.js';
import { parseArticle } from '../model/parse.js';
import { isSafeUrl } from '../model/primitives.js';
import { LOADING, stateFromParse, type ArticleSource, type ArticleState } from './article-state.js';

/** How long a fetch may take before the reader is offered a retry. */
export const FETCH_TIMEOUT_MS = 15_000;

const JSON_CONTENT_TYPE = /^application\/([\w.+-]+\+)?json\b/i;

function failureKind(error: unknown): 'timeout' | 'aborted' | 'network' {
  const name = (error as Error | undefined)?.name;
  return name === 'TimeoutError' ? 'timeout' : name === 'AbortError' ? 'aborted' : 'network';
}

function isJson(text: string): boolean {
  try {
    JSON.parse(text);
    return true;
  } catch {
    return false;
  }
}

/** `cache` is `reload` for a retry, so a page cached by the browser is not served again in place of the article. */
async function fetchArticle(url: string, cache: RequestCache): Promise<ArticleState> {
  let response: Response;
  try {
    response = await fetch(url, {
      headers: { accept: 'application/json' },
      cache,
      signal: AbortSignal.timeout(FETCH_TIMEOUT_MS),
    });
  } catch (error) {
    return { status: 'error', error: { kind: failureKind(error), url } };
  }
  if (!response.ok) return { status: 'error', error: { kind: 'http', url, status: response.status } };
  const contentType = response.headers.get('content-type');
  if (contentType !== null && !JSON_CONTENT_TYPE.test(contentType)) {
    return { status: 'error', error: { kind: 'not-json', url } };
  }
  // A download announced as too large is refused before it is read; the text is checked again once read.
  const tooLarge = checkTextLength(Number(response.headers.get('content-length') ?? 0));
  if (tooLarge) return { status: 'error', error: { kind: 'invalid', issues: [tooLarge], url } };
  let text: string;
  try {
    text = await response.text();
  } catch (error) {
    return { status: 'error', error: { kind: failureKind(error), url } };
  }
  const result = parseArticle(text);
  // Text that does not parse at all was most likely cut short or replaced on the way, so it is worth a retry.
  if (!result.ok && !isJson(text)) return { status: 'error', error: { kind: 'not-json', url, issues: result.issues } };
  return stateFromParse(result, url);
}

/** One URL's article, fetched once however many elements on the page use it. */
class UrlSource implements ArticleSource {
  articleState: ArticleState = LOADING;
  readonly #listeners = new Set<() => void>();
  #started = false;

  constructor(readonly url: string) {}

  subscribe(listener: () => void): () => void {
    this.#listeners.add(listener);
    if (!this.#started) {
      this.#started = true;
      void this.#load('default');
    }
    return () => this.#listeners.delete(listener);
  }

  retry(): void {
    if (this.articleState.status === 'error') void this.#load('reload');
  }

  async #load(cache: RequestCache): Promise<void> {
    this.#set(LOADING);
    this.#set(await fetchArticle(this.url, cache));
  }

  #set(state: ArticleState): void {
    if (state === this.articleState) return;
    this.articleState = state;
    for (const listener of this.#listeners) listener();
  }
}

/**
 * Kept on `globalThis` so that two copies of Glossa on one page (say, two CMS plugins) still fetch
 * each URL once.
 */
const sources: Map<string, UrlSource> = ((globalThis as Record<symbol, unknown>)[Symbol.for('glossa.url-sources')] ??=
  new Map()) as Map<string, UrlSource>;

/** The address `src` loads from on a page at `base`, when both it and `src` pass the model's URL check. */
function resolveUrl(src: string, base: string): string | undefined {
  if (!isSafeUrl(src)) return undefined;
  try {
    const { href } = new URL(src, base);
    return isSafeUrl(href) ? href : undefined;
  } catch {
    return undefined;
  }
}

/** The shared source for `src`, or `undefined` when `src` is not an http(s) or relative URL. */
export function urlSource(src: string, base: string): ArticleSource | undefined {
  const url = resolveUrl(src, base);
  if (url === undefined) return undefined;
  let source = sources.get(url);
  if (!source) {
    source = new UrlSource(url);
    sources.set(url, source);
  }
  return source;
}
