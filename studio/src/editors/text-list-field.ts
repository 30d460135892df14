import { html, nothing, type TemplateResult } from 'lit';
import type { PathKey } from '../document.js';
import type { EditContext } from './edit-context.js';
import { appendChange, removeChange } from './list-changes.js';
import { fieldId, listOf, textOf, type Obj } from './paths.js';

export interface TextListSpec {
  /** The list's name ("Aliases") and one entry's ("alias"). */
  readonly legend: string;
  readonly noun: string;
  readonly owner: readonly PathKey[];
  readonly value: Obj | undefined;
  readonly key: string;
  readonly hint?: string;
  /** An optional list goes when its last entry is removed; a required one stays, empty. */
  readonly optional?: boolean;
  /** A further action on one entry, such as "Make its own entity" for an alias. */
  readonly entryAction?: (index: number, text: string) => TemplateResult;
}

/** A list of texts (aliases, forms, accepted answers): one field per entry, with Add and Remove. */
export function textListField(context: EditContext, spec: TextListSpec): TemplateResult {
  const path = [...spec.owner, spec.key];
  const key = context.place(path);
  const entries = listOf(spec.value, spec.key);
  const id = fieldId(path);
  const set = (label: string, value: unknown[]) =>
    context.edit(label, [{ path, value: value.length === 0 && spec.optional ? undefined : value }]);
  const entry = (text: unknown, index: number) => {
    const entryPath = [...path, index];
    const entryId = fieldId(entryPath);
    const problems = context.problemsUnder(entryPath);
    const problemIds = problems.map((_, at) => `${entryId}-problem-${at}`);
    return html`<li class="entry">
      <label for=${entryId} class="visually-hidden">${spec.noun} ${index + 1}</label>
      <input
        id=${entryId}
        data-path=${context.place(entryPath)}
        .value=${textOf(text)}
        aria-invalid=${problems.length > 0 ? 'true' : nothing}
        aria-describedby=${problemIds.length > 0 ? problemIds.join(' ') : nothing}
        @input=${(event: Event) =>
          context.edit(
            `Edit ${spec.noun}`,
            [{ path: entryPath, value: (event.target as HTMLInputElement).value }],
            context.session(entryPath),
          )}
        @change=${() => context.endSession(entryPath)}
      />
      ${spec.entryAction?.(index, textOf(text)) ?? nothing}
      <button
        type="button"
        aria-label=${`Remove ${spec.noun} ${index + 1}`}
        @click=${() => {
          set(`Remove ${spec.noun}`, removeChange(path, entries, index).value as unknown[]);
          context.focusLater(path);
        }}
      >
        Remove
      </button>
      ${problems.map((problem, at) => html`<p class="problem" id=${problemIds[at]!}>${problem.message}</p>`)}
    </li>`;
  };
  const add = () => {
    set(`Add ${spec.noun}`, appendChange(path, entries, '').value as unknown[]);
    context.focusLater([...path, entries.length]);
  };
  return html`<fieldset class="group text-list" data-path=${key} tabindex="-1" id=${id}>
    <legend>${spec.legend}</legend>
    ${spec.hint ? html`<p class="hint">${spec.hint}</p>` : nothing}
    ${entries.length > 0 ? html`<ul class="entries">${entries.map(entry)}</ul>` : nothing}
    <button type="button" @click=${add}>Add ${spec.noun}</button>
    ${context.problemsHere(path, id)}
  </fieldset>`;
}
