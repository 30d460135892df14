import { html, type TemplateResult } from 'lit';

/**
 * A file input's change handler that gives `use` the file chosen, and empties the input, so choosing the
 * same file again (after fixing it) is a change too.
 */
export const onFileChosen = (use: (file: File) => void) => (event: Event) => {
  const input = event.target as HTMLInputElement;
  const file = input.files?.[0];
  input.value = '';
  if (file) use(file);
};

/** A button-styled label around a visually hidden file input: one tab stop, keyboard and screen-reader friendly. */
export const filePicker = (label: string, accept: string, use: (file: File) => void): TemplateResult =>
  html`<label class="button">
    ${label}
    <input class="sr-only" type="file" accept=${accept} @change=${onFileChosen(use)} />
  </label>`;
