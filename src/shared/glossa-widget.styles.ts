import { css } from 'lit';
import { tokenStyles } from '../styles/tokens.js';

const hostStyles = css`
  :host {
    display: block;
    box-sizing: border-box;
    color: var(--_color-text);
    background: var(--_color-surface);
    font-family: var(--_font-family);
    font-size: var(--_font-size);
    line-height: var(--_line-height);
  }

  :host([hidden]) {
    display: none;
  }

  *,
  *::before,
  *::after {
    box-sizing: inherit;
  }

  :focus-visible {
    outline: var(--_focus-ring-width) solid var(--_color-focus-ring);
    outline-offset: 2px;
  }

  button {
    font: inherit;
  }

  /*
   * A model that does not say its language may still be written in another than the interface's:
   * each block then takes the direction of its own first letter. Text in a language the model names
   * takes that language's direction (tokens).
   */
  :is(p, h2, h3, h4, h5, h6, li, figcaption, legend, label, summary) {
    unicode-bidi: plaintext;
  }

  /* Over the page at the foot of the screen, on the side where lines end, clear of what is read. */
  .way-back {
    inset: auto;
    inset-block-end: var(--_space-m);
    inset-inline-end: var(--_space-m);
    margin: 0;
    padding: 0;
    border: 0;
    background: none;
  }

  .way-back-button {
    min-block-size: 2.75rem;
    padding: var(--_space-s) var(--_space-m);
    border: var(--_border-width) solid var(--_color-accent-text);
    border-radius: 999px;
    background: var(--_color-accent);
    color: var(--_color-accent-text);
    box-shadow: var(--_shadow);
    font-weight: 600;
    cursor: pointer;
  }

  .loading {
    min-block-size: var(--glossa-loading-block-size, 12rem);
    padding: var(--_space-m);
    color: var(--_color-muted);
  }

  .error {
    padding: var(--_space-m);
    border: var(--_border-width) solid var(--_color-incorrect);
    border-radius: var(--_radius);
    background: var(--_color-surface);
    overflow-wrap: anywhere;
  }

  .error p,
  .error ul {
    margin: 0 0 var(--_space-s);
  }

  .error-title {
    font-weight: 700;
  }

  .error-path {
    font-family: var(--_font-family-mono);
    font-size: 0.9em;
  }

  .retry-button {
    padding: var(--_space-xs) var(--_space-m);
    border: var(--_border-width) solid var(--_color-accent);
    border-radius: var(--_radius);
    background: var(--_color-accent);
    color: var(--_color-accent-text);
    cursor: pointer;
  }

  .evidence {
    margin: var(--_space-xs) 0 0;
    color: var(--_color-muted);
    font-size: var(--_font-size-small);
  }

  /* At least 24 px each way (WCAG 2.5.8), even when a link is a bare "7" in a line of small text. */
  .evidence-link {
    display: inline-flex;
    align-items: center;
    justify-content: center;
    min-inline-size: 1.5rem;
    min-block-size: 1.5rem;
    padding: 0;
    border: 0;
    background: none;
    color: var(--_color-accent);
    font: inherit;
    text-decoration: underline;
    cursor: pointer;
  }

  /* Read by screen readers, not shown: clipped rather than display: none. A skip link shows when focused. */
  .visually-hidden,
  .skip-link:not(:focus) {
    position: absolute;
    inline-size: 1px;
    block-size: 1px;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
  }
`;

/**
 * What every widget owes readers who ask for less motion. (Forced colours need no rule here: the browser
 * recolours text and borders itself; only meaning carried by a background needs care, where it is drawn.)
 */
const preferenceStyles = css`
  @media (prefers-reduced-motion: reduce) {
    *,
    *::before,
    *::after {
      animation-duration: 0s !important;
      transition-duration: 0s !important;
      scroll-behavior: auto !important;
    }
  }
`;

/** The tokens, host and state styles every widget starts from; widget styles come after these. */
export const glossaWidgetStyles = [tokenStyles, hostStyles, preferenceStyles];
