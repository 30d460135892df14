import { adoptStyles, html, nothing, type CSSResultGroup, type TemplateResult } from 'lit';
import type { Article, Evidence } from '../model/types.js';
import { ArticleElement } from './article-element.js';
import type { ArticleLoadError } from './article-state.js';
import { renderEvidence, type EvidenceWording } from './evidence-view.js';
import { renderLoadError } from './load-error-view.js';
import { glossaWidgetStyles } from './glossa-widget.styles.js';
import type { HeadingLevel } from './heading.js';
import { property } from './reactive.js';
import { inTurn } from './render-turns.js';
import { WayBackController } from './way-back-controller.js';

export type { GlossaEvidenceDetail, GlossaEvidenceEvent } from './events/glossa-evidence.js';

/**
 * What every Glossa widget shares: it shows its article once ready, a reserved space while it loads,
 * and a readable error, with the path of each problem, when it cannot.
 *
 * @csspart loading - The space held while the article loads.
 * @csspart error - The message shown when the article cannot be shown.
 * @csspart error-title - The first line of the error message.
 * @csspart error-message - What went wrong.
 * @csspart error-url - The address that was asked for, when there is one.
 * @csspart error-issues - The list of problems in an invalid article.
 * @csspart error-issue - One problem: its path and message.
 * @csspart error-path - The JSON path of a problem, e.g. `quiz.questions[3].answer`.
 * @csspart error-more - How many further problems are not listed.
 * @csspart retry-button - The button that fetches the article again after a network problem.
 * @csspart evidence - "In the article:" and the evidence links of a claim.
 * @csspart evidence-link - A link (or, without `evidence-href`, a button) to a supporting paragraph.
 * @csspart way-back - The box, at the foot of the screen, that holds the way back after an evidence link.
 * @csspart way-back-button - "Back to where you were": focus returns to the evidence link last followed.
 *
 * @fires glossa-evidence - A reader followed an evidence link. Cancel it to keep a link from navigating.
 *
 * @cssprop [--glossa-loading-block-size=12rem] - Height reserved while the article loads, so the page does not jump.
 */
export abstract class GlossaWidget extends ArticleElement {
  static override styles: CSSResultGroup = glossaWidgetStyles;

  /**
   * The host page's anchor for a paragraph, for evidence links: `{n}` is the paragraph's number,
   * `{id}` its id, e.g. `#p{n}`. Without it, evidence shows as buttons that fire `glossa-evidence`; so
   * does a paragraph whose link would not be an http(s) or relative URL (`javascript:…`).
   */
  @property({ attribute: 'evidence-href' })
  evidenceHref: string | undefined;

  /** Hide the "In the article: paragraph 4" evidence of each claim. */
  @property({ attribute: 'hide-evidence', type: Boolean, reflect: true })
  hideEvidence = false;

  /**
   * The level of the widget's heading, 2–6, so it fits the page's outline: its title, or "Timeline",
   * "Who's who"; what it heads (sections, groups, the quiz's results) is one level below.
   */
  @property({ attribute: 'heading-level', type: Number })
  headingLevel: HeadingLevel = 2;

  /**
   * The first render takes its turn (see inTurn), so that a page of many widgets paints as it goes. A
   * hydrating one does not: the server's HTML is already on screen, and waiting would only keep it
   * from answering a click.
   */
  protected override scheduleUpdate(): void | Promise<unknown> {
    if (this.hasUpdated || this.hydrating) return super.scheduleUpdate();
    return inTurn(() => {
      adoptStyles(this.renderRoot as ShadowRoot, (this.constructor as typeof GlossaWidget).elementStyles);
      void super.scheduleUpdate();
    });
  }

  /**
   * The shadow root gets its styles with the first render, not before: they make the host a block,
   * and Chromium takes a time quadratic in their number to turn hundreds of inline hosts, between the
   * page's whitespace, into blocks at once (0.23 s for 1,000 quizzes, 0.95 s for 2,000 empty tags),
   * before it can paint the first; a few at a time, as they render, cost less. A waiting widget stays
   * as its tag was before its definition: empty and inline.
   */
  protected override createRenderRoot(): HTMLElement | DocumentFragment {
    if (this.hydrating) return super.createRenderRoot();
    // eslint-disable-next-line wc/attach-shadow-constructor -- where Lit attaches it too, on first connection
    return this.attachShadow((this.constructor as typeof GlossaWidget).shadowRootOptions);
  }

  protected override render(): TemplateResult {
    const state = this.articleController.articleState;
    switch (state.status) {
      case 'loading':
        return this.renderLoading();
      case 'error':
        return this.renderError(state.error);
      case 'none':
        return this.renderError({ kind: 'no-source' });
      case 'ready':
        return html`${this.renderArticle(state.article)}${this.#renderWayBack()}`;
    }
  }

  readonly #wayBack = new WayBackController(this);

  /** After an evidence link, a button back to it, floating at the foot of the screen. */
  #renderWayBack() {
    if (!this.#wayBack.link) return nothing;
    return html`<div part="way-back" class="way-back" popover="manual">
      <button part="way-back-button" class="way-back-button" type="button" @click=${() => this.#wayBack.back()}>
        <span aria-hidden="true">↩</span> ${this.localize.term('wayBack')}
      </button>
    </div>`;
  }

  protected renderLoading(): TemplateResult {
    return html`<div part="loading" class="loading" aria-busy="true">${this.localize.term('loading')}</div>`;
  }

  /** What is wrong, where, and a retry when trying again can help. */
  protected renderError(error: ArticleLoadError): TemplateResult {
    return renderLoadError(error, this.localize, () => this.articleController.retry());
  }

  /** "In the article: paragraph 2, paragraph 7" (or other `wording`), unless evidence is hidden. */
  protected renderEvidence(article: Article, evidence: readonly Evidence[] | undefined, wording?: EvidenceWording) {
    if (this.hideEvidence) return nothing;
    const context = {
      host: this,
      article,
      localize: this.localize,
      hrefTemplate: this.evidenceHref,
      followed: (link: HTMLAnchorElement) => this.#wayBack.followed(link),
    };
    return renderEvidence(evidence, context, wording);
  }

  /** The widget itself, given a validated article. */
  protected abstract renderArticle(article: Article): TemplateResult;
}
