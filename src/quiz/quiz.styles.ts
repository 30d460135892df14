import { css } from 'lit';

export const quizStyles = css`
  :host {
    --_quiz-border: var(--glossa-quiz-border-color, var(--_color-border));
    --_quiz-correct: var(--glossa-quiz-correct-color, var(--_color-correct));
    --_quiz-incorrect: var(--glossa-quiz-incorrect-color, var(--_color-incorrect));
  }

  .base {
    display: flex;
    flex-direction: column;
    gap: var(--_space-m);
    padding: var(--glossa-quiz-padding, var(--_space-l));
    border: var(--_border-width) solid var(--_quiz-border);
    border-radius: var(--_radius);
    background: var(--glossa-quiz-background, var(--_color-surface));
    overflow-wrap: anywhere;
  }

  p,
  ol,
  ul,
  blockquote {
    margin: 0;
  }

  .title,
  .results-heading,
  .answer-key-heading {
    margin: 0;
    font-family: var(--_font-family-heading);
    font-size: var(--_font-size-large);
    line-height: 1.25;
  }

  .message,
  .note {
    color: var(--_color-muted);
  }

  .progress {
    display: flex;
    flex-direction: column;
    gap: var(--_space-xs);
    color: var(--_color-muted);
    font-size: var(--_font-size-small);
  }

  .progress-bar {
    inline-size: 100%;
    accent-color: var(--_color-accent);
  }

  .question {
    display: flex;
    flex-direction: column;
    gap: var(--_space-s);
  }

  .question[hidden],
  .answer-key {
    display: none;
  }

  .fieldset {
    display: flex;
    flex-direction: column;
    gap: var(--_space-s);
    min-inline-size: 0;
    margin: 0;
    padding: 0;
    border: 0;
  }

  .prompt {
    padding: 0;
    margin-block-end: var(--_space-s);
    font-weight: 600;
  }

  .blank {
    display: inline-block;
    inline-size: 4em;
    block-size: 1em;
    border-block-end: 2px solid currentColor;
  }

  .choices,
  .match-pairs {
    display: flex;
    flex-direction: column;
    gap: var(--_space-s);
  }

  .choice {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_space-s);
    align-items: start;
    padding: var(--_space-s);
    border: var(--_border-width) solid var(--_quiz-border);
    border-radius: var(--_radius);
    cursor: pointer;
  }

  .choice:has(:checked) {
    border-color: var(--_color-accent);
    background: var(--_color-surface-raised);
  }

  /*
   * Drawn rather than native: a native control is drawn pale once its question is checked (disabled),
   * so the reader's own choice would fade just as it is marked; and it sits on the text's baseline,
   * above the middle of its line. This one is centred on the first line and keeps its colours.
   */
  .choice-input {
    appearance: none;
    display: grid;
    place-content: center;
    flex: none;
    inline-size: 1.25em;
    block-size: 1.25em;
    margin: calc((1lh - 1.25em) / 2) 0 0;
    border: calc(var(--_border-width) * 2) solid var(--_color-muted);
    border-radius: 0.25em;
    background: var(--_color-surface);
  }

  .choice-input[type='radio'] {
    border-radius: 50%;
  }

  .choice-input:checked {
    border-color: var(--_color-accent);
    background: var(--_color-accent);
  }

  .choice-input[type='radio']:checked {
    box-shadow: inset 0 0 0 0.2em var(--_color-surface);
  }

  .choice-input[type='checkbox']:checked::before {
    content: '';
    inline-size: 0.35em;
    block-size: 0.7em;
    margin-block-start: -0.15em;
    border: solid var(--_color-accent-text);
    border-width: 0 0.15em 0.15em 0;
    rotate: 45deg;
  }

  .choice-text {
    flex: 1 1 10rem;
  }

  .mark {
    font-size: var(--_font-size-small);
    font-weight: 600;
  }

  .mark-right,
  .result-correct {
    color: var(--_quiz-correct);
  }

  .mark-wrong,
  .result-incorrect {
    color: var(--_quiz-incorrect);
  }

  .result-skipped,
  .answer-first {
    color: var(--_color-muted);
  }

  .answer-first {
    margin: 0;
    font-weight: 600;
  }

  .choice-feedback {
    padding-inline-start: var(--_space-l);
    color: var(--_color-muted);
    font-size: var(--_font-size-small);
  }

  input,
  select {
    font: inherit;
    color: inherit;
  }

  .blank-input,
  .match-select {
    max-inline-size: 100%;
    padding: var(--_space-xs) var(--_space-s);
    border: var(--_border-width) solid var(--_color-muted);
    border-radius: var(--_radius);
    background: var(--_color-surface);
  }

  .order-list {
    display: flex;
    flex-direction: column;
    gap: var(--_space-xs);
    padding: 0;
    list-style: none;
  }

  .order-item {
    display: flex;
    gap: var(--_space-s);
    align-items: center;
    padding: var(--_space-xs) var(--_space-s);
    border: var(--_border-width) solid var(--_quiz-border);
    border-radius: var(--_radius);
    background: var(--_color-surface);
  }

  .order-item:has(.drag-handle:active) {
    position: relative;
    z-index: 1;
    box-shadow: var(--_shadow);
  }

  .drag-handle {
    flex: none;
    inline-size: 1.5rem;
    block-size: 1.5rem;
    background: radial-gradient(circle, var(--_color-muted) 1.5px, transparent 2px) 0 0 / 0.5rem 0.5rem;
    cursor: grab;
    touch-action: none;
  }

  /* A checked order is read, not moved: its items are their text alone, without a gutter or buttons. */
  :disabled :is(.drag-handle, .move-buttons) {
    display: none;
  }

  .order-text {
    flex: 1;
  }

  .move-buttons {
    display: flex;
    flex: none;
    gap: var(--_space-xs);
  }

  .match-options {
    display: none;
  }

  .match-pair {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_space-xs) var(--_space-s);
    align-items: center;
  }

  .match-left {
    flex: 1 1 10rem;
  }

  .match-select,
  .match-answer {
    flex: 1 1 12rem;
    min-inline-size: 0;
  }

  .match-answer {
    font-weight: 600;
    overflow-wrap: anywhere;
  }

  button {
    padding: var(--_space-xs) var(--_space-m);
    border: var(--_border-width) solid var(--_color-accent);
    border-radius: var(--_radius);
    background: var(--_color-surface);
    color: var(--_color-accent);
    cursor: pointer;
  }

  button:disabled {
    border-color: var(--_quiz-border);
    color: var(--_color-muted);
    cursor: default;
  }

  .move-up,
  .move-down {
    padding: var(--_space-xs) var(--_space-s);
  }

  .check-button,
  .primary,
  .retry-wrong-button {
    background: var(--_color-accent);
    color: var(--_color-accent-text);
    font-weight: 600;
  }

  .check-button {
    align-self: flex-start;
  }

  .nav {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_space-s);
    justify-content: space-between;
  }

  .results .nav {
    justify-content: flex-start;
  }

  /* A line all round: the panel keeps its shape on a page of its own colour, and where forced colours drop backgrounds. */
  .feedback {
    display: flex;
    flex-direction: column;
    gap: var(--_space-s);
    padding: var(--_space-s) var(--_space-m);
    border: var(--_border-width) solid var(--_quiz-border);
    border-inline-start: calc(var(--_border-width) * 4) solid var(--_quiz-incorrect);
    background: var(--_color-surface-raised);
  }

  .feedback-correct {
    border-inline-start-color: var(--_quiz-correct);
  }

  .verdict,
  .pass-verdict {
    font-weight: 700;
  }

  .right-answer-list {
    padding-inline-start: var(--_space-l);
  }

  .evidence-summary {
    color: var(--_color-accent);
    cursor: pointer;
  }

  .quote {
    margin-block: var(--_space-s);
    padding-inline-start: var(--_space-m);
    border-inline-start: var(--_border-width) solid var(--_color-muted);
    font-style: italic;
  }

  .results {
    display: flex;
    flex-direction: column;
    gap: var(--_space-s);
    padding-block-end: var(--_space-m);
    border-block-end: var(--_border-width) solid var(--_quiz-border);
  }

  .score {
    font-size: var(--_font-size-large);
  }

  .result-list {
    display: flex;
    flex-direction: column;
    gap: var(--_space-xs);
    padding: 0;
    list-style: none;
  }


  .review-button {
    margin-inline-end: var(--_space-s);
    padding: 0;
    border: 0;
    text-decoration: underline;
  }

  /* Forced colours drop backgrounds and shadows: the chosen option and the item being dragged need a line. */
  @media (forced-colors: active) {
    .drag-handle {
      background-image: radial-gradient(circle, CanvasText 1.5px, transparent 2px);
      forced-color-adjust: none;
    }

    .choice:has(:checked) {
      border-color: Highlight;
      outline: var(--_border-width) solid Highlight;
    }

    .choice-input:checked {
      forced-color-adjust: none;
      border-color: Highlight;
      background: Highlight;
    }

    .choice-input[type='radio']:checked {
      box-shadow: inset 0 0 0 0.2em Canvas;
    }

    .choice-input[type='checkbox']:checked::before {
      border-color: HighlightText;
    }

    .order-item:has(.drag-handle:active) {
      outline: calc(var(--_border-width) * 2) solid Highlight;
    }
  }

  @media (prefers-reduced-motion: no-preference) {
    .order-item {
      transition: box-shadow 0.15s;
    }
  }

  @media print {
    .base {
      border: 0;
      padding: 0;
    }

    .question,
    .question[hidden] {
      display: block;
      break-inside: avoid;
    }

    button,
    .nav,
    .progress,
    .results,
    .feedback,
    .mark,
    .choice-feedback,
    .drag-handle,
    .note {
      display: none;
    }

    .choice,
    .choice:has(:checked),
    .order-item {
      border: 0;
      background: none;
    }

    .choice-input,
    .choice-input[type]:checked {
      border: 1px solid;
      background: none;
      box-shadow: none;
    }

    .choice-input::before {
      display: none;
    }

    .order-item::before {
      content: '';
      flex: none;
      inline-size: 1.5em;
      block-size: 1.5em;
      border: 1px solid;
    }

    /* The answer is hidden but its line is not: the border takes the text colour, not the transparent one. */
    .blank-input,
    .match-select {
      appearance: none;
      border: 0;
      border-block-end: 1px solid var(--_color-text);
      border-radius: 0;
      color: transparent;
    }

    /* A short line for the option's letter, right after the name. */
    .match-left {
      flex: none;
    }

    .match-select {
      flex: none;
      inline-size: 4em;
    }

    .answer-key {
      display: block;
      break-before: page;
    }

    .match-options {
      display: block;
      list-style: upper-alpha;
    }
  }
`;
