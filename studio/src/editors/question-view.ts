import { html, nothing, type TemplateResult } from 'lit';
import { BLANK } from '../../../src/model/primitives.js';
import type { PathKey } from '../document.js';
import type { EditContext } from './edit-context.js';
import { addButton } from './add-item.js';
import { collectionView } from './collection-view.js';
import { evidenceView } from './evidence-view.js';
import { selectField, textField } from './fields.js';
import { idField } from './id-field.js';
import { idsOf } from './ids.js';
import { fieldId, listOf, objects, textOf, texts, type Obj } from './paths.js';
import { QUESTION_TYPES, newChoice, newPair, retypedQuestion, type QuestionType } from './skeletons.js';
import { QUESTION_TYPE_NAMES, choiceSummary, pairSummary } from './summaries.js';
import { textListField } from './text-list-field.js';

const TRUTH = [
  { value: 'true', label: 'True' },
  { value: 'false', label: 'False' },
];

function choicesView(
  context: EditContext,
  question: Obj,
  path: readonly PathKey[],
  key: 'choices' | 'items',
): TemplateResult {
  const listPath = [...path, key];
  const items = listOf(question, key);
  const noun = key === 'choices' ? 'choice' : 'item';
  return collectionView(context, {
    path: listPath,
    items,
    noun,
    legend: key === 'choices' ? 'Choices' : 'Items, in the right order',
    ordered: true,
    fewest: 2,
    summary: choiceSummary,
    body: (
      choice,
      itemPath,
    ) => html`${textField(context, { owner: itemPath, value: choice, key: 'text', label: 'Text' })}
      ${textField(context, { owner: itemPath, value: choice, key: 'feedback', label: 'Feedback when chosen', optional: true })}
      ${textField(context, { owner: itemPath, value: choice, key: 'id', label: `${key === 'choices' ? 'Choice' : 'Item'} id` })}`,
    add: addButton(context, noun, listPath, items, () => newChoice(idsOf(items)), 'text'),
  });
}

function choiceOptions(question: Obj) {
  return objects(question.choices).map((choice, index) => ({
    value: textOf(choice.id),
    label: `${index + 1}. ${choiceSummary(choice)}`,
  }));
}

/** The right choices of a multiple-choice question, one checkbox per choice. */
function answersView(context: EditContext, question: Obj, path: readonly PathKey[]): TemplateResult {
  const answersPath = [...path, 'answers'];
  const key = context.place(answersPath);
  const answers = texts(question.answers);
  const id = fieldId(answersPath);
  const problems = context.problemsUnder(answersPath);
  const toggle = (choice: string, checked: boolean) => {
    const next = checked ? [...answers, choice] : answers.filter((answer) => answer !== choice);
    context.edit(checked ? 'Mark a right answer' : 'Unmark a right answer', [{ path: answersPath, value: next }]);
  };
  return html`<fieldset class="group" data-path=${key} id=${id} tabindex="-1" aria-describedby=${problems.length > 0 ? `${id}-problems` : nothing}>
    <legend>Right answers</legend>
    ${objects(question.choices).map((choice, index) => {
      const choiceId = `${id}-${index}`;
      const value = textOf(choice.id);
      return html`<div class="field check">
        <input
          type="checkbox"
          id=${choiceId}
          .checked=${answers.includes(value)}
          @change=${(event: Event) => toggle(value, (event.target as HTMLInputElement).checked)}
        /><label for=${choiceId}>${index + 1}. ${choiceSummary(choice)}</label>
      </div>`;
    })}
    <div id=${`${id}-problems`}>${problems.map((problem) => html`<p class="problem">${problem.message}</p>`)}</div>
  </fieldset>`;
}

function pairsView(context: EditContext, question: Obj, path: readonly PathKey[]): TemplateResult {
  const listPath = [...path, 'pairs'];
  const items = listOf(question, 'pairs');
  return collectionView(context, {
    path: listPath,
    items,
    noun: 'pair',
    legend: 'Pairs',
    fewest: 2,
    summary: pairSummary,
    body: (pair, itemPath) => html`<div class="columns">
      ${textField(context, { owner: itemPath, value: pair, key: 'left', label: 'Left' })}
      ${textField(context, { owner: itemPath, value: pair, key: 'right', label: 'Right' })}
    </div>`,
    add: addButton(context, 'pair', listPath, items, newPair, 'left'),
  });
}

function answerView(context: EditContext, question: Obj, path: readonly PathKey[]): TemplateResult {
  const common = { owner: path, value: question } as const;
  switch (question.type) {
    case 'single':
      return html`${choicesView(context, question, path, 'choices')}
      ${selectField(context, { ...common, key: 'answer', label: 'Right answer', options: choiceOptions(question) })}`;
    case 'multiple':
      return html`${choicesView(context, question, path, 'choices')} ${answersView(context, question, path)}`;
    case 'true-false':
      return selectField(context, {
        ...common,
        key: 'answer',
        label: 'The statement is',
        options: TRUTH,
        show: (stored) => (typeof stored === 'boolean' ? String(stored) : ''),
        read: (chosen) => chosen === 'true',
      });
    case 'fill-blank':
      return textListField(context, {
        owner: path,
        value: question,
        key: 'accept',
        legend: 'Accepted answers',
        noun: 'accepted answer',
        hint: 'Compared without regard to case, accents or spacing.',
      });
    case 'order':
      return choicesView(context, question, path, 'items');
    case 'match':
      return pairsView(context, question, path);
    default:
      return html``;
  }
}

/** Changes the type of a question, keeping what both types have. */
function typeForm(context: EditContext, question: Obj, path: readonly PathKey[]): TemplateResult {
  const id = `${fieldId(path)}-type`;
  const change = (event: SubmitEvent) => {
    event.preventDefault();
    const type = new FormData(event.currentTarget as HTMLFormElement).get('type') as QuestionType;
    if (type === question.type) return;
    context.edit(`Make the question ${QUESTION_TYPE_NAMES[type]!.toLowerCase()}`, [
      { path, value: retypedQuestion(question, type) },
    ]);
    context.announce(`The question is now ${QUESTION_TYPE_NAMES[type]!.toLowerCase()}`);
  };
  return html`<form class="inline-form type-form" @submit=${change}>
    <div class="field">
      <label for=${id}>Type</label>
      <select id=${id} name="type">
        ${QUESTION_TYPES.map(
          (type) =>
            html`<option value=${type} ?selected=${type === question.type}>${QUESTION_TYPE_NAMES[type]}</option>`,
        )}
      </select>
    </div>
    <button type="submit">Change type</button>
  </form>`;
}

/** One question of the quiz: its prompt, what answers it (by type), its explanation and evidence. */
export function questionBody(
  context: EditContext,
  question: Obj,
  path: readonly PathKey[],
  taken: readonly string[],
): TemplateResult {
  const common = { owner: path, value: question } as const;
  const hint = question.type === 'fill-blank' ? `Write ${BLANK} where the answer goes.` : undefined;
  return html`${typeForm(context, question, path)}
    ${textField(context, { ...common, key: 'prompt', label: question.type === 'true-false' ? 'Statement' : 'Prompt', multiline: true, hint })}
    ${answerView(context, question, path)}
    ${textField(context, { ...common, key: 'explanation', label: 'Explanation', optional: true, multiline: true, hint: 'Shown with the answer.' })}
    ${idField(context, { collection: 'questions', ...common, label: 'Question id', from: textOf(question.prompt).replaceAll(BLANK, ' '), taken })}
    ${evidenceView(context, path, question)}`;
}
