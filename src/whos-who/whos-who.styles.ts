import { css } from 'lit';

export const whosWhoStyles = css`
  :host {
    container-type: inline-size;
  }

  /* Closed details stay findable in the page (hidden="until-found"), which display: none would undo. */
  [hidden]:not([hidden='until-found']) {
    display: none !important;
  }

  .skip-link {
    align-self: start;
    padding: var(--_space-xs) var(--_space-s);
    color: var(--_color-accent);
  }

  .base,
  .group {
    display: flex;
    flex-direction: column;
    gap: var(--_space-m);
  }

  .heading,
  .group-heading,
  .count {
    margin: 0;
  }

  .heading {
    font-family: var(--_font-family-heading);
    font-size: var(--_font-size-display);
    line-height: 1.2;
  }

  .group-heading {
    font-family: var(--_font-family-heading);
    font-size: var(--_font-size-large);
    line-height: 1.25;
  }

  .search {
    display: flex;
    flex-direction: column;
    gap: var(--_space-xs);
  }

  .search-label {
    font-weight: 600;
  }

  .search-input {
    max-inline-size: 100%;
    padding: var(--_space-s);
    border: var(--_border-width) solid var(--_color-muted);
    border-radius: var(--_radius);
    background: var(--_color-surface);
    color: var(--_color-text);
    font: inherit;
  }

  .count {
    color: var(--_color-muted);
    font-size: var(--_font-size-small);
  }

  .list {
    display: flex;
    flex-direction: column;
    gap: var(--_space-m);
    margin: 0;
    padding: 0;
    list-style: none;
  }

  .list.grid {
    display: grid;
    grid-template-columns: repeat(auto-fill, minmax(min(100%, var(--glossa-whos-who-entry-min-inline-size, 16rem)), 1fr));
  }

  .entry {
    padding: var(--_space-m);
    border: var(--_border-width) solid var(--_color-border);
    border-radius: var(--_radius);
    background: var(--glossa-whos-who-entry-background, var(--_color-surface));
    scroll-margin: var(--_space-l);
  }

  /* A long list lays out and paints only the entries near the screen; find in page still reaches the rest. */
  .long > .entry {
    content-visibility: auto;
    contain-intrinsic-block-size: auto 6rem;
  }

  /* Not colour alone: a thick bar and an outline mark the entry a link led to. */
  .highlighted {
    border-inline-start: calc(var(--_border-width) * 6) solid var(--glossa-whos-who-highlight-color, var(--_color-accent));
    outline: calc(var(--_border-width) * 2) solid var(--glossa-whos-who-highlight-color, var(--_color-accent));
    background: var(--_color-surface-raised);
  }

  .entry:focus-visible {
    outline: var(--_focus-ring-width) solid var(--_color-focus-ring);
    outline-offset: 2px;
  }

  /* The whole name is the target, with a sign that it opens: a chevron that turns. */
  .name-button {
    display: flex;
    align-items: center;
    gap: var(--_space-s);
    inline-size: 100%;
    min-block-size: 1.5rem;
    padding: 0;
    border: 0;
    background: none;
    color: inherit;
    font: inherit;
    text-align: start;
    cursor: pointer;
  }

  .name-button::after {
    content: '';
    flex: none;
    inline-size: 0.5em;
    block-size: 0.5em;
    /* Room for the corners of the turned square, which would overflow the button. */
    margin-inline: auto 0.25em;
    /* Physical sides: a chevron points down in either direction of text. */
    border-bottom: calc(var(--_border-width) * 2) solid currentColor;
    border-right: calc(var(--_border-width) * 2) solid currentColor;
    transform: translateY(-25%) rotate(45deg);
    transition: transform 0.15s;
  }

  .name-button[aria-expanded='true']::after {
    transform: translateY(25%) rotate(225deg);
  }

  .name-button:focus-visible {
    outline: var(--_focus-ring-width) solid var(--_color-focus-ring);
    outline-offset: 2px;
  }

  .details {
    display: flex;
    flex-direction: column;
    gap: var(--_space-xs);
    grid-column: 2;
    margin-block-start: var(--_space-xs);
  }

  .details > * {
    margin: 0;
  }

  .details[hidden] {
    margin: 0;
  }

  /* A printed who's who has no buttons to press: every entry prints whole. */
  @media print {
    .long > .entry {
      content-visibility: visible;
    }

    .details[hidden] {
      display: flex !important;
      content-visibility: visible;
    }

    .name-button::after {
      content: none;
    }
  }

  @container (max-width: 24rem) {
    .heading {
      font-size: var(--_font-size-large);
    }

    .entry {
      padding: var(--_space-s);
    }
  }
`;
