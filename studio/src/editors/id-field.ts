import { html, type TemplateResult } from 'lit';
import type { PathKey } from '../document.js';
import type { EditContext } from './edit-context.js';
import { textField } from './fields.js';
import { renameChanges } from './id-changes.js';
import { suggestId } from './ids.js';
import type { PendingCollection } from './pending-changes.js';
import { textOf, type Obj } from './paths.js';

export interface IdFieldSpec {
  readonly label: string;
  readonly owner: readonly PathKey[];
  readonly value: Obj;
  /** The name or label the id is made from. */
  readonly from: string;
  /** The ids of the item's list, its own among them. */
  readonly taken: readonly string[];
  /** The collection whose drafts and references follow a renamed id. */
  readonly collection?: PendingCollection;
}

/**
 * An item's id, editable, with a button that makes it from the item's name, unique in its list; a
 * draft's mark and an entity's references follow it.
 */
export function idField(context: EditContext, spec: IdFieldSpec): TemplateResult {
  const own = textOf(spec.value.id);
  const others = spec.taken.filter((id, index) => id !== own || spec.taken.indexOf(id) !== index);
  const suggested = suggestId(spec.from, others);
  const path = [...spec.owner, 'id'];
  const also = (value: unknown) => {
    if (typeof value !== 'string') return [];
    context.renamed(spec.owner.slice(0, -1), own, value);
    return renameChanges(context.article, context.pending, spec.collection ?? 'other', own, value);
  };
  return html`<div class="with-action">
    ${textField(context, { owner: spec.owner, value: spec.value, key: 'id', label: spec.label, also })}
    <button
      type="button"
      ?disabled=${spec.from.trim() === '' || suggested === own}
      @click=${() => context.edit(`Make id ${suggested}`, [...also(suggested), { path, value: suggested }])}
    >
      Use “${suggested}”
    </button>
  </div>`;
}
