import { LitElement, type PropertyValues } from 'lit';
import { property } from 'lit/decorators.js';
import { LocalizeController } from '../localize/localize-controller.js';
import type { Article } from '../model/types.js';
import type { ThemeName } from '../styles/palettes.js';
import { ArticleController } from './article-controller.js';
import { DirectionController } from './direction-controller.js';
import { ThemeController } from './theme-controller.js';

export type { GlossaErrorDetail, GlossaErrorEvent } from './events/glossa-error.js';
export type { GlossaReadyDetail, GlossaReadyEvent } from './events/glossa-ready.js';

/**
 * An element that finds its article: the `article` property, an inline JSON script, `src`, `for`, or
 * the nearest `<glossa-article>`, in that order. The article is validated, and the outcome announced.
 *
 * @fires glossa-ready - The article is valid and shown. `detail.article` is the validated article.
 * @fires glossa-error - The article cannot be shown. `detail.error` says why and, for an invalid model, where.
 */
export abstract class ArticleElement extends LitElement {
  /**
   * The article model, as an object (or JSON text). Takes precedence over every other way of giving
   * one. Validated on assignment; assign a new object to change it.
   */
  @property({ attribute: false }) article: unknown;

  /** URL of the article JSON. The same URL is fetched once per page, however many widgets use it. */
  @property({ reflect: true }) src: string | undefined;

  /** The id of a `<glossa-article>` elsewhere on the page to take the article from. */
  @property({ reflect: true }) for: string | undefined;

  /**
   * `light`, `dark`, `auto` (follows the reader's `prefers-color-scheme`) or `contrast`. Also read from
   * the closest ancestor that has a `theme` attribute, so one attribute can theme a whole page.
   */
  @property({ reflect: true }) theme: ThemeName | undefined;

  /** The parser gave the element a declarative shadow root: its HTML came from a server (`glossa render`). */
  readonly #serverRendered = this.shadowRoot !== null;

  /**
   * True during the first render of a server-rendered element, which hydrates the server's HTML in place
   * and so must render exactly what the server did: nothing only the browser knows (stored progress,
   * the address's fragment) may show in it. Such state is applied in the next update.
   */
  protected get hydrating(): boolean {
    return this.#serverRendered && !this.hasUpdated;
  }

  protected readonly localize = new LocalizeController(this);
  protected readonly articleController = new ArticleController(this);
  readonly #internals = this.attachInternals();
  protected readonly themeController = new ThemeController(this, this.#internals);
  protected readonly directionController = new DirectionController(this, this.#internals);

  /** The validated article once it is ready. */
  get validArticle(): Article | undefined {
    const state = this.articleController.articleState;
    return state.status === 'ready' ? state.article : undefined;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('article') || changed.has('src') || changed.has('for')) this.articleController.invalidate();
    this.articleController.resolveIfStale();
  }
}
