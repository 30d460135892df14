import { html } from 'lit';
import type { ViewContext } from './view-context.js';

/** A text field labelled by the prompt, whose "___" the quiz shows as a visible blank. */
export function renderFillBlank(context: ViewContext<'fill-blank'>) {
  return html`<input
    part="blank-input"
    class="blank-input"
    type="text"
    autocomplete="off"
    spellcheck="false"
    aria-labelledby=${`${context.id}-prompt`}
    .value=${context.answer ?? ''}
    @input=${(event: Event) => context.change((event.target as HTMLInputElement).value)}
  />`;
}
