import { css } from 'lit';

export const studioAppStyles = css`
  :host {
    --studio-text: light-dark(#1f2328, #e6edf3);
    --studio-muted: light-dark(#59636e, #9aa3ad);
    --studio-surface: light-dark(#ffffff, #0d1117);
    --studio-raised: light-dark(#f6f8fa, #161b22);
    --studio-border: light-dark(#818b98, #768390);
    --studio-accent: light-dark(#0550ae, #4493f8);
    --studio-accent-text: light-dark(#ffffff, #0d1117);
    --studio-danger: light-dark(#a40e26, #ff8182);
    --studio-focus: light-dark(#0969da, #79c0ff);
    /* The app's colour choice reaches the forms and the dialog, which follow the device on their own. */
    color-scheme: var(--studio-color-scheme, light dark);
    display: block;
    min-height: 100vh;
    color: var(--studio-text);
    background: var(--studio-surface);
    font: 1rem/1.45 system-ui, sans-serif;
  }
  :host([scheme='light']) {
    --studio-color-scheme: light;
  }
  :host([scheme='dark']) {
    --studio-color-scheme: dark;
  }
  *:focus-visible,
  .button:has(input:focus-visible) {
    outline: 3px solid var(--studio-focus);
    outline-offset: 2px;
  }
  /* Headings take the focus when the view they head replaces the control that had it, without a ring. */
  h2[tabindex='-1']:focus {
    outline: none;
  }
  header {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5rem 1rem;
    align-items: center;
    padding: 0.75rem 1rem;
    border-bottom: 1px solid var(--studio-border);
    background: var(--studio-raised);
  }
  h1 {
    font-size: 1.25rem;
    margin: 0 auto 0 0;
  }
  h2 {
    font-size: 1.1rem;
    margin: 0 0 0.5rem;
  }
  button,
  select,
  .button {
    min-height: 2.25rem;
    min-width: 2.25rem;
    padding: 0.25rem 0.75rem;
    border: 1px solid var(--studio-border);
    border-radius: 0.375rem;
    background: var(--studio-surface);
    color: var(--studio-text);
    font: inherit;
    cursor: pointer;
    text-decoration: none;
    display: inline-flex;
    align-items: center;
  }
  button.primary,
  .button.primary {
    background: var(--studio-accent);
    border-color: var(--studio-accent);
    color: var(--studio-accent-text);
  }
  button:disabled,
  button[aria-disabled='true'] {
    opacity: 0.6;
    cursor: not-allowed;
  }
  textarea {
    box-sizing: border-box;
    width: 100%;
    font: 0.95rem/1.45 ui-monospace, monospace;
    color: var(--studio-text);
    background: var(--studio-surface);
    border: 1px solid var(--studio-border);
    border-radius: 0.375rem;
    padding: 0.5rem;
  }
  main {
    padding: 1rem;
  }
  .start {
    display: grid;
    gap: 1.5rem;
    max-width: 60rem;
    margin: 0 auto;
  }
  .drop {
    border: 2px dashed var(--studio-border);
    border-radius: 0.5rem;
    padding: 1rem;
    display: grid;
    gap: 0.75rem;
  }
  .drop.over {
    border-color: var(--studio-accent);
    background: var(--studio-raised);
  }
  .row {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5rem;
    align-items: center;
  }
  .error {
    color: var(--studio-danger);
    font-weight: 600;
  }
  .muted {
    color: var(--studio-muted);
  }
  .drafts {
    list-style: none;
    padding: 0;
    margin: 0;
    display: grid;
    gap: 0.5rem;
  }
  .drafts li {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5rem;
    align-items: center;
  }
  .workspace {
    display: grid;
    gap: 1rem;
    grid-template-columns: minmax(0, 1fr) minmax(0, 1fr);
    align-items: start;
  }
  @media (max-width: 1100px) {
    .workspace {
      grid-template-columns: minmax(0, 1fr);
    }
  }
  .panel {
    border: 1px solid var(--studio-border);
    border-radius: 0.5rem;
    padding: 0.75rem;
    min-width: 0;
  }
  [role='tablist'] {
    display: flex;
    gap: 0.25rem;
    margin-bottom: 0.75rem;
  }
  [role='tab'][aria-selected='true'] {
    background: var(--studio-accent);
    color: var(--studio-accent-text);
  }
  .problems ul {
    margin: 0;
    padding-left: 1.25rem;
  }
  .problems li + li {
    margin-top: 0.25rem;
  }
  .link {
    border: 0;
    padding: 0;
    min-height: 1.5rem;
    background: none;
    color: var(--studio-accent);
    text-decoration: underline;
    text-align: start;
  }
  .sr-only {
    position: absolute;
    width: 1px;
    height: 1px;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
  }
  dialog {
    max-width: min(44rem, 92vw);
    color: var(--studio-text);
    background: var(--studio-surface);
    border: 1px solid var(--studio-border);
    border-radius: 0.5rem;
  }
  dialog textarea {
    min-height: 8rem;
  }
  dialog section + section {
    margin-top: 1rem;
  }
  label {
    font-weight: 600;
  }
`;
