import { LitElement, type PropertyValues } from 'lit';
import { LocalizeController } from '../localize/localize-controller.js';
import type { Translation } from '../localize/translation.js';
import type { Article, ArticleInput } from '../model/types.js';
import type { ThemeName } from '../styles/palettes.js';
import { ArticleController } from './article-controller.js';
import { PageContextController } from './page-context-controller.js';
import { property } from './reactive.js';

export type { GlossaErrorDetail, GlossaErrorEvent } from './events/glossa-error.js';
export type { GlossaReadyDetail, GlossaReadyEvent } from './events/glossa-ready.js';

/**
 * An element that finds its article: the `article` property, an inline JSON script, `src`, `for`, or
 * the nearest `<glossa-article>`, in that order. The article is validated, and the outcome announced.
 *
 * @fires glossa-ready - The article is valid and shown. `detail.article` is the validated article.
 * @fires glossa-error - The article cannot be shown. `detail.error` says why and, for an invalid model, where.
 *
 * @cssprop [--glossa-font-family=inherit] - Text font; the page's font unless set.
 * @cssprop [--glossa-font-family-heading=var(--glossa-font-family)] - Heading font.
 * @cssprop [--glossa-font-family-mono=ui-monospace, monospace] - Font for JSON paths in error messages.
 * @cssprop [--glossa-font-size=1rem] - Body text size.
 * @cssprop [--glossa-font-size-small=0.875rem] - Captions, evidence and secondary text.
 * @cssprop [--glossa-font-size-large=1.25rem] - Section headings and the dek.
 * @cssprop [--glossa-font-size-display=2rem] - Titles and key-fact figures.
 * @cssprop [--glossa-line-height=1.5] - Line height of body text.
 * @cssprop [--glossa-space-xs=0.25rem] - The smallest gap.
 * @cssprop [--glossa-space-s=0.5rem] - A small gap.
 * @cssprop [--glossa-space-m=1rem] - The usual gap between blocks.
 * @cssprop [--glossa-space-l=1.5rem] - Padding of cards.
 * @cssprop [--glossa-radius=0.5rem] - Corner radius of cards and controls.
 * @cssprop [--glossa-border-width=1px] - Width of borders.
 * @cssprop [--glossa-focus-ring-width=3px] - Width of the focus outline.
 * @cssprop [--glossa-color-text=#1f2328] - Text colour (dark theme: #e6edf3; contrast: #000000).
 * @cssprop [--glossa-color-muted=#59636e] - Secondary text (dark: #9aa3ad; contrast: #2b2b2b).
 * @cssprop [--glossa-color-surface=#ffffff] - Background (dark: #0d1117; contrast: #ffffff).
 * @cssprop [--glossa-color-surface-raised=#f6f8fa] - Background of raised blocks such as key facts (dark: #161b22).
 * @cssprop [--glossa-color-border=#818b98] - Borders of cards and controls (dark: #6e7681; contrast: #000000).
 * @cssprop [--glossa-color-accent=#0b5cad] - Links, buttons and highlights (dark: #58a6ff; contrast: #0000c8).
 * @cssprop [--glossa-color-accent-text=#ffffff] - Text on the accent colour (dark: #0d1117).
 * @cssprop [--glossa-color-correct=#1a7f37] - Right answers (dark: #3fb950; contrast: #005c00).
 * @cssprop [--glossa-color-incorrect=#b42318] - Wrong answers and errors (dark: #ff7b72; contrast: #a00000).
 * @cssprop [--glossa-color-focus-ring=#1a73e8] - The focus outline (dark: #79c0ff; contrast: #c43c00).
 * @cssprop [--glossa-color-scheme=light] - `light` or `dark`: how the browser draws native controls and scrollbars.
 * @cssprop [--glossa-shadow=0 1px 3px rgb(0 0 0 / 0.12)] - Shadow of floating cards.
 */
export abstract class ArticleElement extends LitElement {
  /**
   * The article model, as an object (or JSON text). Takes precedence over every other way of giving
   * one. Validated on assignment; assign a new object to change it.
   */
  @property({ attribute: false })
  article: ArticleInput | string | undefined;

  /** URL of the article JSON. The same URL is fetched once per page, however many widgets use it. */
  @property({ reflect: true })
  src: string | undefined;

  /** The id of a `<glossa-article>` elsewhere on the page to take the article from. */
  @property({ reflect: true })
  for: string | undefined;

  /**
   * `light`, `dark`, `auto` (follows the reader's `prefers-color-scheme`) or `contrast`. Also read from
   * the closest ancestor that has a `theme` attribute, so one attribute can theme a whole page.
   */
  @property({ reflect: true })
  theme: ThemeName | undefined;

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

  /**
   * The English strings the element shows beyond the common ones (`enCommon`), the fallback of every
   * other language: each widget names its part of `en.ts`, so a page ships only the strings it uses.
   */
  protected static english: Partial<Translation> | undefined;

  protected readonly localize = new LocalizeController(this, (this.constructor as typeof ArticleElement).english);
  protected readonly articleController = new ArticleController(this);

  constructor() {
    super();
    // Registered with the element, the controller keeps its theme and direction states on its own.
    new PageContextController(this, this.attachInternals(), () => this.validArticle?.lang);
  }

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
