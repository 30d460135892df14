import { html, type TemplateResult } from 'lit';
import type { PathKey } from '../document.js';
import type { EditContext } from './edit-context.js';
import { textField } from './fields.js';
import { suggestId } from './ids.js';
import { textOf, type Obj } from './paths.js';

export interface IdFieldSpec {
  readonly label: string;
  readonly owner: readonly PathKey[];
  readonly value: Obj;
  /** The name or label the id is made from. */
  readonly from: string;
  /** The ids of the item's list, its own among them. */
  readonly taken: readonly string[];
}

/** An item's id, editable, with a button that makes it from the item's name, unique in its list. */
export function idField(context: EditContext, spec: IdFieldSpec): TemplateResult {
  const own = textOf(spec.value.id);
  const others = spec.taken.filter((id, index) => id !== own || spec.taken.indexOf(id) !== index);
  const suggested = suggestId(spec.from, others);
  const path = [...spec.owner, 'id'];
  return html`<div class="with-action">
    ${textField(context, { owner: spec.owner, value: spec.value, key: 'id', label: spec.label })}
    <button
      type="button"
      ?disabled=${spec.from.trim() === '' || suggested === own}
      @click=${() => context.edit(`Make id ${suggested}`, [{ path, value: suggested }])}
    >
      Use “${suggested}”
    </button>
  </div>`;
}
