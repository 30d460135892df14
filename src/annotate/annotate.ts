import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { enWhosWho } from '../localize/en.js';
import type { Article } from '../model/types.js';
import { ArticleElement } from '../shared/article-element.js';
import { cached } from '../shared/cached.js';
import { entityById } from '../shared/entities.js';
import { property } from '../shared/reactive.js';
import {
  anchorPositioning,
  HovercardController,
  isHoverPointer,
  supportsPopoverSource,
} from '../term/hovercard-controller.js';
import { renderTermCard } from '../term/term-card.js';
import { termCardStyles } from '../term/term-card.styles.js';
import { annotateStyles } from './annotate.styles.js';
import { entityNames } from './entity-names.js';
import { adoptMarkStyles, MARK_ATTRIBUTE } from './mark-styles.js';
import { NameMatcher, type Mention } from './name-matcher.js';
import { spokenText } from './spoken-text.js';
import { textSegments, type TextSegment } from './text-segments.js';

/** A text node of the page that was split around its terms, kept so it can be put back as it was. */
interface Replacement {
  readonly original: Text;
  readonly inserted: readonly Node[];
}

const matchers = new WeakMap<Article, NameMatcher>();

/** The names to find in the article's language (entity-names.ts), indexed once per article. */
function matcherFor(article: Article): NameMatcher {
  return cached(matchers, article, () => new NameMatcher(entityNames(article)));
}

const lastCharacter = (segment: TextSegment | undefined) => segment?.text.slice(-2) ?? '';
const firstCharacter = (segment: TextSegment | undefined) => segment?.text.slice(0, 2) ?? '';

/** The card is placed by the style sheet where the browser anchors a popover to the term that shows it. */
const anchored = () => anchorPositioning() && supportsPopoverSource();

/**
 * @summary Wraps an article body the page already has and turns mentions of the article's entities
 * (their names, aliases and `forms`, longest first, whole words only) into terms with a hovercard. A
 * possessive marks the name before it ("Tokayev’s"); in an English article, terms and objects are
 * found in the regular plural too ("exoplanets").
 *
 * A term is a light `<span data-glossa-term="id" role="button" tabindex="0">` in the page's own text,
 * styled by a low-specificity rule the element adds to the page (restyle it with
 * `[data-glossa-term]`). All terms share the element's one card, which opens as `<glossa-term>`'s does:
 * on hover after a short delay, on keyboard focus, and for good on click, Enter or Space; Escape closes
 * it. So a body of fifteen thousand mentions costs fifteen thousand spans, not as many components.
 *
 * The body stays the page's: only text nodes are split, and `removeAnnotations()` puts the very same
 * text nodes back, so the page's markup, node identity and event listeners survive. Text inside links,
 * headings, buttons, labels, form controls, code, scripts, existing terms and editable regions is never
 * touched. A name split across elements (`Kassym-<b>Jomart</b> Tokayev`) is skipped, not broken.
 *
 * It annotates when its article becomes ready and again whenever the article or `mode` changes; it
 * watches nothing else. A page that changes the body afterwards calls `annotate()` again. Removing
 * the element from the page removes its annotations; putting it back annotates anew.
 *
 * @tag glossa-annotate
 *
 * @slot - The article body: ordinary HTML.
 *
 * @csspart hovercard - The popover with the entity's card, shared by every term.
 * @csspart card - The entity card inside the popover.
 * @csspart avatar - The entity's image, initials or kind mark.
 * @csspart avatar-image - The entity's image, when the model gives a safe one.
 * @csspart avatar-initials - A person's initials, shown instead of an image.
 * @csspart avatar-kind - The mark of the kind of what is not a person, shown instead of an image.
 * @csspart name - The entity's name.
 * @csspart category - What kind of thing it is, in the model's words.
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
export class GlossaAnnotate extends ArticleElement {
  static override styles = [termCardStyles, annotateStyles];
  /** The card is the who's who's entity card. */
  protected static override english = enWhosWho;

  /** `first` marks the first mention of each entity; `all` marks every mention. */
  @property()
  mode: 'first' | 'all' = 'first';

  #replacements: Replacement[] = [];
  /** The terms this element made, told apart from look-alikes the page has. */
  readonly #marks = new WeakSet<Element>();
  /** What the body was last annotated for, so that an update for anything else (the card) leaves it be. */
  #annotated: { article: Article; mode: string } | undefined;
  /** The term whose `aria-expanded` says its card is open. */
  #expanded: HTMLElement | undefined;

  readonly #hovercard: HovercardController = new HovercardController(this, {
    card: () => this.#card(),
    anchored,
    inside: (path, trigger) => path.includes(trigger) || path.includes(this.#card() as EventTarget),
    hasFocus: (trigger) =>
      this.shadowRoot?.activeElement != null ||
      (trigger.getRootNode() as Document | ShadowRoot).activeElement === trigger,
  });

  constructor() {
    super();
    this.addEventListener('pointerover', this.#onPointerOver);
    this.addEventListener('pointerout', this.#onPointerOut);
    this.addEventListener('focusin', this.#onFocusIn);
    this.addEventListener('focusout', this.#onFocusOut);
    this.addEventListener('click', this.#onClick);
    this.addEventListener('keydown', this.#onKeyDown);
    this.addEventListener('keyup', this.#onKeyUp);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.removeAnnotations();
    this.#annotated = undefined;
  }

  protected override render(): TemplateResult {
    const article = this.validArticle;
    const ref = this.#hovercard.trigger?.getAttribute(MARK_ATTRIBUTE);
    const entity = article && ref ? entityById(article, ref) : undefined;
    const pinned = this.#hovercard.opener === 'click';
    return html`<slot></slot>${
      article && entity
        ? html`<div class="card-events" @pointerenter=${this.#onCardEnter} @pointerleave=${this.#onCardLeave}>
            ${renderTermCard(entity, { article, localize: this.localize, pinned, anchored: this.#hovercard.anchored })}
          </div>`
        : nothing
    }`;
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    this.#markExpanded();
    const article = this.validArticle;
    if (!article) {
      this.removeAnnotations();
      this.#annotated = undefined;
    } else if (this.#annotated?.article !== article || this.#annotated.mode !== this.mode) this.annotate();
  }

  /**
   * Marks the mentions in the body now, after taking away earlier marks; returns how many terms it
   * made. Needed only when the page changed the body after the article was ready.
   */
  annotate(): number {
    this.removeAnnotations();
    const article = this.validArticle;
    if (!article) return 0;
    this.#annotated = { article, mode: this.mode };
    adoptMarkStyles(this.getRootNode());
    const matcher = matcherFor(article);
    const marked = this.mode === 'all' ? undefined : new Set<string>();
    const segments = textSegments(this);
    const found: { node: Text; mentions: Mention[] }[] = [];
    segments.forEach((segment, index) => {
      if (!segment.node) return;
      const mentions = matcher
        .find(segment.text, lastCharacter(segments[index - 1]), firstCharacter(segments[index + 1]))
        .filter((mention) => {
          if (!marked) return true;
          if (marked.has(mention.entity)) return false;
          marked.add(mention.entity);
          return true;
        });
      if (mentions.length > 0) found.push({ node: segment.node, mentions });
    });
    const mark = document.createElement('span');
    mark.setAttribute('role', 'button');
    mark.tabIndex = 0;
    mark.setAttribute('aria-expanded', 'false');
    let count = 0;
    for (const { node, mentions } of found) {
      this.#replace(node, mentions, mark);
      count += mentions.length;
    }
    return count;
  }

  /** Puts the body back as it was: the original text nodes in place of the terms. */
  removeAnnotations(): void {
    this.#hovercard.close();
    for (const { original, inserted } of this.#replacements.reverse()) {
      const parent = inserted[0]?.parentNode;
      if (!parent) continue;
      // One change where the parent holds only what the terms replaced (most paragraphs): the page's
      // observers of the document (glossa.js's among them) then get one record, not one per node.
      const { childNodes } = parent;
      if (childNodes.length === inserted.length && inserted.every((node, index) => childNodes[index] === node)) {
        parent.replaceChildren(original);
        continue;
      }
      parent.insertBefore(original, inserted[0]!);
      for (const node of inserted) (node as ChildNode).remove();
    }
    this.#replacements = [];
  }

  #replace(original: Text, mentions: readonly Mention[], template: HTMLElement): void {
    const text = original.data;
    const inserted: Node[] = [];
    let position = 0;
    for (const { start, end, entity } of mentions) {
      if (start > position) inserted.push(document.createTextNode(text.slice(position, start)));
      const mark = template.cloneNode() as HTMLElement;
      mark.setAttribute(MARK_ATTRIBUTE, entity);
      mark.textContent = text.slice(start, end);
      this.#marks.add(mark);
      inserted.push(mark);
      position = end;
    }
    if (position < text.length) inserted.push(document.createTextNode(text.slice(position)));
    original.replaceWith(...inserted);
    this.#replacements.push({ original, inserted });
  }

  #card(): HTMLElement | null {
    return this.renderRoot.querySelector('.hovercard');
  }

  /** The term the event happened on, if this element made it. */
  #markOf(target: EventTarget | null): HTMLElement | undefined {
    const mark = target instanceof Element ? target.closest<HTMLElement>(`[${MARK_ATTRIBUTE}]`) : null;
    return mark && this.#marks.has(mark) ? mark : undefined;
  }

  /** The open term says so, and its description is the card, as `<glossa-term>`'s is. */
  #markExpanded(): void {
    const open = this.#hovercard.open ? this.#hovercard.trigger : undefined;
    if (this.#expanded !== open) this.#expanded?.setAttribute('aria-expanded', 'false');
    this.#expanded = open;
    const card = this.#card();
    if (!open || !card) return;
    open.setAttribute('aria-expanded', 'true');
    open.setAttribute('aria-description', spokenText(card));
  }

  readonly #onPointerOver = (event: PointerEvent) => {
    const mark = this.#markOf(event.target);
    if (mark && isHoverPointer(event)) this.#hovercard.pointerEntered(mark);
  };

  readonly #onPointerOut = (event: PointerEvent) => {
    const mark = this.#markOf(event.target);
    if (mark && isHoverPointer(event) && !mark.contains(event.relatedTarget as Node | null)) {
      this.#hovercard.pointerLeft();
    }
  };

  readonly #onCardEnter = (event: PointerEvent) => {
    if (isHoverPointer(event)) this.#hovercard.pointerOnCard();
  };

  readonly #onCardLeave = (event: PointerEvent) => {
    if (isHoverPointer(event)) this.#hovercard.pointerLeft();
  };

  readonly #onFocusIn = (event: FocusEvent) => {
    const mark = this.#markOf(event.target);
    if (mark) this.#hovercard.focused(mark);
  };

  /** Focus that goes from the term into the card, or back, stays with the card; the card is in this element's shadow root. */
  readonly #onFocusOut = (event: FocusEvent) => {
    const next = event.relatedTarget;
    this.#hovercard.focusLeft(next !== null && (next === this || next === this.#hovercard.trigger));
  };

  readonly #onClick = (event: MouseEvent) => {
    const mark = this.#markOf(event.target);
    if (mark) this.#hovercard.activated(mark);
  };

  readonly #onKeyDown = (event: KeyboardEvent) => {
    const mark = this.#markOf(event.target);
    if (mark) this.#hovercard.keyDown(event, mark);
  };

  readonly #onKeyUp = (event: KeyboardEvent) => {
    const mark = this.#markOf(event.target);
    if (mark) this.#hovercard.keyUp(event, mark);
  };
}
