import { css } from 'lit';

/**
 * The editor's colours, light and dark (chosen by the inherited colour scheme), as custom properties the
 * app may override: every pair here keeps text at 4.5:1 and boundaries at 3:1 on its background.
 */
export const editorTokens = css`
  :host {
    --studio-editor-text: light-dark(#1b1f24, #e6e9ed);
    --studio-editor-muted: light-dark(#4d5662, #b4bcc6);
    --studio-editor-background: light-dark(#ffffff, #15181c);
    --studio-editor-field: light-dark(#ffffff, #1f2329);
    --studio-editor-item: light-dark(#f5f7f9, #1b1f24);
    --studio-editor-border: light-dark(#6b7480, #8a94a0);
    --studio-editor-button: light-dark(#eef1f4, #2a3038);
    --studio-editor-focus: light-dark(#0b57d0, #8ab4f8);
    --studio-editor-problem: light-dark(#b3261e, #ffb4ab);
    --studio-editor-draft: light-dark(#7a4a00, #ffd27a);
    --studio-editor-draft-background: light-dark(#fff3d6, #3a2a05);
    /* The device's choice, unless the app around the forms makes its own (--studio-color-scheme). */
    color-scheme: var(--studio-color-scheme, light dark);
  }
`;

/** The editor's buttons and focus ring, for the forms and for the parts that keep their own layout. */
export const editorControls = css`
  button {
    font: inherit;
    min-height: 28px;
    min-width: 24px;
    padding: 0.125rem 0.625rem;
    color: inherit;
    background: var(--studio-editor-button);
    border: 1px solid var(--studio-editor-border);
    border-radius: 4px;
    cursor: pointer;
  }
  button:disabled {
    cursor: default;
    opacity: 0.6;
  }
  :focus-visible {
    outline: 3px solid var(--studio-editor-focus);
    outline-offset: 2px;
  }
`;

export const editorStyles = css`
  ${editorControls}
  :host {
    display: block;
    color: var(--studio-editor-text);
    background: var(--studio-editor-background);
    line-height: 1.4;
  }
  .part {
    margin-block-end: 2rem;
  }
  h2 {
    font-size: 1.25rem;
    margin: 1.5rem 0 0.5rem;
  }
  .columns {
    display: grid;
    grid-template-columns: repeat(auto-fit, minmax(16rem, 1fr));
    gap: 0 1rem;
  }
  .field {
    display: grid;
    gap: 0.25rem;
    margin-block: 0.5rem;
    align-content: start;
  }
  .field.check {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.5rem;
  }
  .field.check .hint,
  .field.check .problem {
    flex-basis: 100%;
  }
  label,
  legend {
    font-weight: 600;
  }
  input:not([type='checkbox']),
  textarea,
  select {
    font: inherit;
    color: inherit;
    background: var(--studio-editor-field);
    border: 1px solid var(--studio-editor-border);
    border-radius: 4px;
    padding: 0.25rem 0.375rem;
    min-height: 28px;
    box-sizing: border-box;
    max-width: 100%;
  }
  textarea {
    resize: vertical;
    min-height: 4.5rem;
  }
  input[type='checkbox'] {
    width: 24px;
    height: 24px;
    margin: 0;
    accent-color: var(--studio-editor-focus);
  }
  [aria-invalid='true'] {
    border-color: var(--studio-editor-problem);
    border-width: 2px;
  }
  .hint {
    margin: 0;
    color: var(--studio-editor-muted);
    font-size: 0.9375rem;
  }
  .problem {
    margin: 0;
    color: var(--studio-editor-problem);
    font-weight: 600;
  }
  .problem::before {
    content: '⚠ ';
  }
  fieldset {
    border: 1px solid var(--studio-editor-border);
    border-radius: 6px;
    margin: 0.75rem 0;
    padding: 0.5rem 0.75rem;
    min-width: 0;
  }
  ol.items,
  ul.entries {
    list-style: none;
    margin: 0.5rem 0;
    padding: 0;
    display: grid;
    gap: 0.375rem;
  }
  li.item > details {
    border: 1px solid var(--studio-editor-border);
    border-radius: 6px;
    background: var(--studio-editor-item);
  }
  li.item.drop-target > details {
    outline: 3px dashed var(--studio-editor-focus);
  }
  summary {
    display: flex;
    align-items: center;
    gap: 0.5rem;
    min-height: 32px;
    padding: 0.25rem 0.5rem;
    cursor: pointer;
  }
  summary::before {
    content: '▸';
  }
  details[open] > summary::before {
    content: '▾';
  }
  summary::-webkit-details-marker {
    display: none;
  }
  .summary-text {
    flex: 1;
    min-width: 0;
    overflow-wrap: anywhere;
  }
  .handle {
    cursor: grab;
    color: var(--studio-editor-muted);
    min-width: 24px;
    min-height: 24px;
    display: inline-grid;
    place-items: center;
  }
  .position {
    color: var(--studio-editor-muted);
    font-variant-numeric: tabular-nums;
  }
  .badge {
    color: var(--studio-editor-draft);
    background: var(--studio-editor-draft-background);
    border: 1px solid currentColor;
    border-radius: 999px;
    padding: 0 0.5rem;
    font-size: 0.875rem;
    font-weight: 700;
  }
  .count-problems {
    color: var(--studio-editor-problem);
    font-weight: 600;
    font-size: 0.875rem;
  }
  .item-body {
    padding: 0.25rem 0.75rem 0.75rem;
    border-top: 1px solid var(--studio-editor-border);
  }
  .actions,
  .inline-form,
  .with-action {
    display: flex;
    flex-wrap: wrap;
    align-items: end;
    gap: 0.5rem;
    margin-block: 0.5rem;
  }
  .with-action > .field {
    flex: 1;
    min-width: 12rem;
  }
  .with-action > button {
    margin-block-end: 0.5rem;
  }
  .inline-form .field {
    margin: 0;
  }
  li.entry,
  li.evidence {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.5rem;
  }
  li.entry > input {
    flex: 1;
    min-width: 10rem;
  }
  li.evidence > input {
    flex: 1;
    min-width: 12rem;
  }
  .evidence-target {
    flex-basis: 100%;
  }
  li.entry > .problem,
  li.evidence > .problem,
  li.evidence > .item-problems {
    flex-basis: 100%;
  }
  .draft-note {
    margin: 0.25rem 0;
  }
  .empty {
    color: var(--studio-editor-muted);
    margin: 0.25rem 0;
  }
  .question-import {
    margin-block: 0.75rem;
    overflow-wrap: anywhere;
  }
  .question-import .hint {
    color: var(--studio-editor-muted);
    margin: 0.25rem 0;
  }
  .import-status > :is(p, ul) {
    margin: 0.25rem 0;
  }
  .question-drop.drop-over {
    outline: 3px dashed var(--studio-editor-focus);
    outline-offset: 4px;
  }
  studio-evidence-picker {
    border-top: 1px dashed var(--studio-editor-border);
    margin-top: 0.5rem;
    padding-top: 0.25rem;
  }
  .visually-hidden {
    position: absolute;
    width: 1px;
    height: 1px;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
  }
`;
