import { html, nothing } from 'lit';
import { seededOrder } from '../seeded-order.js';
import type { ViewContext } from './view-context.js';
import { renderMark } from './marks.js';

interface Option {
  readonly value: string;
  readonly text: string;
  readonly feedback: string | undefined;
  /** Unknown for a sealed question whose right answer the reader's did not open. */
  readonly right: boolean | undefined;
  readonly chosen: boolean;
}

type ChoiceType = 'single' | 'multiple' | 'true-false';

function optionsOf(context: ViewContext<ChoiceType>): Option[] {
  const { question, answer, localize } = context;
  if (question.type === 'true-false') {
    return [true, false].map((value) => ({
      value: String(value),
      text: localize.term(value ? 'trueLabel' : 'falseLabel'),
      feedback: undefined,
      right: question.sealed ? undefined : question.answer === value,
      chosen: answer === value,
    }));
  }
  const rightIds = question.sealed ? undefined : question.type === 'single' ? [question.answer] : question.answers;
  const choices = context.shuffle ? seededOrder(question.choices, `${context.seed}:${question.id}`) : question.choices;
  return choices.map((choice) => ({
    value: choice.id,
    text: choice.text,
    feedback: choice.feedback,
    right: rightIds?.includes(choice.id),
    chosen: Array.isArray(answer) ? answer.includes(choice.id) : answer === choice.id,
  }));
}

function picked(context: ViewContext<ChoiceType>, input: HTMLInputElement): void {
  const { question } = context;
  if (question.type === 'true-false') (context as ViewContext<'true-false'>).change(input.value === 'true');
  else if (question.type === 'single') (context as ViewContext<'single'>).change(input.value);
  else {
    const chosen = new Set((context.answer as string[] | undefined) ?? []);
    if (input.checked) chosen.add(input.value);
    else chosen.delete(input.value);
    (context as ViewContext<'multiple'>).change(
      question.choices.map((choice) => choice.id).filter((id) => chosen.has(id)),
    );
  }
}

/** Single choice and true/false as radio buttons, multiple select as checkboxes. */
export function renderChoices(context: ViewContext<ChoiceType>) {
  const { localize, locked, question } = context;
  const type = question.type === 'multiple' ? 'checkbox' : 'radio';
  const lang = question.type === 'true-false' ? nothing : context.lang;
  return html`<div part="choices" class="choices">
    ${optionsOf(context).map((option) => {
      const known = locked && option.right !== undefined && (option.right || option.chosen);
      const mark = known ? renderMark(option.right, localize) : nothing;
      return html`<label part="choice" class="choice">
          <input
            part="choice-input" class="choice-input"
            type=${type}
            name=${context.id}
            .value=${option.value}
            .checked=${option.chosen}
            @change=${(event: Event) => picked(context, event.target as HTMLInputElement)}
          />
          <span part="choice-text" class="choice-text" lang=${lang}>${option.text}</span>
          ${mark}
        </label>
        ${
          locked && option.chosen && option.feedback
            ? html`<p part="choice-feedback" class="choice-feedback" lang=${lang}>${option.feedback}</p>`
            : nothing
        }`;
    })}
  </div>`;
}
