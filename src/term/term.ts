import { html, type PropertyValues, type TemplateResult } from 'lit';
import { enWhosWho } from '../localize/en.js';
import { ArticleElement } from '../shared/article-element.js';
import { entityById } from '../shared/entities.js';
import { entryHref } from '../shared/entry-link.js';
import { renderEntityCard } from '../shared/entity-card.js';
import { entityCardStyles } from '../shared/entity-card.styles.js';
import { creditStyles } from '../shared/license-view.styles.js';
import { tokenStyles } from '../styles/tokens.js';
import { placeCard } from './place.js';
import { termStyles } from './term.styles.js';
import { property, state } from '../shared/reactive.js';

/** How long the pointer rests on a term before its card opens, in ms. */
const OPEN_DELAY = 300;
/** How long the card stays after the pointer leaves, so the pointer can cross into the card, in ms. */
export const CLOSE_DELAY = 250;
/** The space between the term and its card, in px. */
const GAP = 6;
/** The least space between the card and the viewport's sides, in px: a card flush with a phone's edge looks cut. */
const EDGE = 8;

/** Why the card is open: each closes differently. */
type Opener = 'hover' | 'focus' | 'click';

/** Whether the browser can place the card from the style sheet (the `anchored` class); else it is measured. */
const anchorPositioning = () => CSS.supports('anchor-name: --a');

const isHoverPointer = (event: PointerEvent) => event.pointerType === 'mouse' || event.pointerType === 'pen';

/**
 * @summary A name in running text that opens the entity's card: on hover (after a short delay), on
 * keyboard focus, and on click or tap. Escape closes it; focus stays on the term.
 *
 * The term is a button (the WAI-ARIA disclosure pattern: `aria-expanded`, `aria-controls`) whose
 * accessible name is the slotted text and whose description is the card. It is a `span` with
 * `role="button"` rather than a `<button>`, because a `<button>` is always an inline block and cannot
 * break across lines: a long name would jump to the next line and leave a gap in the running text.
 *
 * A card that hover or focus opened is a preview: it holds no links, so Tab moves on to the next thing
 * in the text and the card closes. A click, Enter or Space opens it for good: then, when the page has a
 * `<glossa-whos-who>`, the card links to the entity's entry and its relations to theirs, its image's
 * licence links to its text, and Tab goes into the card; leaving it closes it.
 *
 * The card is a popover in the top layer, placed below the term or above it at the viewport's edge,
 * never over it and never nearer than 8 px to the viewport's sides: with CSS anchor positioning where
 * the browser has it, measured otherwise. It stays open while the pointer is over it. When `ref` names
 * no entity of the article, or the article is not ready, the text shows as plain text.
 *
 * @tag glossa-term
 *
 * @slot - The text of the term, as the article has it.
 *
 * @csspart trigger - The button around the text.
 * @csspart hovercard - The popover with the entity's card.
 * @csspart card - The entity card inside the popover.
 * @csspart avatar - The entity's image, initials or kind mark.
 * @csspart avatar-image - The entity's image, when the model gives a safe one.
 * @csspart avatar-initials - A person's initials, shown instead of an image.
 * @csspart avatar-kind - The mark of the kind (organization, place, event, work, object, term) of what is not a person, shown instead of an image.
 * @csspart name - The entity's name.
 * @csspart category - What kind of thing it is, in the model's words ("telescope", "treaty").
 * @csspart role - Who or what it is in this story.
 * @csspart summary - The entity's summary.
 * @csspart quote - Words the entity said in the article (the first two of them).
 * @csspart relations - The list of relations.
 * @csspart relation - One relation.
 * @csspart relation-link - The link to the related entity's who's-who entry, in a card opened for good.
 * @csspart more - The line with the link to the entity's who's-who entry.
 * @csspart more-link - That link, "More in “Who’s who”".
 * @csspart image-credit - The credit and licence of the entity's image.
 * @csspart license-link - The link to the text of the image's licence, in a card opened for good.
 *
 * @cssprop [--glossa-term-underline-color=currentColor] - The dotted underline that marks a term.
 * @cssprop [--glossa-term-card-inline-size=22rem] - The widest the card grows.
 * @cssprop [--glossa-term-card-background=var(--glossa-color-surface)] - The card's background.
 * @cssprop [--glossa-avatar-size=3rem] - The size of the image, initials or kind mark.
 */
export class GlossaTerm extends ArticleElement {
  static override styles = [tokenStyles, entityCardStyles, creditStyles, termStyles];
  /** The hovercard is the who's who's entity card. */
  protected static override english = enWhosWho;

  /** The id of the entity in the article's `entities`. */
  @property({ reflect: true })
  ref: string | undefined;

  /** Why the card is open, if it is: each closes differently, and only a click's card holds links. */
  @state()
  private opener: Opener | undefined;

  get #open(): boolean {
    return this.opener !== undefined;
  }
  /** Whether the page has a who's who for the card to link to, looked up when the card opens. */
  @state()
  private whosWhoOnPage = false;

  get #trigger(): HTMLElement | null {
    return this.renderRoot.querySelector('.trigger');
  }

  get #card(): HTMLElement | null {
    return this.renderRoot.querySelector('.hovercard');
  }

  #pointerInside = false;
  #timer: ReturnType<typeof setTimeout> | undefined;
  #warnedRef: string | undefined;
  #returningFocus = false;

  constructor() {
    super();
    this.addEventListener('pointerenter', this.#onPointerEnter);
    this.addEventListener('pointerleave', this.#onPointerLeave);
    this.addEventListener('focusout', this.#onFocusOut);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.#close();
  }

  protected override render(): TemplateResult {
    const article = this.validArticle;
    const entity = article && this.ref ? entityById(article, this.ref) : undefined;
    if (!article || !entity) return html`<slot></slot>`;
    const pinned = this.opener === 'click';
    const linked = pinned && this.whosWhoOnPage;
    const entryLink = (id: string, text: unknown, part: string) =>
      html`<a part=${part} class=${part} href=${entryHref(id)}>${text}</a>`;
    return html`<span
        part="trigger" class="trigger"
        role="button"
        tabindex="0"
        aria-expanded=${this.#open ? 'true' : 'false'}
        aria-controls="card"
        aria-describedby="card"
        @focus=${this.#onFocus}
        @click=${this.#onClick}
        @keydown=${this.#onKeyDown}
        @keyup=${this.#onKeyUp}
      ><slot></slot></span
      ><div part="hovercard" id="card" popover="manual" class=${anchorPositioning() ? 'hovercard anchored' : 'hovercard'}>
        ${renderEntityCard(entity, {
          article,
          localize: this.localize,
          renderName: (name, lang) => html`<p part="name" class="name" lang=${lang}>${name}</p>`,
          renderRelation: (related, text) => (linked ? entryLink(related.id, text, 'relation-link') : text),
          extra: linked
            ? html`<p part="more" class="more">
                ${entryLink(entity.id, this.localize.term('moreIn', this.localize.term('whosWhoHeading')), 'more-link')}
              </p>`
            : undefined,
          preview: !pinned,
        })}
      </div>`;
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    this.#warnIfUnresolved();
    const card = this.#card;
    if (!card) {
      if (this.#open) this.#close();
      return;
    }
    const shown = card.matches(':popover-open');
    if (this.#open && !shown) {
      card.showPopover();
      this.#position();
    } else if (!this.#open && shown) {
      card.hidePopover();
    }
  }

  #warnIfUnresolved(): void {
    const article = this.validArticle;
    if (!article || !this.ref || entityById(article, this.ref) || this.#warnedRef === this.ref) return;
    this.#warnedRef = this.ref;
    console.warn(`<glossa-term ref="${this.ref}">: the article has no entity with this id; showing plain text.`);
  }

  #show(opener: Opener): void {
    clearTimeout(this.#timer);
    const wasOpen = this.#open;
    this.opener = opener;
    if (wasOpen) return;
    this.whosWhoOnPage = document.querySelector('glossa-whos-who') !== null;
    document.addEventListener('keydown', this.#onDocumentKeyDown, true);
    document.addEventListener('pointerdown', this.#onDocumentPointerDown, true);
    if (anchorPositioning()) return;
    window.addEventListener('resize', this.#position);
    window.addEventListener('scroll', this.#position, { capture: true, passive: true });
  }

  #close(): void {
    clearTimeout(this.#timer);
    this.opener = undefined;
    document.removeEventListener('keydown', this.#onDocumentKeyDown, true);
    document.removeEventListener('pointerdown', this.#onDocumentPointerDown, true);
    window.removeEventListener('resize', this.#position);
    window.removeEventListener('scroll', this.#position, { capture: true });
  }

  /** Browsers with anchor positioning place the card from the style sheet; others are measured here. */
  readonly #position = () => {
    const trigger = this.#trigger;
    const card = this.#card;
    if (!trigger || !card || !this.#open || anchorPositioning()) return;
    const viewport = { width: document.documentElement.clientWidth, height: window.innerHeight };
    const size = { width: card.offsetWidth, height: card.offsetHeight };
    const rtl = getComputedStyle(this).direction === 'rtl';
    const { top, left } = placeCard(trigger.getBoundingClientRect(), size, viewport, { gap: GAP, edge: EDGE, rtl });
    card.style.top = `${top}px`;
    card.style.left = `${left}px`;
  };

  readonly #onPointerEnter = (event: PointerEvent) => {
    if (!isHoverPointer(event) || !this.#card) return;
    this.#pointerInside = true;
    clearTimeout(this.#timer);
    if (!this.#open) this.#timer = setTimeout(() => this.#show('hover'), OPEN_DELAY);
  };

  /** The card is inside the element, so moving onto it does not count as leaving. */
  readonly #onPointerLeave = (event: PointerEvent) => {
    if (!isHoverPointer(event)) return;
    this.#pointerInside = false;
    clearTimeout(this.#timer);
    if (this.#open && this.opener === 'hover') this.#timer = setTimeout(() => this.#close(), CLOSE_DELAY);
  };

  /** Keyboard focus opens the card; focus from a click or tap leaves that to the click, and Escape's return of focus keeps it closed. */
  readonly #onFocus = () => {
    if (!this.#returningFocus && this.#trigger?.matches(':focus-visible')) this.#show('focus');
  };

  readonly #onFocusOut = () => {
    if (this.#open && !this.#pointerInside) this.#close();
  };

  /**
   * A click, or Enter, pins a card that hover or focus opened (a reader who presses Enter on a name whose
   * card focus just showed means to keep it, not to close it); otherwise it toggles, as a disclosure does.
   */
  readonly #onClick = () => {
    if (this.#open && this.opener !== 'click') this.opener = 'click';
    else if (this.#open) this.#close();
    else this.#show('click');
  };

  /** What a native button does: Enter activates on press, Space on release (without scrolling the page). */
  readonly #onKeyDown = (event: KeyboardEvent) => {
    if (event.key === 'Enter') {
      event.preventDefault();
      this.#onClick();
    } else if (event.key === ' ') {
      event.preventDefault();
    }
  };

  readonly #onKeyUp = (event: KeyboardEvent) => {
    if (event.key === ' ') this.#onClick();
  };

  readonly #onDocumentKeyDown = (event: KeyboardEvent) => {
    if (event.key !== 'Escape') return;
    // Not :focus-within, which a focused link in the top-layer card does not give the host in Chromium.
    const hadFocus = this.shadowRoot?.activeElement != null;
    this.#close();
    if (!hadFocus) return;
    this.#returningFocus = true;
    this.#trigger?.focus();
    this.#returningFocus = false;
  };

  readonly #onDocumentPointerDown = (event: PointerEvent) => {
    if (!event.composedPath().includes(this)) this.#close();
  };
}
