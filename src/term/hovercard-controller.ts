import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { placeCard } from './place.js';

/** How long the pointer rests on a term before its card opens, in ms. */
const OPEN_DELAY = 300;
/** How long the card stays after the pointer leaves, so the pointer can cross into the card, in ms. */
export const CLOSE_DELAY = 250;
/** The space between the term and its card, in px. */
const GAP = 6;
/** The least space between the card and the viewport's sides, in px: a card flush with a phone's edge looks cut. */
const EDGE = 8;

/** Why the card is open: each closes differently, and only a click's card holds links. */
export type Opener = 'hover' | 'focus' | 'click';

export const isHoverPointer = (event: PointerEvent) => event.pointerType === 'mouse' || event.pointerType === 'pen';

/** Whether the browser can place a card from the style sheet, beside the element that opened it. */
export const anchorPositioning = () => CSS.supports('anchor-name: --a');

let popoverSource: boolean | undefined;

/**
 * Whether `showPopover()` takes a `source`, which makes that element the card's anchor. The browser
 * reads the option while it converts its argument, before a detached element throws.
 */
export function supportsPopoverSource(): boolean {
  if (popoverSource !== undefined) return popoverSource;
  popoverSource = false;
  try {
    document.createElement('div').showPopover({
      get source() {
        popoverSource = true;
        return undefined;
      },
    });
  } catch {
    // A detached element cannot show: only the reading mattered.
  }
  return popoverSource;
}

export interface HovercardOptions {
  /** The popover, once rendered. */
  readonly card: () => HTMLElement | null;
  /** Whether the style sheet places the card (see `anchorPositioning`); otherwise it is measured. Asked only in a browser. */
  readonly anchored: () => boolean;
  /** Whether a pointer down at `path` is on the open term or in its card; anywhere else closes the card. */
  readonly inside: (path: readonly EventTarget[], trigger: HTMLElement) => boolean;
  /** Whether focus is on the term or in its card, so that Escape gives it back to the term. */
  readonly hasFocus: (trigger: HTMLElement) => boolean;
}

/**
 * The disclosure behind a term's hovercard: it opens on hover (after a short delay), on keyboard focus,
 * and on click or Enter/Space, which pins it; Escape, a pointer down elsewhere, or focus leaving closes
 * it. One controller can serve many terms (`trigger` is the one whose card is open), so a page of terms
 * needs only one card. The element renders the card from `trigger` and `opener`.
 */
export class HovercardController implements ReactiveController {
  opener: Opener | undefined;
  /** The term whose card is open, or about to open. */
  trigger: HTMLElement | undefined;

  readonly #host: ReactiveControllerHost;
  readonly #options: HovercardOptions;
  #pointerInside = false;
  #timer: ReturnType<typeof setTimeout> | undefined;
  #returningFocus = false;
  /** The term the card was shown beside, to show it again when another term takes it over. */
  #shownFor: HTMLElement | undefined;

  constructor(host: ReactiveControllerHost, options: HovercardOptions) {
    this.#host = host;
    this.#options = options;
    host.addController(this);
  }

  get open(): boolean {
    return this.opener !== undefined;
  }

  /** Whether the style sheet places the card (the element's `anchored` class); otherwise it is measured. */
  get anchored(): boolean {
    return this.#options.anchored();
  }

  hostDisconnected(): void {
    this.close();
  }

  /** Shows or hides the popover as the state says, once the element has rendered the card. */
  hostUpdated(): void {
    const card = this.#options.card();
    const trigger = this.trigger;
    if (!card || !trigger) {
      if (this.open) this.close();
      return;
    }
    const shown = card.matches(':popover-open');
    if (this.open && (!shown || this.#shownFor !== trigger)) {
      if (shown) card.hidePopover();
      card.showPopover({ source: trigger });
      this.#shownFor = trigger;
      this.#position();
    } else if (!this.open && shown) {
      card.hidePopover();
      this.#shownFor = undefined;
    }
  }

  pointerEntered(trigger: HTMLElement): void {
    this.#pointerInside = true;
    clearTimeout(this.#timer);
    if (this.open && trigger === this.trigger) return;
    if (this.opener === 'click') return;
    this.#timer = setTimeout(() => this.#show(trigger, 'hover'), OPEN_DELAY);
  }

  /** The pointer is on the open card, which counts as on its term. */
  pointerOnCard(): void {
    this.#pointerInside = true;
    clearTimeout(this.#timer);
  }

  pointerLeft(): void {
    this.#pointerInside = false;
    clearTimeout(this.#timer);
    if (this.opener === 'hover') this.#timer = setTimeout(() => this.close(), CLOSE_DELAY);
  }

  /** Keyboard focus opens the card; focus from a click or tap leaves that to the click, and Escape's return of focus keeps it closed. */
  focused(trigger: HTMLElement): void {
    if (this.#returningFocus || !trigger.matches(':focus-visible')) return;
    if (this.opener === 'click' && trigger === this.trigger) return;
    this.#show(trigger, 'focus');
  }

  /** Focus left the term or its card; `stillInside` when it went from one to the other. */
  focusLeft(stillInside: boolean): void {
    if (this.open && !stillInside && !this.#pointerInside) this.close();
  }

  /**
   * A click, or Enter, pins a card that hover or focus opened (a reader who presses Enter on a name whose
   * card focus just showed means to keep it, not to close it); otherwise it toggles, as a disclosure does.
   */
  activated(trigger: HTMLElement): void {
    if (this.open && trigger === this.trigger && this.opener !== 'click') this.#set('click');
    else if (this.open && trigger === this.trigger) this.close();
    else this.#show(trigger, 'click');
  }

  /** What a native button does: Enter activates on press, Space on release (without scrolling the page). */
  keyDown(event: KeyboardEvent, trigger: HTMLElement): void {
    if (event.key === 'Enter') {
      event.preventDefault();
      this.activated(trigger);
    } else if (event.key === ' ') {
      event.preventDefault();
    }
  }

  keyUp(event: KeyboardEvent, trigger: HTMLElement): void {
    if (event.key === ' ') this.activated(trigger);
  }

  close(): void {
    clearTimeout(this.#timer);
    if (this.open) this.#set(undefined);
    document.removeEventListener('keydown', this.#onDocumentKeyDown, true);
    document.removeEventListener('pointerdown', this.#onDocumentPointerDown, true);
    window.removeEventListener('resize', this.#position);
    window.removeEventListener('scroll', this.#position, { capture: true });
  }

  #set(opener: Opener | undefined): void {
    this.opener = opener;
    this.#host.requestUpdate();
  }

  #show(trigger: HTMLElement, opener: Opener): void {
    clearTimeout(this.#timer);
    const wasOpen = this.open;
    this.trigger = trigger;
    this.#set(opener);
    if (wasOpen) return;
    document.addEventListener('keydown', this.#onDocumentKeyDown, true);
    document.addEventListener('pointerdown', this.#onDocumentPointerDown, true);
    if (this.anchored) return;
    window.addEventListener('resize', this.#position);
    window.addEventListener('scroll', this.#position, { capture: true, passive: true });
  }

  readonly #position = () => {
    const trigger = this.trigger;
    const card = this.#options.card();
    if (!trigger || !card || !this.open || this.anchored) return;
    const viewport = { width: document.documentElement.clientWidth, height: window.innerHeight };
    const size = { width: card.offsetWidth, height: card.offsetHeight };
    const rtl = getComputedStyle(trigger).direction === 'rtl';
    const { top, left } = placeCard(trigger.getBoundingClientRect(), size, viewport, { gap: GAP, edge: EDGE, rtl });
    card.style.top = `${top}px`;
    card.style.left = `${left}px`;
  };

  readonly #onDocumentKeyDown = (event: KeyboardEvent) => {
    const trigger = this.trigger;
    if (event.key !== 'Escape' || !trigger) return;
    const hadFocus = this.#options.hasFocus(trigger);
    this.close();
    if (!hadFocus) return;
    this.#returningFocus = true;
    trigger.focus();
    this.#returningFocus = false;
  };

  readonly #onDocumentPointerDown = (event: PointerEvent) => {
    if (this.trigger && !this.#options.inside(event.composedPath(), this.trigger)) this.close();
  };
}
