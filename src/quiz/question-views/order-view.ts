import { html } from 'lit';
import type { ViewContext } from './view-context.js';

/** Where a drag started, per handle: the handle keeps the pointer captured until it is let go. */
const drags = new WeakMap<Element, number>();

function moved(order: readonly string[], id: string, to: number): string[] {
  const rest = order.filter((item) => item !== id);
  rest.splice(to, 0, id);
  return rest;
}

function commit(context: ViewContext<'order'>, order: readonly string[], id: string, to: number, buttons: string[]) {
  const { question, localize } = context;
  const next = moved(order, id, to);
  context.change(next);
  const text = question.items.find((item) => item.id === id)?.text ?? '';
  context.announce(localize.term('movedTo', text, localize.number(to + 1), localize.number(next.length)));
  context.focus(...buttons.map((button) => `[data-item="${id}"] .${button}`));
}

function startDrag(event: PointerEvent): void {
  const handle = event.currentTarget as HTMLElement;
  handle.setPointerCapture(event.pointerId);
  drags.set(handle, event.clientY);
  event.preventDefault();
}

function dragItem(event: PointerEvent): void {
  const handle = event.currentTarget as HTMLElement;
  const startY = drags.get(handle);
  if (startY !== undefined) handle.closest('li')!.style.translate = `0 ${event.clientY - startY}px`;
}

function endDrag(event: PointerEvent, context: ViewContext<'order'>, order: readonly string[], id: string): void {
  const handle = event.currentTarget as HTMLElement;
  if (!drags.delete(handle)) return;
  const item = handle.closest('li')!;
  item.style.translate = '';
  if (event.type === 'pointercancel') return;
  const others = [...item.parentElement!.children].filter((other) => other !== item);
  const to = others.filter((other) => {
    const box = other.getBoundingClientRect();
    return box.top + box.height / 2 < event.clientY;
  }).length;
  if (to !== order.indexOf(id)) commit(context, order, id, to, []);
}

/**
 * The items as a list the reader reorders: "Move up" and "Move down" buttons for the keyboard and
 * screen readers, Alt+Up and Alt+Down on either button (the modifier-and-arrow way of moving an item
 * in a list), and a handle to drag with a mouse, pen or finger.
 */
export function renderOrder(context: ViewContext<'order'>, order: readonly string[]) {
  const { question, localize } = context;
  const textOf = new Map(question.items.map((item) => [item.id, item.text]));
  const last = order.length - 1;
  return html`<ol part="order-list" class="order-list">
    ${order.map((id, index) => {
      const text = textOf.get(id) ?? '';
      const moveByKey = (event: KeyboardEvent) => {
        const step = event.altKey ? { ArrowUp: -1, ArrowDown: 1 }[event.key] : undefined;
        const to = index + (step ?? 0);
        if (step === undefined || to < 0 || to > last) return;
        event.preventDefault();
        const buttons = step < 0 ? ['move-up', 'move-down'] : ['move-down', 'move-up'];
        commit(context, order, id, to, buttons);
      };
      return html`<li part="order-item" class="order-item" data-item=${id} @keydown=${moveByKey}>
        <span
          part="drag-handle" class="drag-handle"
          aria-hidden="true"
          @pointerdown=${startDrag}
          @pointermove=${dragItem}
          @pointerup=${(event: PointerEvent) => endDrag(event, context, order, id)}
          @pointercancel=${(event: PointerEvent) => endDrag(event, context, order, id)}
        ></span>
        <span part="order-text" class="order-text" lang=${context.lang}>${text}</span>
        <span part="move-buttons" class="move-buttons">
          <button
            part="move-up" class="move-up"
            type="button"
            aria-label=${localize.term('moveUp', text)}
            ?disabled=${index === 0}
            @click=${() => commit(context, order, id, index - 1, ['move-up', 'move-down'])}
          >
            <span aria-hidden="true">↑</span>
          </button>
          <button
            part="move-down" class="move-down"
            type="button"
            aria-label=${localize.term('moveDown', text)}
            ?disabled=${index === last}
            @click=${() => commit(context, order, id, index + 1, ['move-down', 'move-up'])}
          >
            <span aria-hidden="true">↓</span>
          </button>
        </span>
      </li>`;
    })}
  </ol>`;
}
