import type { ReactiveController, ReactiveControllerHost } from 'lit';

/** Sub-pixel scroll positions of zoomed pages: nearer than this to an edge counts as at it. */
const SLACK = 2;

/**
 * Watches a horizontal scroller of the host's shadow root: whether it overflows, and whether there is
 * more before or after what shows (in the direction of the text, so "after" is leftward in Arabic),
 * updating the host when that changes; and pages it by most of its width. A layout with nothing to
 * scroll reports no more either way.
 */
export class ScrollEdgesController implements ReactiveController {
  /** More content lies before the start of what shows. */
  moreBefore = false;
  /** More content lies after the end of what shows. */
  moreAfter = false;

  readonly #host: ReactiveControllerHost & HTMLElement;
  readonly #selector: string;
  #scroller: HTMLElement | undefined;
  /** Made on first update: a server rendering has no ResizeObserver. */
  #resize: ResizeObserver | undefined;
  readonly #onScroll = () => this.#measure();

  constructor(host: ReactiveControllerHost & HTMLElement, selector: string) {
    this.#host = host;
    this.#selector = selector;
    host.addController(this);
  }

  hostUpdated(): void {
    const scroller = this.#host.shadowRoot?.querySelector<HTMLElement>(this.#selector) ?? undefined;
    if (scroller === this.#scroller) return;
    this.#unwatch();
    this.#scroller = scroller;
    if (!scroller) return;
    scroller.addEventListener('scroll', this.#onScroll, { passive: true });
    this.#resize ??= new ResizeObserver(() => this.#measure());
    this.#resize.observe(scroller);
    // Observing reports the first size too, after layout and outside this update.
    if (scroller.firstElementChild) this.#resize.observe(scroller.firstElementChild);
  }

  hostDisconnected(): void {
    this.#unwatch();
    this.#scroller = undefined;
  }

  /** Scrolls most of a view forward (`1`) or back (`-1`) along the text, keeping a little in sight. */
  page(step: 1 | -1): void {
    const scroller = this.#scroller;
    if (!scroller) return;
    const rtl = getComputedStyle(scroller).direction === 'rtl';
    scroller.scrollBy({ left: step * (rtl ? -1 : 1) * scroller.clientWidth * 0.8 });
  }

  #unwatch(): void {
    this.#scroller?.removeEventListener('scroll', this.#onScroll);
    this.#resize?.disconnect();
  }

  #measure(): void {
    const scroller = this.#scroller;
    if (!scroller) return;
    // In right-to-left text scrollLeft runs from 0 at the start down to negative values.
    const travelled = Math.abs(scroller.scrollLeft);
    const room = scroller.scrollWidth - scroller.clientWidth;
    const before = travelled > SLACK;
    const after = room - travelled > SLACK;
    if (before === this.moreBefore && after === this.moreAfter) return;
    this.moreBefore = before;
    this.moreAfter = after;
    this.#host.requestUpdate();
  }
}
