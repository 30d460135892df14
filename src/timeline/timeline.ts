import { html, nothing, type TemplateResult } from 'lit';
import type { Article, TimelineEvent } from '../model/types.js';
import { contentLang } from '../shared/content-lang.js';
import { enTimeline } from '../localize/en.js';
import { GlossaWidget } from '../shared/glossa-widget.js';
import { heading, headingLevel } from '../shared/heading.js';
import { dateTimeAttribute, formatDateRange, formatPartialDate } from '../shared/partial-date.js';
import { timelineStyles } from './timeline.styles.js';
import { property } from '../shared/reactive.js';
import { ScrollEdgesController } from '../shared/scroll-edges-controller.js';

/**
 * Dated events in chronological order, in the places dated events hold in the model; undated events
 * stay where the model puts them. Events on the same date keep the order the model gives them.
 */
function inDateOrder(events: readonly TimelineEvent[]): TimelineEvent[] {
  const dated = events
    .filter((event) => event.when !== undefined)
    .sort((a, b) => ((a.when ?? '') < (b.when ?? '') ? -1 : (a.when ?? '') > (b.when ?? '') ? 1 : 0));
  let next = 0;
  return events.map((event) => (event.when === undefined ? event : (dated[next++] ?? event)));
}

/**
 * The event's date in the reader's language: a `<time>`, or for a range the words of both ends, each end's
 * own in a `<time>` of its own ("<time>5</time>–<time>7</time> January 2022").
 */
function renderDate({ when, until, timeZone }: TimelineEvent, lang: string): TemplateResult | typeof nothing {
  if (when === undefined) return nothing;
  if (until === undefined) {
    return html`<time part="date" class="date" datetime=${dateTimeAttribute(when, timeZone)}
      >${formatPartialDate(when, lang, timeZone)}</time
    >`;
  }
  const datetime = { startRange: dateTimeAttribute(when, timeZone), endRange: dateTimeAttribute(until, timeZone) };
  return html`<span part="date" class="date"
    >${formatDateRange(when, until, lang, timeZone).map(({ source, text }) =>
      source === 'shared' ? text : html`<time datetime=${datetime[source]}>${text}</time>`,
    )}</span
  >`;
}

/** A planned event is also a `planned-event`, for the page and the styles to tell it apart. */
function eventParts(event: TimelineEvent): string {
  return event.planned ? 'event planned-event' : 'event';
}

/**
 * @summary The article's events in date order, with dates in the reader's language: a vertical list
 * in narrow containers, a horizontal one in wide containers. When the horizontal one is wider than its
 * box, Earlier and Later buttons above it scroll it, each unavailable at its end; so do the arrow keys
 * in it.
 *
 * @tag glossa-timeline
 *
 * @csspart base - The section around the timeline.
 * @csspart heading - The "Timeline" heading.
 * @csspart scroller - The scrolling area of the horizontal layout.
 * @csspart pager - The two buttons that scroll the horizontal layout, shown when it overflows.
 * @csspart earlier-button - The button that scrolls back to earlier events.
 * @csspart later-button - The button that scrolls on to later events.
 * @csspart list - The ordered list of events.
 * @csspart event - One event.
 * @csspart planned-event - An event that is planned, not yet happened (beside `event`).
 * @csspart marker - The dot on the line beside each event; hollow for a planned one.
 * @csspart date - The event's date: a `<time>`, or for a range a `<span>` with a `<time>` for each end.
 * @csspart planned - The "Planned" label of a planned event.
 * @csspart label - What happened.
 * @csspart detail - More about it.
 *
 * @cssprop [--glossa-timeline-line-color=var(--glossa-color-border)] - The line joining the events.
 * @cssprop [--glossa-timeline-marker-color=var(--glossa-color-accent)] - The dot of each event.
 * @cssprop [--glossa-timeline-marker-size=0.75rem] - The size of the dot.
 * @cssprop [--glossa-timeline-event-inline-size=14rem] - The width of an event in the horizontal layout.
 */
export class GlossaTimeline extends GlossaWidget {
  static override styles = [GlossaWidget.styles, timelineStyles];
  protected static override english = enTimeline;

  readonly #edges = new ScrollEdgesController(this, '.scroller');

  /** Show at most this many events, the earliest first; all of them when unset. */
  @property({ type: Number })
  limit: number | undefined;

  protected renderArticle(article: Article): TemplateResult {
    const events = inDateOrder(article.timeline ?? []).slice(0, this.limit ?? undefined);
    const lang = this.localize.lang();
    const textLang = contentLang(article.lang, this.localize);
    // Without evidence links (hidden, or none given) nothing in the wide layout's scroller could take focus to scroll it.
    const linked = !this.hideEvidence && events.some((event) => event.evidence?.length);
    // A landmark on the page; the explainer's own timeline is part of the explainer, and would repeat the name.
    const inWidget = (this.getRootNode() as Partial<ShadowRoot>).host?.localName.startsWith('glossa-');
    return html`<section part="base" class="base" aria-labelledby=${inWidget ? nothing : 'heading'}>
      <div class="top">
        ${heading(headingLevel(this.headingLevel), 'heading', this.localize.term('timelineHeading'), 'heading')}
        ${this.#renderPager()}
      </div>
      <div part="scroller" class="scroller" tabindex=${linked ? nothing : '0'}>
        <ol part="list" class="list">
          ${events.map(
            (event) => html`<li part=${eventParts(event)} class=${eventParts(event)}>
              <span part="marker" class="marker" aria-hidden="true"></span>
              ${renderDate(event, lang)}
              ${event.planned ? html`<span part="planned" class="planned">${this.localize.term('plannedEvent')}</span>` : nothing}
              <p part="label" class="label" lang=${textLang}>${event.label}</p>
              ${event.detail ? html`<p part="detail" class="detail" lang=${textLang}>${event.detail}</p>` : nothing}
              ${this.renderEvidence(article, event.evidence)}
            </li>`,
          )}
        </ol>
      </div>
    </section>`;
  }

  /**
   * Buttons that page a wide timeline back and on, shown only when it overflows. They are always there
   * and keep their room beside the heading, so that a server-rendered timeline keeps its nodes and its
   * height when the measure comes in. At an end a button is aria-disabled rather than disabled, so that
   * focus stays on it.
   */
  #renderPager() {
    const { moreBefore, moreAfter } = this.#edges;
    const pageButton = (part: string, label: string, more: boolean, step: 1 | -1, arrow: string) =>
      html`<button
        part=${part} class="page-button"
        type="button"
        aria-label=${label}
        aria-disabled=${more ? 'false' : 'true'}
        @click=${() => more && this.#edges.page(step)}
      ><span aria-hidden="true">${arrow}</span></button>`;
    return html`<div part="pager" class="pager ${moreBefore || moreAfter ? '' : 'idle'}">
      ${pageButton('earlier-button', this.localize.term('earlierEvents'), moreBefore, -1, '‹')}
      ${pageButton('later-button', this.localize.term('laterEvents'), moreAfter, 1, '›')}
    </div>`;
  }
}
