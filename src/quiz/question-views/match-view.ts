import { html, nothing } from 'lit';
import { scrambled } from '../seeded-order.js';
import type { ViewContext } from './view-context.js';
import { renderMark } from './marks.js';

/**
 * One list per left-hand item, offering every right-hand text in a seeded order that is not the
 * answer order, after an empty "Choose…". A sealed question's pairs are not the answer: no marks.
 */
export function renderMatch(context: ViewContext<'match'>) {
  const { question, localize, locked, lang } = context;
  const rights = question.pairs.map((pair) => pair.right);
  const options = scrambled(rights, `${context.seed}:${question.id}`);
  const chosen = context.answer ?? rights.map(() => '');
  const choose = (index: number, value: string) =>
    context.change(chosen.map((old, at) => (at === index ? value : old)));
  // Paper has no lists to open: a printed worksheet gives the options once, lettered, to write beside each item.
  const printedOptions = html`<ol part="match-options" class="match-options" lang=${lang}>
    ${options.map((right) => html`<li>${right}</li>`)}
  </ol>`;
  return html`${printedOptions}<div part="match-pairs" class="match-pairs">
    ${question.pairs.map((pair, index) => {
      const id = `${context.id}-match-${index}`;
      // A checked answer is text: a list that can no longer open would cut a long answer on a narrow screen.
      if (locked)
        return html`<div part="match-pair" class="match-pair">
          <span part="match-left" class="match-left" lang=${lang}>${pair.left}</span>
          <span part="match-answer" class="match-answer" lang=${chosen[index] ? lang : nothing}
            >${chosen[index] || localize.term('notAnswered')}</span
          >
          ${question.sealed ? nothing : renderMark(chosen[index] === pair.right, localize)}
        </div>`;
      return html`<div part="match-pair" class="match-pair">
        <label part="match-left" class="match-left" for=${id} lang=${lang}>${pair.left}</label>
        <select
          part="match-select" class="match-select"
          id=${id}
          @change=${(event: Event) => choose(index, (event.target as HTMLSelectElement).value)}
        >
          <option value="" .selected=${!chosen[index]}>${localize.term('choose')}</option>
          ${options.map(
            (right) =>
              html`<option .value=${right} .selected=${chosen[index] === right} lang=${lang}>${right}</option>`,
          )}
        </select>
      </div>`;
    })}
  </div>`;
}
