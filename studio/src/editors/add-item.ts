import { html, type TemplateResult } from 'lit';
import type { PathKey } from '../document.js';
import type { EditContext } from './edit-context.js';
import { itemKeys, itemOpenKey } from './collection-view.js';
import { appendChange } from './list-changes.js';
import type { Obj } from './paths.js';

/**
 * Adds `item` at the end of the list at `path` and opens it, its field `focus` focused, so the person
 * goes on typing where the new item wants words first.
 */
export function addItem(
  context: EditContext,
  noun: string,
  path: readonly PathKey[],
  items: readonly unknown[],
  item: Obj,
  focus: string,
): void {
  const keys = itemKeys([...items, item], (id) => context.stableId(path, id));
  context.setOpen(itemOpenKey(path, keys[keys.length - 1]!), true);
  context.edit(`Add ${noun}`, [appendChange(path, items, item)]);
  context.announce(`Added ${noun} ${items.length + 1}`);
  context.focusLater([...path, items.length, focus]);
}

export function addButton(
  context: EditContext,
  noun: string,
  path: readonly PathKey[],
  items: readonly unknown[],
  make: () => Obj,
  focus: string,
): TemplateResult {
  return html`<button type="button" class="add" @click=${() => addItem(context, noun, path, items, make(), focus)}>
    Add ${noun}
  </button>`;
}
