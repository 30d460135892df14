import { html, type PropertyValues, type TemplateResult } from 'lit';
import { enWhosWho } from '../localize/en.js';
import { ArticleElement } from '../shared/article-element.js';
import { entityById } from '../shared/entities.js';
import { anchorPositioning, HovercardController, isHoverPointer } from './hovercard-controller.js';
import { renderTermCard } from './term-card.js';
import { termCardStyles } from './term-card.styles.js';
import { termLookStyles, termStyles } from './term.styles.js';
import { property } from '../shared/reactive.js';

export { CLOSE_DELAY } from './hovercard-controller.js';

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
  static override styles = [termCardStyles, termLookStyles('.trigger'), termStyles];
  /** The hovercard is the who's who's entity card. */
  protected static override english = enWhosWho;

  /** The id of the entity in the article's `entities`. */
  @property({ reflect: true })
  ref: string | undefined;

  readonly #hovercard: HovercardController = new HovercardController(this, {
    card: () => this.renderRoot.querySelector('.hovercard'),
    anchored: anchorPositioning,
    inside: (path) => path.includes(this),
    // Not :focus-within, which a focused link in the top-layer card does not give the host in Chromium.
    hasFocus: () => this.shadowRoot?.activeElement != null,
  });

  get #trigger(): HTMLElement | null {
    return this.renderRoot.querySelector('.trigger');
  }

  #warnedRef: string | undefined;

  constructor() {
    super();
    this.addEventListener('pointerenter', this.#onPointerEnter);
    this.addEventListener('pointerleave', this.#onPointerLeave);
    // The card is inside the element, so focus moving between the term and its card never leaves it.
    this.addEventListener('focusout', () => this.#hovercard.focusLeft(false));
  }

  protected override render(): TemplateResult {
    const article = this.validArticle;
    const entity = article && this.ref ? entityById(article, this.ref) : undefined;
    if (!article || !entity) return html`<slot></slot>`;
    const pinned = this.#hovercard.opener === 'click';
    return html`<span
        part="trigger" class="trigger"
        role="button"
        tabindex="0"
        aria-expanded=${this.#hovercard.open ? 'true' : 'false'}
        aria-controls="card"
        aria-describedby="card"
        @focus=${() => this.#hovercard.focused(this.#trigger!)}
        @click=${() => this.#hovercard.activated(this.#trigger!)}
        @keydown=${(event: KeyboardEvent) => this.#hovercard.keyDown(event, this.#trigger!)}
        @keyup=${(event: KeyboardEvent) => this.#hovercard.keyUp(event, this.#trigger!)}
      ><slot></slot></span
      >${renderTermCard(entity, { article, localize: this.localize, pinned, anchored: this.#hovercard.anchored })}`;
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    this.#warnIfUnresolved();
  }

  #warnIfUnresolved(): void {
    const article = this.validArticle;
    if (!article || !this.ref || entityById(article, this.ref) || this.#warnedRef === this.ref) return;
    this.#warnedRef = this.ref;
    console.warn(`<glossa-term ref="${this.ref}">: the article has no entity with this id; showing plain text.`);
  }

  readonly #onPointerEnter = (event: PointerEvent) => {
    const trigger = this.#trigger;
    if (isHoverPointer(event) && trigger) this.#hovercard.pointerEntered(trigger);
  };

  /** The card is inside the element, so moving onto it does not count as leaving. */
  readonly #onPointerLeave = (event: PointerEvent) => {
    if (isHoverPointer(event)) this.#hovercard.pointerLeft();
  };
}
