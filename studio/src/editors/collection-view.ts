import { html, nothing, type TemplateResult } from 'lit';
import { repeat } from 'lit/directives/repeat.js';
import type { PathKey } from '../document.js';
import type { EditContext } from './edit-context.js';
import { removeChange } from './list-changes.js';
import {
  acceptAllChanges,
  acceptChanges,
  isPending,
  rejectChanges,
  type PendingCollection,
} from './pending-changes.js';
import { fieldId, isObj, textOf, type Obj } from './paths.js';

export interface CollectionSpec {
  /** The list in the document, and what it holds now. */
  readonly path: readonly PathKey[];
  readonly items: readonly unknown[];
  /** One item, in words ("entity"), and the list's legend when it sits inside an item. */
  readonly noun: string;
  readonly legend?: string;
  /** The collection whose drafted items are marked, if any. */
  readonly pending?: PendingCollection;
  /** Whether the order of the items means something, so that they can be moved. */
  readonly ordered?: boolean;
  /** No Remove below this many items (a question keeps two choices). */
  readonly fewest?: number;
  readonly summary: (item: Obj, index: number) => string;
  readonly body: (item: Obj, path: readonly PathKey[], index: number) => TemplateResult;
  /** The controls that add an item, below the list. */
  readonly add?: TemplateResult;
  /** Actions of one item besides moving, removing, accepting and rejecting (merging an entity). */
  readonly actions?: (item: Obj, path: readonly PathKey[], index: number) => TemplateResult;
}

/** `repeat`'s key of each item: its id, counted so that a repeated id (which the problems name) stays apart. */
export function itemKeys(items: readonly unknown[], stable: (id: string) => string): string[] {
  const seen = new Map<string, number>();
  return items.map((item, index) => {
    const id = isObj(item) && typeof item.id === 'string' ? stable(item.id) : `#${index}`;
    const count = (seen.get(id) ?? 0) + 1;
    seen.set(id, count);
    return `${id}\u0000${count}`;
  });
}

function plural(count: number, noun: string): string {
  return `${count} ${noun}${count === 1 ? '' : 's'}`;
}

function problemCount(context: EditContext, path: readonly PathKey[]) {
  const count = context.problemsUnder(path).length;
  return count === 0 ? nothing : html`<span class="count-problems">${plural(count, 'problem')}</span>`;
}

function isTyping(target: EventTarget | null): boolean {
  return (
    target instanceof HTMLInputElement || target instanceof HTMLTextAreaElement || target instanceof HTMLSelectElement
  );
}

/** Which item of a list is open: its list and its `repeat` key, so that it stays open when it moves. */
export function itemOpenKey(list: readonly PathKey[], key: string): string {
  return `${JSON.stringify(list)}|${key}`;
}

/**
 * A list of the article's items, each a disclosure with a one-line summary: Draft marks with Accept and
 * Reject, Move up and Move down (also Alt+ArrowUp/Down on the item, and drag by the handle), Remove,
 * and the item's own fields inside, drawn only while the item is open: a long article's hundreds of
 * fields would otherwise be drawn again at every keystroke.
 */
export function collectionView(context: EditContext, spec: CollectionSpec): TemplateResult {
  const { path, items, noun } = spec;
  const key = context.place(path);
  const id = fieldId(path);
  // Keyed, so that an item's DOM (its open state) moves with it; the templates are made here rather than by
  // `repeat`, which makes them when committing, after the problems have been placed.
  const keys = itemKeys(items, (id) => context.stableId(path, id));
  const { pending } = spec;
  const pendingIds = pending ? items.filter((item) => isObj(item) && isPending(context.pending, pending, item.id)) : [];
  const move = (from: number, to: number, focus: 'summary' | 'up' | 'down') => {
    if (to >= 0 && to < items.length) context.move(path, items, from, to, focus);
  };
  const onKeydown = (index: number) => (event: KeyboardEvent) => {
    const item = event.currentTarget as HTMLElement;
    if (!event.altKey || isTyping(event.target) || (event.target as Element).closest('li.item') !== item) return;
    if (event.key !== 'ArrowUp' && event.key !== 'ArrowDown') return;
    event.preventDefault();
    event.stopPropagation();
    if (spec.ordered) move(index, event.key === 'ArrowUp' ? index - 1 : index + 1, 'summary');
  };
  const item = (value: unknown, index: number) => {
    const itemPath = [...path, index];
    const openKey = itemOpenKey(path, keys[index]!);
    const open = context.isOpen(openKey);
    const itemKey = context.place(itemPath);
    const itemId = fieldId(itemPath);
    const object = isObj(value) ? value : {};
    const draft = pending !== undefined && isPending(context.pending, pending, object.id);
    const label = spec.summary(object, index);
    const remove = () => {
      const changes = [removeChange(path, items, index)];
      if (pending && draft) changes.push(...acceptChanges(context.pending, pending, textOf(object.id)));
      context.edit(`Remove ${noun} ${label}`, changes);
      context.announce(`Removed ${noun} ${label}`);
      context.focusLater(items.length > 1 ? [...path, Math.min(index, items.length - 2)] : path);
    };
    return html`<li
      class="item"
      data-path=${itemKey}
      data-open-key=${openKey}
      @keydown=${onKeydown(index)}
      @dragover=${(event: DragEvent) => {
        if (!context.acceptsDrop(path)) return;
        event.preventDefault();
        (event.currentTarget as HTMLElement).classList.add('drop-target');
      }}
      @dragleave=${(event: DragEvent) => (event.currentTarget as HTMLElement).classList.remove('drop-target')}
      @drop=${(event: DragEvent) => {
        (event.currentTarget as HTMLElement).classList.remove('drop-target');
        if (!context.acceptsDrop(path)) return;
        event.preventDefault();
        event.stopPropagation();
        context.drop(path, items, index);
      }}
    >
      <details
        id=${itemId}
        ?open=${open}
        @toggle=${(event: Event) => {
          if (event.target === event.currentTarget)
            context.setOpen(openKey, (event.currentTarget as HTMLDetailsElement).open);
        }}
      >
        <summary>
          ${
            spec.ordered
              ? html`<span
                class="handle"
                draggable="true"
                aria-hidden="true"
                title="Drag to move"
                @dragstart=${(event: DragEvent) => {
                  event.stopPropagation();
                  event.dataTransfer?.setData('text/plain', label);
                  context.startDrag(path, index);
                }}
                @dragend=${() => context.endDrag()}
                >⠿</span
              >`
              : nothing
          }
          ${spec.ordered ? html`<span class="position">${index + 1}.</span>` : nothing}
          ${draft ? html`<span class="badge">Draft<span class="visually-hidden">:</span></span>` : nothing}
          <span class="summary-text">${label}</span>
          ${problemCount(context, itemPath)}
        </summary>
        ${
          open
            ? html`<div class="item-body">
          <div class="actions" role="group" aria-label=${`Actions of ${noun} ${index + 1}`}>
            ${
              draft
                ? html`<button type="button" class="accept" @click=${() => {
                    context.edit(`Accept ${noun} ${label}`, acceptChanges(context.pending, pending, textOf(object.id)));
                    context.announce(`Accepted ${noun} ${label}`);
                    context.focusLater(itemPath);
                  }}>Accept</button>
                <button type="button" class="reject" @click=${() => {
                  context.edit(`Reject ${noun} ${label}`, rejectChanges(context.pending, pending, items, index));
                  context.announce(`Rejected ${noun} ${label}`);
                  context.focusLater(items.length > 1 ? [...path, Math.min(index, items.length - 2)] : path);
                }}>Reject</button>`
                : nothing
            }
            ${
              spec.ordered
                ? html`<button type="button" data-action="up" ?disabled=${index === 0} @click=${() => move(index, index - 1, 'up')}>
                    Move up
                  </button>
                  <button
                    type="button"
                    data-action="down"
                    ?disabled=${index === items.length - 1}
                    @click=${() => move(index, index + 1, 'down')}
                  >
                    Move down
                  </button>`
                : nothing
            }
            ${
              items.length > (spec.fewest ?? 0)
                ? html`<button type="button" class="remove" @click=${remove}>Remove</button>`
                : nothing
            }
            ${spec.actions?.(object, itemPath, index) ?? nothing}
          </div>
          ${spec.body(object, itemPath, index)} ${context.problemsHere(itemPath, itemId)}
        </div>`
            : nothing
        }
      </details>
    </li>`;
  };
  const acceptAll =
    pendingIds.length > 0
      ? html`<button
        type="button"
        @click=${() => {
          context.edit(`Accept all drafted ${noun}s`, acceptAllChanges(pending!));
          context.announce(`Accepted ${plural(pendingIds.length, noun)}`);
          // The button goes with the drafts: the focus stays in the list rather than falling to the page.
          context.focusLater(path);
        }}
      >
        Accept all ${pendingIds.length} drafts in this list
      </button>`
      : nothing;
  const body = html`${acceptAll}
    ${
      items.length > 0
        ? html`<ol class="items">
          ${repeat(
            items.map(item),
            (_, index) => keys[index],
            (template) => template,
          )}
        </ol>`
        : html`<p class="empty">No ${noun}s yet.</p>`
    }
    ${spec.add ?? nothing} ${context.problemsHere(path, id)}`;
  return spec.legend
    ? html`<fieldset class="collection" data-path=${key} id=${id} tabindex="-1">
        <legend>${spec.legend}</legend>
        ${body}
      </fieldset>`
    : html`<div class="collection" data-path=${key} id=${id} tabindex="-1">${body}</div>`;
}
