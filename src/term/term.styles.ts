import { css, unsafeCSS } from 'lit';

/**
 * How a term looks in running text, for the elements `selector` matches: a dotted underline, solid
 * while its card is open, and the focus ring. `<glossa-term>`'s button and `<glossa-annotate>`'s marks.
 */
export const termLookStyles = (selector: string) => {
  const term = unsafeCSS(selector);
  return css`
    ${term} {
      text-decoration: underline dotted var(--glossa-term-underline-color, currentColor);
      text-decoration-thickness: max(1px, 0.08em);
      text-underline-offset: 0.2em;
      cursor: help;
    }

    ${term}[aria-expanded='true'] {
      text-decoration-style: solid;
    }

    ${term}:focus-visible {
      outline: var(--_focus-ring-width) solid var(--_color-focus-ring);
      outline-offset: 2px;
      border-radius: 2px;
    }
  `;
};

/** The term's own: its host and the anchor of its card. The card's are in term-card.styles.ts. */
export const termStyles = css`
  :host {
    display: inline;
  }

  :host([hidden]) {
    display: none;
  }

  /* Browsers without anchor positioning ignore these, and the element measures and places the card. */
  .trigger {
    anchor-name: --glossa-term;
  }

  .anchored {
    position-anchor: --glossa-term;
  }
`;
