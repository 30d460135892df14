import type { ReactiveController, ReactiveControllerHost } from 'lit';

type Host = ReactiveControllerHost & HTMLElement;

/**
 * The way back after an evidence link: following one to a paragraph of the page shows a "Back to where
 * you were" button, which returns focus (and so the view) to the link. The browser's own Back does the
 * same: when the address leaves the paragraph's fragment, focus returns to the link and the button goes.
 * Escape, or leaving the page's fragment some other way, dismisses it.
 */
export class WayBackController implements ReactiveController {
  /** The evidence link last followed, while the way back to it is offered. */
  link: HTMLAnchorElement | undefined;

  readonly #host: Host;
  readonly #onHashChange = () => {
    if (location.hash !== this.link?.hash) this.back();
  };
  readonly #onKeyDown = (event: KeyboardEvent) => {
    if (event.key === 'Escape') this.#close();
  };

  constructor(host: Host) {
    this.#host = host;
    host.addController(this);
  }

  /** A reader followed `link`: offer the way back once the page has moved to its paragraph. */
  followed(link: HTMLAnchorElement): void {
    const page = (place: HTMLAnchorElement | Location) => place.origin + place.pathname + place.search;
    if (!link.hash || page(link) !== page(location)) return;
    this.#close();
    this.link = link;
    addEventListener('hashchange', this.#onHashChange);
    document.addEventListener('keydown', this.#onKeyDown);
    this.#host.requestUpdate();
  }

  /** Back to the link: focus (which scrolls it into view) and the offer withdrawn. */
  back(): void {
    const link = this.link;
    this.#close();
    link?.focus();
  }

  hostUpdated(): void {
    // Without a link there is no offer: no need to look for it through a tree of thousands of entries.
    if (!this.link) return;
    const offer = this.#host.shadowRoot?.querySelector<HTMLElement>('.way-back');
    if (offer && !offer.matches(':popover-open')) offer.showPopover();
  }

  hostDisconnected(): void {
    this.#close();
  }

  #close(): void {
    if (!this.link) return;
    this.link = undefined;
    removeEventListener('hashchange', this.#onHashChange);
    document.removeEventListener('keydown', this.#onKeyDown);
    this.#host.requestUpdate();
  }
}
