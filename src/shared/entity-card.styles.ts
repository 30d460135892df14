import { css } from 'lit';

/** The entity card's layout, shared by the who's who and the hovercard. */
export const entityCardStyles = css`
  .card {
    display: grid;
    grid-template-columns: auto minmax(0, 1fr);
    column-gap: var(--_space-m);
    align-items: start;
    overflow-wrap: anywhere;
  }

  .card > :where(:not(.avatar)) {
    grid-column: 2;
    margin: 0;
  }

  .avatar {
    grid-row: 1 / span 6;
    display: grid;
    place-items: center;
    inline-size: var(--glossa-avatar-size, 3rem);
    block-size: var(--glossa-avatar-size, 3rem);
    border: var(--_border-width) solid var(--_color-border);
    border-radius: 50%;
    background: var(--_color-surface-raised);
    color: var(--_color-accent);
    font-weight: 700;
    object-fit: cover;
  }

  .kind-mark {
    inline-size: 55%;
    block-size: 55%;
    fill: none;
    stroke: currentColor;
    stroke-width: 2;
    stroke-linecap: round;
    stroke-linejoin: round;
  }

  .name {
    font-family: var(--_font-family-heading);
    font-size: var(--_font-size-large);
    font-weight: 700;
    line-height: 1.25;
  }

  .category {
    color: var(--_color-muted);
    font-size: var(--_font-size-small);
    text-transform: uppercase;
  }

  .role {
    color: var(--_color-muted);
    font-size: var(--_font-size-small);
    font-weight: 600;
  }

  .summary {
    margin-block-start: var(--_space-xs);
  }

  /* The article's words, at most a few lines of each: the explainer shows them whole. */
  .quote {
    display: -webkit-box;
    -webkit-box-orient: vertical;
    -webkit-line-clamp: 4;
    overflow: hidden;
    margin-block-start: var(--_space-xs);
    padding-inline-start: var(--_space-s);
    border-inline-start: calc(var(--_border-width) * 3) solid var(--_color-accent);
    unicode-bidi: plaintext;
  }

  .quote::before {
    content: open-quote;
  }

  .quote::after {
    content: close-quote;
  }

  .image-credit {
    margin-block-start: var(--_space-xs);
    color: var(--_color-muted);
    font-size: var(--_font-size-small);
  }

  /* A target of 24 px or more (WCAG 2.5.8): a line of small text is not one, and relations stack. */
  .relation-link,
  .more-link {
    display: inline-block;
    min-block-size: 1.5rem;
    color: var(--_color-accent);
  }

  .relations {
    margin-block-start: var(--_space-xs);
    padding: 0;
    font-size: var(--_font-size-small);
    list-style: none;
  }
`;
