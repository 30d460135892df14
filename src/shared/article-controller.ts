import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { parseArticle } from '../model/parse.js';
import { LOADING, NONE, stateFromParse, type ArticleSource, type ArticleState } from './article-state.js';
import { cached } from './cached.js';
import { closestComposed } from './composed-tree.js';
import { emit } from './emit.js';
import { watchIds, type IdRoot } from './id-watch.js';
import { parsedPast } from './parsed-past.js';
import { urlSource } from './url-source.js';

export const PROVIDER_TAG = 'glossa-article';

/** What the controller reads from its element: the ways an article can be given. */
export interface ArticleHost extends ReactiveControllerHost, HTMLElement {
  article: unknown;
  src: string | undefined;
  for: string | undefined;
  /** True when the element can work without an article: then finding none is not an error. */
  readonly articleOptional?: boolean;
}

/** Articles given as objects, checked once each however many widgets show one (a page of quizzes shares it). */
const checkedObjects = new WeakMap<object, ArticleState>();
/** The last article given otherwise: widgets rendered on a server each carry the same inline JSON text. */
let lastChecked: { readonly input: unknown; readonly state: ArticleState } | undefined;

/** An article given inline, as a property or a script's JSON, checked once for the page. */
function inlineState(input: unknown): ArticleState {
  const check = () => stateFromParse(parseArticle(input));
  if (typeof input === 'object' && input) return cached(checkedObjects, input, check);
  if (lastChecked?.input !== input) lastChecked = { input, state: check() };
  return lastChecked!.state;
}

function isProvider(element: Element | null): element is Element & ArticleSource {
  return element !== null && typeof (element as Partial<ArticleSource>).subscribe === 'function';
}

/**
 * Finds an element's article, in the order the design gives: the `article` property, an inline JSON
 * script, `src`, `for`, then the nearest `<glossa-article>` ancestor. Keeps `articleState` current,
 * re-renders the element, and fires `glossa-ready` or `glossa-error` after each render that changed it.
 */
export class ArticleController implements ReactiveController {
  articleState: ArticleState = LOADING;
  readonly #host: ArticleHost;
  #source: ArticleSource | undefined;
  #unsubscribe: (() => void) | undefined;
  /**
   * Stops waiting for the parser to read past the element, or for the `for` provider to appear; once
   * either has happened, the source is found again from the start.
   */
  #unwatch: (() => void) | undefined;
  /** The last inline article read and its state, so that reading it again (the element moved) announces nothing new. */
  /** Bumped on each resolve, so a late answer for an old source is ignored. */
  #generation = 0;
  #stale = true;
  #announced: ArticleState | undefined;

  constructor(host: ArticleHost) {
    this.#host = host;
    host.addController(this);
  }

  /** Finds the source again before the next render; call when `article`, `src` or `for` changes. */
  invalidate(): void {
    this.#stale = true;
    this.#host.requestUpdate();
  }

  retry(): void {
    if (this.#source) this.#source.retry();
    else this.invalidate();
  }

  hostConnected(): void {
    this.invalidate();
  }

  hostDisconnected(): void {
    this.#detach();
    this.#stale = true;
  }

  hostUpdate(): void {
    this.resolveIfStale();
  }

  /**
   * Finds the source now when it changed. Also called from the host's `willUpdate`, because a server
   * renderer (`@lit-labs/ssr`) calls `willUpdate` and `render` but skips controllers' `hostUpdate`.
   */
  resolveIfStale(): void {
    if (this.#stale) {
      this.#stale = false;
      this.#resolve();
    }
  }

  hostUpdated(): void {
    const state = this.articleState;
    if (state === this.#announced || state.status === 'loading' || state.status === 'none') return;
    this.#announced = state;
    if (state.status === 'ready') emit(this.#host, 'glossa-ready', { article: state.article });
    else emit(this.#host, 'glossa-error', { error: state.error });
  }

  #resolve(): void {
    this.#detach();
    const generation = ++this.#generation;
    const host = this.#host;
    if (host.article !== undefined && host.article !== null) {
      return this.#set(inlineState(host.article));
    }
    // An element the parser is still reading may yet get its inline article, which comes before `src` and `for`.
    if (!parsedPast(host)) {
      const again = () => generation === this.#generation && parsedPast(host) && this.invalidate();
      this.#unwatch = watchIds([document], again);
      document.addEventListener('DOMContentLoaded', again, { once: true });
      return this.#set(LOADING);
    }
    const script = host.querySelector(':scope > script[type="application/json"]');
    if (script) return this.#set(inlineState(script.textContent ?? ''));
    if (host.src) {
      const source = urlSource(host.src, host.baseURI);
      if (!source) return this.#set({ status: 'error', error: { kind: 'bad-url', url: host.src } });
      return this.#follow(source);
    }
    if (host.for) return this.#followById(host.for, generation);
    const ancestor = host.parentNode && closestComposed(host.parentNode, (el) => el.localName === PROVIDER_TAG);
    if (ancestor) return void this.#followElement(ancestor, generation);
    this.#set(host.articleOptional ? NONE : { status: 'error', error: { kind: 'no-source' } });
  }

  /**
   * A provider missing from the page may be added later (a CMS block rendered after the widget), so the
   * widget keeps watching for it. It says the provider is missing once the page is parsed, so an editor
   * sees the mistake, and shows the article as soon as the provider appears.
   */
  #followById(id: string, generation: number): void {
    const host = this.#host;
    // Rendered while detached: nothing to look in, and a watch would outlive the element; connecting resolves again.
    if (!host.isConnected) return;
    const root = host.getRootNode() as IdRoot;
    const roots = root === document ? [document] : [root, document];
    const findProvider = () =>
      roots
        .map((candidate) => candidate.getElementById(id))
        .find((element) => element !== null && element !== host && element.localName === PROVIDER_TAG);
    const provider = findProvider();
    if (provider) return void this.#followElement(provider, generation);
    this.#unwatch = watchIds(roots, () => {
      if (findProvider()) this.invalidate();
    });
    const missing: ArticleState = { status: 'error', error: { kind: 'missing-provider', id } };
    if (document.readyState !== 'loading') return this.#set(missing);
    // The provider may still be further down the page the parser is reading.
    this.#set(LOADING);
    document.addEventListener(
      'DOMContentLoaded',
      () => {
        if (generation === this.#generation) this.#set(missing);
      },
      { once: true },
    );
  }

  /** A provider that is not upgraded yet (its definition loads later) is waited for. */
  async #followElement(element: Element, generation: number): Promise<void> {
    this.#set(LOADING);
    if (!isProvider(element)) await customElements.whenDefined(PROVIDER_TAG);
    if (generation !== this.#generation || !isProvider(element)) return;
    this.#follow(element);
  }

  #follow(source: ArticleSource): void {
    this.#source = source;
    this.#unsubscribe = source.subscribe(() => this.#set(source.articleState));
    this.#set(source.articleState);
  }

  #detach(): void {
    this.#unwatch?.();
    this.#unwatch = undefined;
    this.#unsubscribe?.();
    this.#unsubscribe = undefined;
    this.#source = undefined;
  }

  #set(state: ArticleState): void {
    if (state === this.articleState) return;
    this.articleState = state;
    this.#host.requestUpdate();
  }
}
