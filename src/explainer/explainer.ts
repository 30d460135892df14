import { html, nothing, type TemplateResult } from 'lit';
import { isSafeUrl } from '../model/primitives.js';
import type { Article, Figure, KeyFact, Section } from '../model/types.js';
import { contentLang, fillIn, inLang, type ContentLang } from '../shared/content-lang.js';
import { enExplainer } from '../localize/en.js';
import { unitFormat } from '../localize/number-format.js';
import { entityById } from '../shared/entities.js';
import { GlossaWidget } from '../shared/glossa-widget.js';
import { heading, headingLevel, subheadingLevel, type HeadingLevel } from '../shared/heading.js';
import { renderLicense } from '../shared/license-view.js';
import { creditStyles } from '../shared/license-view.styles.js';
import { paragraphsOf } from '../shared/paragraphs.js';
import { explainerStyles } from './explainer.styles.js';
import { property, state } from '../shared/reactive.js';

/** The nested timeline's parts, offered to the page under a `timeline-` prefix. */
const TIMELINE_PARTS = [
  'base',
  'heading',
  'pager',
  'earlier-button',
  'later-button',
  'scroller',
  'list',
  'event',
  'planned-event',
  'marker',
  'date',
  'planned',
  'label',
  'detail',
]
  .map((part) => `${part}: timeline-${part}`)
  .join(', ');

/** The card announces its own readiness; the nested timeline's would reach the page as a second one. */
const stopAtCard = (event: Event) => event.stopPropagation();

/**
 * @summary The explainer card: title, what happened, key facts, the article's sections (why it
 * matters, what's next), what its people said, figures with credits and licences, a short timeline, and
 * the byline, source and licence.
 *
 * A key fact given as a number is formatted for the reader's language, with its unit ("12,5 км") and
 * "about" in the reader's words ("около 10 000"). A figure whose picture is described but not given says the picture is in the original article; a figure without either is its caption as a quotation.
 *
 * @tag glossa-explainer
 *
 * @slot header - Publisher branding above the title.
 * @slot footer - Publisher branding or links below the byline.
 *
 * @csspart base - The card.
 * @csspart header - Title and dek.
 * @csspart title - The article's title.
 * @csspart dek - The standfirst under the title.
 * @csspart summary - The "What happened" section.
 * @csspart summary-text - The summary itself.
 * @csspart section-heading - The heading of each section.
 * @csspart key-facts - The key facts section.
 * @csspart fact-list - The list of key facts.
 * @csspart fact - One key fact.
 * @csspart fact-value - Its figure, shown large; a number formatted for the reader, with its unit.
 * @csspart fact-label - What the figure counts.
 * @csspart more-button - The compact variant's "More context" button.
 * @csspart more - What the compact variant hides until "More context" is pressed.
 * @csspart section - One section of the model (why it matters, what's next…).
 * @csspart section-body - Its text.
 * @csspart quotes - The "What they said" section.
 * @csspart quote-list - The list of quotes.
 * @csspart quote - One quote, with its speaker and evidence.
 * @csspart quote-words - The quoted words.
 * @csspart quote-speaker - Who said them: name, then role.
 * @csspart quote-role - The speaker's role.
 * @csspart figure - A figure.
 * @csspart figure-image - Its image, when the model gives one.
 * @csspart figure-caption - Its caption, one paragraph or more, and its credits; without an image, its credits alone.
 * @csspart figure-quote - The caption of a figure without an image or a description of one, shown as a quotation.
 * @csspart figure-unshown - "Picture in the original article", over the caption of a picture the model describes but does not give.
 * @csspart figure-credit - Its credit.
 * @csspart license-link - The link to the text of a licence.
 * @csspart timeline - The nested `<glossa-timeline>`; its own parts are exported as `timeline-*`.
 * @csspart footer - Byline, source and the footer slot.
 * @csspart byline - "By …".
 * @csspart source - The source of the article.
 * @csspart source-link - The link to the source.
 * @csspart license - The article's licence.
 *
 * @cssprop [--glossa-explainer-background=var(--glossa-color-surface)] - The card's background.
 * @cssprop [--glossa-explainer-border-color=var(--glossa-color-border)] - The card's border.
 * @cssprop [--glossa-explainer-padding=var(--glossa-space-l)] - Space inside the card.
 * @cssprop [--glossa-explainer-fact-color=var(--glossa-color-accent)] - The colour of key-fact figures.
 */
export class GlossaExplainer extends GlossaWidget {
  static override styles = [GlossaWidget.styles, creditStyles, explainerStyles];
  protected static override english = enExplainer;

  /** `full` shows everything; `compact` shows the summary and key facts, the rest behind "More context". */
  @property()
  variant: 'full' | 'compact' = 'full';

  /** Show at most this many timeline events, the earliest first; all of them when unset. */
  @property({ attribute: 'timeline-limit', type: Number })
  timelineLimit: number | undefined;

  @state()
  private moreShown = false;

  protected renderArticle(article: Article): TemplateResult {
    const level = headingLevel(this.headingLevel);
    const sub = subheadingLevel(level);
    const compact = this.variant === 'compact';
    const { explainer } = article;
    const lang = contentLang(article.lang, this.localize);
    return html`<article part="base" class="base" aria-labelledby="title">
      <slot name="header"></slot>
      <header part="header" class="header">
        ${heading(level, 'title', article.title, 'title', lang)}
        ${article.dek ? html`<p part="dek" class="dek" lang=${lang}>${article.dek}</p>` : nothing}
      </header>
      <section part="summary" class="summary">
        ${heading(sub, 'section-heading', this.localize.term('summaryHeading'), 'summary-heading')}
        <p part="summary-text" lang=${lang}>${explainer.summary}</p>
      </section>
      ${this.#renderKeyFacts(article, explainer.keyFacts, sub, lang)}
      ${
        compact
          ? html`<button
            part="more-button" class="more-button"
            type="button"
            aria-expanded=${this.moreShown ? 'true' : 'false'}
            aria-controls="more"
            @click=${() => (this.moreShown = !this.moreShown)}
          >
            ${this.localize.term('moreContext')}
          </button>`
          : nothing
      }
      <div part="more" class="more" id="more" ?hidden=${compact && !this.moreShown}>
        ${explainer.sections.map((section) => this.#renderSection(article, section, sub, lang))}
        ${this.#renderQuotes(article, sub, lang)}
        ${(article.figures ?? []).map((figure) => this.#renderFigure(figure, lang))}
        ${
          article.timeline?.length
            ? html`<glossa-timeline
              part="timeline"
              exportparts=${TIMELINE_PARTS}
              .article=${article}
              heading-level=${sub}
              .limit=${this.timelineLimit}
              hide-evidence
              @glossa-ready=${stopAtCard}
            ></glossa-timeline>`
            : nothing
        }
      </div>
      ${this.#renderFooter(article, lang)}
    </article>`;
  }

  #renderKeyFacts(article: Article, facts: readonly KeyFact[] | undefined, level: HeadingLevel, lang: ContentLang) {
    if (!facts?.length) return nothing;
    return html`<section part="key-facts">
      ${heading(level, 'section-heading', this.localize.term('keyFactsHeading'), 'facts-heading')}
      <ul part="fact-list" class="fact-list">
        ${facts.map(
          (fact) => html`<li part="fact" class="fact">
            ${this.#renderFactValue(fact, lang)}
            <span part="fact-label" class="fact-label" lang=${lang}>${fact.label}</span>
            ${this.renderEvidence(article, fact.evidence)}
          </li>`,
        )}
      </ul>
    </section>`;
  }

  /** A number in the reader's language (the model's unit in the article's, when Intl does not know it); a text as it is. */
  #renderFactValue(fact: KeyFact, lang: ContentLang) {
    if (fact.number === undefined)
      return html`<span part="fact-value" class="fact-value" lang=${lang}>${fact.value}</span>`;
    const { options, after } = unitFormat(fact.unit);
    const number = this.localize.number(fact.number, options);
    const shown = after === undefined ? number : html`${number} ${inLang(after, lang)}`;
    return html`<span part="fact-value" class="fact-value">${fact.about ? fillIn((value) => this.localize.term('aboutNumber', value), shown) : shown}</span>`;
  }

  #renderQuotes(article: Article, level: HeadingLevel, lang: ContentLang) {
    const { quotes } = article;
    if (!quotes?.length) return nothing;
    return html`<section part="quotes">
      ${heading(level, 'section-heading', this.localize.term('quotesHeading'), 'quotes-heading')}
      <ul part="quote-list" class="quote-list">
        ${quotes.map((quote) => {
          const speaker = entityById(article, quote.speaker);
          return html`<li part="quote" class="quote">
            <figure class="quote-figure" lang=${lang}>
              <blockquote part="quote-words" class="quote-words">${quote.words}</blockquote>
              ${
                speaker
                  ? html`<figcaption part="quote-speaker" class="quote-speaker">
                    ${speaker.name} ${speaker.role ? html`<span part="quote-role" class="quote-role">${speaker.role}</span>` : nothing}
                  </figcaption>`
                  : nothing
              }
            </figure>
            ${this.renderEvidence(article, [{ said: quote.id }])}
          </li>`;
        })}
      </ul>
    </section>`;
  }

  // Parts of the explainer are unnamed sections, not landmarks: a page of widgets would hold dozens, with
  // names repeated from widget to widget; readers move between them by their headings.
  #renderSection(article: Article, section: Section, level: HeadingLevel, lang: ContentLang) {
    const id = `section-${section.id}`;
    return html`<section part="section">
      ${heading(level, 'section-heading', section.heading, id, lang)}
      <p part="section-body" lang=${lang}>${section.body}</p>
      ${this.renderEvidence(article, section.evidence)}
    </section>`;
  }

  /**
   * An image over its caption, then its credit and licence ("J. Doe / Agency · CC BY 4.0"). A picture the
   * model describes (`alt`) but does not give is said to be in the original article, over its caption and without the credits of a picture that is not there. Without
   * image or description, the caption is what the figure shows, a quotation, over its credits.
   */
  #renderFigure(figure: Figure, lang: ContentLang) {
    const { src, credit, license } = figure;
    const image = src !== undefined && isSafeUrl(src);
    const paragraphs = paragraphsOf(figure.caption).map((text) => html`<p lang=${lang}>${text}</p>`);
    if (!image && figure.alt !== undefined) {
      return html`<figure part="figure" class="figure">
        <p part="figure-unshown" class="figure-unshown">${this.localize.term('pictureNotShown')}</p>
        <figcaption part="figure-caption" class="figure-caption">${paragraphs}</figcaption>
      </figure>`;
    }
    const credits =
      credit || license
        ? html`<p class="figure-credits">
          ${credit ? html`<span part="figure-credit" class="figure-credit credit" lang=${lang}>${credit}</span>` : nothing}
          ${license ? renderLicense(license, lang, { linked: true, credit }) : nothing}
        </p>`
        : nothing;
    return html`<figure part="figure" class="figure">
      ${
        image
          ? html`<img part="figure-image" class="figure-image" src=${src} alt=${figure.alt ?? ''} loading="lazy" lang=${lang} />`
          : html`<blockquote part="figure-quote" class="figure-quote">${paragraphs}</blockquote>`
      }
      ${
        image || credits !== nothing
          ? html`<figcaption part="figure-caption" class="figure-caption">${image ? paragraphs : nothing}${credits}</figcaption>`
          : nothing
      }
    </figure>`;
  }

  #renderFooter(article: Article, lang: ContentLang) {
    const { byline, source, license } = article;
    return html`<footer part="footer" class="footer">
      ${byline ? html`<p part="byline">${fillIn((author) => this.localize.term('byline', author), inLang(byline, lang))}</p>` : nothing}
      ${
        source
          ? html`<p part="source">
            ${this.localize.term('source')}
            ${
              source.url && isSafeUrl(source.url)
                ? html`<a part="source-link" class="source-link" href=${source.url} rel="noopener noreferrer" lang=${lang}>${source.name}</a>`
                : inLang(source.name, lang)
            }
          </p>`
          : nothing
      }
      ${license ? html`<p part="license">${this.localize.term('license')} ${renderLicense(license, lang, { linked: true })}</p>` : nothing}
      <slot name="footer"></slot>
    </footer>`;
  }
}
