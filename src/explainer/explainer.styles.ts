import { css } from 'lit';

export const explainerStyles = css`
  :host {
    container-type: inline-size;
  }

  .base {
    display: flex;
    flex-direction: column;
    gap: var(--_space-m);
    padding: var(--glossa-explainer-padding, var(--_space-l));
    border: var(--_border-width) solid var(--glossa-explainer-border-color, var(--_color-border));
    border-radius: var(--_radius);
    background: var(--glossa-explainer-background, var(--_color-surface));
    overflow-wrap: anywhere;
  }

  .header > *,
  section > *,
  .footer > * {
    margin: 0;
  }

  .title {
    font-family: var(--_font-family-heading);
    font-size: var(--_font-size-display);
    line-height: 1.2;
  }

  .dek {
    margin-block-start: var(--_space-s);
    color: var(--_color-muted);
    font-size: var(--_font-size-large);
  }

  .section-heading {
    margin-block-end: var(--_space-xs);
    font-family: var(--_font-family-heading);
    font-size: var(--_font-size-large);
    line-height: 1.25;
  }

  /*
   * Rows that share their width out: the cards of a last, shorter row grow to fill it rather than
   * leave one alone beside a gap; and a card is never narrower than its figure, which breaks only in
   * a list as narrow as a phone.
   */
  .fact-list {
    container-type: inline-size;
    display: flex;
    flex-wrap: wrap;
    gap: var(--_space-m);
    padding: 0;
    list-style: none;
  }

  /* A line all round: the panel keeps its shape on a page of its own colour, and where forced colours drop backgrounds. */
  .fact {
    flex: 1 1 10rem;
    max-inline-size: 100%;
    display: flex;
    flex-direction: column;
    padding: var(--_space-s) var(--_space-m);
    border: var(--_border-width) solid var(--_color-border);
    border-inline-start: calc(var(--_border-width) * 4) solid var(--glossa-explainer-fact-color, var(--_color-accent));
    background: var(--_color-surface-raised);
  }

  .fact-value,
  .fact-label,
  .quote-words,
  .quote-role {
    unicode-bidi: plaintext;
  }

  .fact-value {
    color: var(--glossa-explainer-fact-color, var(--_color-accent));
    font-size: var(--_font-size-display);
    font-weight: 700;
    line-height: 1.1;
  }

  @container (min-width: 21rem) {
    .fact-value {
      white-space: nowrap;
    }
  }

  /* Too narrow for two cards of their usual width: one column, rather than rows of one and two. */
  @container (max-width: 24rem) {
    .fact {
      flex-basis: 100%;
    }
  }

  .more-button {
    align-self: flex-start;
    padding: var(--_space-s) var(--_space-m);
    border: var(--_border-width) solid var(--_color-accent);
    border-radius: var(--_radius);
    background: var(--_color-surface);
    color: var(--_color-accent);
    font-weight: 600;
    cursor: pointer;
  }

  .more-button::after {
    content: '';
    display: inline-block;
    inline-size: 0.5em;
    block-size: 0.5em;
    margin-inline-start: var(--_space-s);
    border-block-end: 2px solid currentColor;
    border-inline-end: 2px solid currentColor;
    transform: translateY(-25%) rotate(45deg);
  }

  .more-button[aria-expanded='true']::after {
    transform: translateY(25%) rotate(-135deg);
  }

  .more {
    display: flex;
    flex-direction: column;
    gap: var(--_space-m);
  }

  .more[hidden] {
    display: none;
  }

  .quote-list {
    display: flex;
    flex-direction: column;
    gap: var(--_space-m);
    padding: 0;
    list-style: none;
  }

  .quote-figure,
  .quote-words,
  .figure,
  .figure-quote,
  .figure-caption > p {
    margin: 0;
  }

  .quote-words,
  .figure-quote {
    padding-inline-start: var(--_space-m);
    border-inline-start: calc(var(--_border-width) * 4) solid var(--glossa-explainer-fact-color, var(--_color-accent));
    font-family: var(--_font-family-heading);
    font-size: var(--_font-size-large);
  }

  /* The marks of the article's language: quotes: auto follows the lang attribute. */
  .quote-words::before {
    content: open-quote;
  }

  .quote-words::after {
    content: close-quote;
  }

  .figure-quote > p + p,
  .figure-caption > p + p {
    margin-block-start: var(--_space-s);
  }

  .quote-speaker {
    margin-block-start: var(--_space-xs);
    padding-inline-start: var(--_space-m);
    font-size: var(--_font-size-small);
    font-weight: 700;
  }

  .quote-role {
    display: block;
    color: var(--_color-muted);
    font-weight: 400;
  }

  .figure-image {
    display: block;
    max-inline-size: 100%;
    block-size: auto;
    border-radius: var(--_radius);
  }

  /* Where the picture would be: a quiet frame that says it is elsewhere, not an empty box. */
  .figure-unshown {
    margin: 0;
    padding: var(--_space-s) var(--_space-m);
    border: var(--_border-width) dashed var(--_color-border);
    border-radius: var(--_radius);
    color: var(--_color-muted);
    font-size: var(--_font-size-small);
  }

  .figure-caption {
    margin-block-start: var(--_space-xs);
    color: var(--_color-muted);
    font-size: var(--_font-size-small);
  }

  .figure-quote + .figure-caption {
    padding-inline-start: var(--_space-m);
  }

  .figure-credit {
    font-style: italic;
  }

  .footer {
    display: flex;
    flex-direction: column;
    gap: var(--_space-xs);
    padding-block-start: var(--_space-s);
    border-block-start: var(--_border-width) solid var(--_color-border);
    color: var(--_color-muted);
    font-size: var(--_font-size-small);
  }

  .source-link {
    color: var(--_color-accent);
  }

  @container (max-width: 24rem) {
    .base {
      padding: var(--_space-m);
    }

    .title {
      font-size: var(--_font-size-large);
    }
  }
`;
