import { css } from 'lit';
import { entityCardStyles } from '../shared/entity-card.styles.js';
import { creditStyles } from '../shared/license-view.styles.js';
import { tokenStyles } from '../styles/tokens.js';

/** A term's hovercard, shared by `<glossa-term>` and the one card of `<glossa-annotate>`, with the styles its card needs. */
export const termCardStyles = [
  tokenStyles,
  entityCardStyles,
  creditStyles,
  css`
  .hovercard {
    box-sizing: border-box;
    position: fixed;
    inset: auto;
    margin: 0;
    inline-size: max-content;
    /* 8 px from each side of a phone's screen (the element keeps the same margin when it places the card). */
    max-inline-size: min(var(--glossa-term-card-inline-size, 22rem), calc(100vw - 16px));
    padding: var(--_space-m);
    border: var(--_border-width) solid var(--_color-border);
    border-radius: var(--_radius);
    background: var(--glossa-term-card-background, var(--_color-surface));
    box-shadow: var(--_shadow);
    color: var(--_color-text);
    font-family: var(--_font-family);
    font-size: var(--_font-size);
    font-style: normal;
    font-weight: normal;
    line-height: var(--_line-height);
    letter-spacing: normal;
    text-align: start;
    text-indent: 0;
    text-transform: none;
    white-space: normal;
  }

  .hovercard .name {
    font-size: var(--_font-size);
  }

  .more {
    margin-block-start: var(--_space-xs);
    font-size: var(--_font-size-small);
  }

  /*
   * The area runs from the term to the viewport's side: the end margin keeps the card off that side.
   * The anchor is the term that showed the card (its popover source) unless the element names one.
   */
  .anchored {
    position-area: block-end span-inline-end;
    margin-block: 6px;
    margin-inline-end: 8px;
    position-try-fallbacks: flip-block, flip-inline, flip-block flip-inline;
  }

  @media (forced-colors: active) {
    .hovercard {
      border-color: CanvasText;
    }
  }
`,
];
