import { html } from 'lit';
import type { LocalizeController } from '../../localize/localize-controller.js';

/** The icons of a right and a wrong answer; a word always goes with them, so they are hidden from screen readers. */
export const CHECK = html`<span aria-hidden="true">✓</span>`;
export const CROSS = html`<span aria-hidden="true">✗</span>`;
/** A question left unanswered: neither right nor wrong. */
export const DASH = html`<span aria-hidden="true">–</span>`;

/** "✓ right answer" or "✗ wrong", beside an option or a match once checked. */
export function renderMark(right: boolean, localize: LocalizeController) {
  return right
    ? html`<span part="mark mark-right" class="mark mark-right">${CHECK} ${localize.term('markRight')}</span>`
    : html`<span part="mark mark-wrong" class="mark mark-wrong">${CROSS} ${localize.term('markWrong')}</span>`;
}
