import { css } from 'lit';

/** The host and state styles every widget starts from; widget styles are added after these. */
export const glossaWidgetStyles = css`
  :host {
    display: block;
    box-sizing: border-box;
    color: var(--glossa-color-text, #1f2328);
    font-family: var(--glossa-font-family, inherit);
    font-size: var(--glossa-font-size, inherit);
    line-height: var(--glossa-line-height, 1.5);
  }

  :host([hidden]) {
    display: none;
  }

  *,
  *::before,
  *::after {
    box-sizing: inherit;
  }

  [part='loading'] {
    min-block-size: var(--glossa-loading-block-size, 12rem);
    padding: var(--glossa-space-m, 1rem);
    color: var(--glossa-color-muted, #59636e);
  }

  [part='error'] {
    padding: var(--glossa-space-m, 1rem);
    border: var(--glossa-border-width, 1px) solid var(--glossa-color-incorrect, #b42318);
    border-radius: var(--glossa-radius, 0.5rem);
    background: var(--glossa-color-surface, #ffffff);
    overflow-wrap: anywhere;
  }

  [part='error'] p,
  [part='error'] ul {
    margin: 0 0 var(--glossa-space-s, 0.5rem);
  }

  [part='error-title'] {
    font-weight: 700;
  }

  [part='error-path'] {
    font-family: var(--glossa-font-family-mono, ui-monospace, monospace);
    font-size: 0.9em;
  }

  [part='retry-button'] {
    font: inherit;
    padding: var(--glossa-space-xs, 0.25rem) var(--glossa-space-m, 1rem);
    border: var(--glossa-border-width, 1px) solid var(--glossa-color-accent, #0b5cad);
    border-radius: var(--glossa-radius, 0.5rem);
    background: var(--glossa-color-accent, #0b5cad);
    color: var(--glossa-color-accent-text, #ffffff);
    cursor: pointer;
  }

  :focus-visible {
    outline: var(--glossa-focus-ring-width, 3px) solid var(--glossa-color-focus-ring, #1a73e8);
    outline-offset: 2px;
  }
`;
