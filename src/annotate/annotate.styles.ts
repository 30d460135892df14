import { css } from 'lit';

/**
 * The body keeps the page's own styles: the element is only a block around it. The tokens' colour
 * scheme and direction, which every widget's host takes, would change the page's text and controls
 * here, so the host keeps the page's and only the card takes the interface's direction.
 */
export const annotateStyles = css`
  :host,
  :host(:state(ltr)),
  :host(:state(rtl)),
  :host(:state(theme-dark)),
  :host(:state(theme-contrast)),
  :host(:state(theme-auto)) {
    display: block;
    color-scheme: inherit;
    direction: inherit;
  }

  :host([hidden]) {
    display: none;
  }

  :host(:state(ltr)) .hovercard {
    direction: ltr;
  }

  :host(:state(rtl)) .hovercard {
    direction: rtl;
  }

  .card-events {
    display: contents;
  }
`;
