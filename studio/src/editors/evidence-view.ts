import { html, nothing, type TemplateResult } from 'lit';
import type { PathKey } from '../document.js';
import type { EditContext } from './edit-context.js';
import { appendChange, removeChange } from './list-changes.js';
import { fieldId, isObj, listOf, textOf, type Obj } from './paths.js';
import { evidenceSummary } from './summaries.js';
import './evidence-picker.js';

/** A piece of evidence as an object: a bare paragraph id is `{ paragraph }`. */
function asObject(evidence: unknown): Obj {
  return typeof evidence === 'string' ? { paragraph: evidence } : isObj(evidence) ? evidence : {};
}

/**
 * The evidence of an item: each piece with what it points at and its quoted words (editable), and a
 * picker that adds one from a paragraph, a figure or a quote.
 */
export function evidenceView(context: EditContext, owner: readonly PathKey[], value: Obj | undefined): TemplateResult {
  const path = [...owner, 'evidence'];
  const key = context.place(path);
  const id = fieldId(path);
  const items = listOf(value, 'evidence');
  const set = (label: string, next: unknown[]) =>
    context.edit(label, [{ path, value: next.length === 0 ? undefined : next }]);
  const row = (evidence: unknown, index: number) => {
    const rowPath = [...path, index];
    const object = asObject(evidence);
    const quotePath = [...rowPath, 'quote'];
    const quoteId = fieldId(quotePath);
    const problems = context.problemsUnder(quotePath);
    const problemIds = problems.map((_, at) => `${quoteId}-problem-${at}`);
    const summary = evidenceSummary(evidence);
    const editQuote = (event: Event) => {
      const quote = (event.target as HTMLInputElement).value;
      const { quote: _old, ...rest } = object;
      context.edit(
        'Edit quoted words',
        [{ path: rowPath, value: quote === '' ? rest : { ...rest, quote } }],
        context.session(quotePath),
      );
    };
    return html`<li class="evidence" data-path=${context.place(rowPath)}>
      <span class="evidence-target">${summary}</span>
      ${
        'said' in object
          ? nothing
          : html`<label for=${quoteId}>Quoted words (optional)</label>
            <input
              id=${quoteId}
              data-path=${context.place(quotePath)}
              .value=${textOf(object.quote)}
              aria-invalid=${problems.length > 0 ? 'true' : nothing}
              aria-describedby=${problemIds.length > 0 ? problemIds.join(' ') : nothing}
              @input=${editQuote}
              @change=${() => context.endSession(quotePath)}
            />
            ${problems.map((problem, at) => html`<p class="problem" id=${problemIds[at]!}>${problem.message}</p>`)}`
      }
      <button
        type="button"
        aria-label=${`Remove evidence ${index + 1}: ${summary}`}
        @click=${() => {
          set('Remove evidence', removeChange(path, items, index).value as unknown[]);
          context.focusLater(path);
        }}
      >
        Remove
      </button>
      ${context.problemsHere(rowPath, fieldId(rowPath))}
    </li>`;
  };
  const pickerKey = `${key}:picker`;
  const open = context.isOpen(pickerKey);
  return html`<fieldset class="group evidence-list" data-path=${key} id=${id} tabindex="-1">
    <legend>Evidence</legend>
    ${items.length > 0 ? html`<ul class="entries">${items.map(row)}</ul>` : html`<p class="empty">No evidence yet.</p>`}
    <button type="button" class="add-evidence" aria-expanded=${open ? 'true' : 'false'} @click=${() => context.toggle(pickerKey)}>
      Add evidence
    </button>
    ${
      open
        ? html`<studio-evidence-picker
          .article=${context.article}
          @evidence-pick=${(event: CustomEvent<{ evidence: Obj }>) => {
            event.stopPropagation();
            set(
              `Add evidence: ${evidenceSummary(event.detail.evidence)}`,
              appendChange(path, items, event.detail.evidence).value as unknown[],
            );
            context.announce(`Evidence added: ${evidenceSummary(event.detail.evidence)}`);
          }}
        ></studio-evidence-picker>`
        : nothing
    }
    ${context.problemsHere(path, id)}
  </fieldset>`;
}
