import { html, nothing, type TemplateResult } from 'lit';
import { QUESTION_FILE_TYPES } from '../import/question-file.js';
import { onFileChosen } from '../import/file-picker.js';
import type { EditContext } from './edit-context.js';

const ERROR_ID = 'question-import-error';

const hasFiles = (event: DragEvent) => event.dataTransfer?.types.includes('Files') === true;

/**
 * "Import questions…": a file picker for a question bank, and what came of the last file, by the button
 * (the editor's live region says it too; a fault is an alert).
 */
export function questionImportView(context: EditContext): TemplateResult {
  const state = context.questionImport;
  return html`<div class="question-import">
    <button
      type="button"
      aria-describedby=${state.kind === 'refused' ? ERROR_ID : nothing}
      @click=${(event: Event) => ((event.currentTarget as HTMLElement).nextElementSibling as HTMLInputElement).click()}
    >
      Import questions…
    </button>
    <input type="file" hidden accept=${QUESTION_FILE_TYPES} @change=${onFileChosen((file) => context.importQuestions(file))} />
    <p class="hint">GIFT, Aiken, CSV or QTI 3 (.xml) files; or drop one on the quiz.</p>
    <div class="import-status">
      ${state.kind === 'reading' ? html`<p>Reading ${state.name}…</p>` : nothing}
      ${
        state.kind === 'imported'
          ? html`<p>${state.summary}</p>
            ${state.notes.length > 0 ? html`<ul>${state.notes.map((note) => html`<li>${note}</li>`)}</ul>` : nothing}`
          : nothing
      }
    </div>
    ${state.kind === 'refused' ? html`<p class="problem" id=${ERROR_ID} role="alert">${state.message}</p>` : nothing}
  </div>`;
}

/** The quiz as a place to drop a question-bank file: its questions are imported as the picker's are. */
export function questionDropZone(context: EditContext, content: TemplateResult): TemplateResult {
  const zone = (event: Event) => event.currentTarget as HTMLElement;
  return html`<div
    class="question-drop"
    @dragover=${(event: DragEvent) => {
      if (!hasFiles(event)) return;
      event.preventDefault();
      event.dataTransfer!.dropEffect = 'copy';
      zone(event).classList.add('drop-over');
    }}
    @dragleave=${(event: DragEvent) => {
      if (!zone(event).contains(event.relatedTarget as Node | null)) zone(event).classList.remove('drop-over');
    }}
    @drop=${(event: DragEvent) => {
      zone(event).classList.remove('drop-over');
      const file = event.dataTransfer?.files[0];
      if (!file) return;
      event.preventDefault();
      context.importQuestions(file);
    }}
  >
    ${content}
  </div>`;
}
