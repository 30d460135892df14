import { LitElement, type PropertyValues, type PropertyDeclarations } from 'lit';
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
  static override properties: PropertyDeclarations = {
    article: { attribute: false },
    src: { reflect: true },
    for: { reflect: true },
    theme: { reflect: true },
  };

  /**
   * The article model, as an object (or JSON text). Takes precedence over every other way of giving
   * one. Validated on assignment; assign a new object to change it.
   */
  article: unknown;

  /** URL of the article JSON. The same URL is fetched once per page, however many widgets use it. */
  src: string | undefined;

  /** The id of a `<glossa-article>` elsewhere on the page to take the article from. */
  for: string | undefined;

  /**
   * `light`, `dark`, `auto` (follows the reader's `prefers-color-scheme`) or `contrast`. Also read from
   * the closest ancestor that has a `theme` attribute, so one attribute can theme a whole page.
   */
  theme: ThemeName | undefined;

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
  }
}
