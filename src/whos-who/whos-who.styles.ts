import { css } from 'lit';

export const whosWhoStyles = css`
  :host {
    container-type: inline-size;
  }

  [hidden] {
    display: none !important;
  }

  [part='base'],
  [part='group'] {
    display: flex;
    flex-direction: column;
    gap: var(--_space-m);
  }

  [part='heading'],
  [part='group-heading'],
  [part='count'] {
    margin: 0;
  }

  [part='heading'] {
    font-family: var(--_font-family-heading);
    font-size: var(--_font-size-display);
    line-height: 1.2;
  }

  [part='group-heading'] {
    font-family: var(--_font-family-heading);
    font-size: var(--_font-size-large);
    line-height: 1.25;
  }

  [part='search'] {
    display: flex;
    flex-direction: column;
    gap: var(--_space-xs);
  }

  [part='search-label'] {
    font-weight: 600;
  }

  [part='search-input'] {
    max-inline-size: 100%;
    padding: var(--_space-s);
    border: var(--_border-width) solid var(--_color-muted);
    border-radius: var(--_radius);
    background: var(--_color-surface);
    color: var(--_color-text);
    font: inherit;
  }

  [part='count'] {
    color: var(--_color-muted);
    font-size: var(--_font-size-small);
  }

  [part='list'] {
    display: flex;
    flex-direction: column;
    gap: var(--_space-m);
    margin: 0;
    padding: 0;
    list-style: none;
  }

  :host([layout='grid']) [part='list'] {
    display: grid;
    grid-template-columns: repeat(auto-fill, minmax(min(100%, var(--glossa-whos-who-entry-min-inline-size, 16rem)), 1fr));
  }

  [part~='entry'] {
    padding: var(--_space-m);
    border: var(--_border-width) solid var(--_color-border);
    border-radius: var(--_radius);
    background: var(--glossa-whos-who-entry-background, var(--_color-surface));
    scroll-margin: var(--_space-l);
  }

  /* Not colour alone: a thick bar and an outline mark the entry a link led to. */
  [part~='highlighted'] {
    border-inline-start: calc(var(--_border-width) * 6) solid var(--glossa-whos-who-highlight-color, var(--_color-accent));
    outline: calc(var(--_border-width) * 2) solid var(--glossa-whos-who-highlight-color, var(--_color-accent));
    background: var(--_color-surface-raised);
  }

  [part~='entry']:focus-visible {
    outline: var(--_focus-ring-width) solid var(--_color-focus-ring);
    outline-offset: 2px;
  }

  [part='relation-link'] {
    color: var(--_color-accent);
  }

  @container (max-width: 24rem) {
    [part='heading'] {
      font-size: var(--_font-size-large);
    }

    [part~='entry'] {
      padding: var(--_space-s);
    }
  }
`;
