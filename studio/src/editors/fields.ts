import { html, nothing, type TemplateResult } from 'lit';
import type { DocumentChange, PathKey } from '../document.js';
import type { EditContext } from './edit-context.js';
import { fieldChange } from './field-change.js';
import { fieldId, isObj, textOf, type Obj } from './paths.js';

/** One field of an object of the article. */
export interface FieldSpec {
  readonly label: string;
  /** The path of the object that holds the field, and the object (absent when not made yet). */
  readonly owner: readonly PathKey[];
  readonly value: Obj | undefined;
  readonly key: string;
  /** An optional field: emptied, it is removed rather than kept as an empty text. */
  readonly optional?: boolean;
  /** The object is optional too, and goes when its last field is emptied. */
  readonly optionalOwner?: boolean;
  readonly hint?: string;
  /** Changes that go with a new value, made first in the same step (an id's references following it). */
  readonly also?: (value: unknown) => readonly DocumentChange[];
}

export interface TextFieldSpec extends FieldSpec {
  readonly multiline?: boolean;
  readonly type?: 'text' | 'url';
  readonly placeholder?: string;
}

export interface SelectFieldSpec extends FieldSpec {
  readonly options: readonly { readonly value: string; readonly label: string }[];
  /** The label of the empty choice of an optional select. */
  readonly none?: string;
  /** How a value that is not text (true or false) is shown as an option's value, and read back. */
  readonly show?: (stored: unknown) => string;
  readonly read?: (chosen: string) => unknown;
}

/** The messages of a field, and the ids its control is described by. */
function described(context: EditContext, path: readonly PathKey[], hint: string | undefined) {
  const id = fieldId(path);
  const problems = context.problemsUnder(path);
  const hintId = hint ? `${id}-hint` : undefined;
  const problemIds = problems.map((_, index) => `${id}-problem-${index}`);
  const ids = [hintId, ...problemIds].filter(Boolean).join(' ');
  return {
    id,
    invalid: problems.length > 0 ? 'true' : nothing,
    describedBy: ids === '' ? nothing : ids,
    messages: html`${hint ? html`<p class="hint" id="${id}-hint">${hint}</p>` : nothing}${problems.map(
      (problem, index) => html`<p class="problem" id=${problemIds[index]!}>${problem.message}</p>`,
    )}`,
  };
}

function commit(context: EditContext, spec: FieldSpec, value: unknown, live: boolean): void {
  const path = [...spec.owner, spec.key];
  const own = fieldChange(spec.owner, spec.value, spec.key, value, spec.optionalOwner);
  if (own.length === 0) return;
  const changes = [...(spec.also?.(value) ?? []), ...own];
  context.edit(`Edit ${spec.label.toLowerCase()}`, changes, live ? context.session(path) : undefined);
}

/** A text field; its direction follows its own text (`dir="auto"`), so an Arabic or Hebrew paragraph reads right to left. */
export function textField(context: EditContext, spec: TextFieldSpec): TemplateResult {
  const path = [...spec.owner, spec.key];
  const key = context.place(path);
  const { id, invalid, describedBy, messages } = described(context, path, spec.hint);
  const value = textOf(spec.value?.[spec.key]);
  const onInput = (event: Event) => {
    const text = (event.target as HTMLInputElement | HTMLTextAreaElement).value;
    commit(context, spec, spec.optional && text === '' ? undefined : text, true);
  };
  const onChange = () => context.endSession(path);
  const control = spec.multiline
    ? html`<textarea
        id=${id}
        data-path=${key}
        rows="3"
        dir="auto"
        .value=${value}
        aria-invalid=${invalid}
        aria-describedby=${describedBy}
        @input=${onInput}
        @change=${onChange}
      ></textarea>`
    : html`<input
        id=${id}
        data-path=${key}
        type=${spec.type ?? 'text'}
        dir="auto"
        .value=${value}
        placeholder=${spec.placeholder ?? nothing}
        aria-invalid=${invalid}
        aria-describedby=${describedBy}
        @input=${onInput}
        @change=${onChange}
      />`;
  return html`<div class="field"><label for=${id}>${spec.label}</label>${control}${messages}</div>`;
}

/** A number, or nothing when the field is emptied; a half-typed number ("1e") is not sent until it reads. */
export function numberField(context: EditContext, spec: FieldSpec & { readonly step?: string }): TemplateResult {
  const path = [...spec.owner, spec.key];
  const key = context.place(path);
  const { id, invalid, describedBy, messages } = described(context, path, spec.hint);
  const current = spec.value?.[spec.key];
  const onInput = (event: Event) => {
    const input = event.target as HTMLInputElement;
    if (input.value === '') commit(context, spec, undefined, true);
    else if (Number.isFinite(input.valueAsNumber)) commit(context, spec, input.valueAsNumber, true);
  };
  return html`<div class="field">
    <label for=${id}>${spec.label}</label>
    <input
      id=${id}
      data-path=${key}
      type="number"
      step=${spec.step ?? 'any'}
      .value=${typeof current === 'number' ? String(current) : ''}
      aria-invalid=${invalid}
      aria-describedby=${describedBy}
      @input=${onInput}
      @change=${() => context.endSession(path)}
    />${messages}
  </div>`;
}

/** A yes-or-no field; an optional one is removed when unchecked, since absent means no. */
export function checkboxField(context: EditContext, spec: FieldSpec): TemplateResult {
  const path = [...spec.owner, spec.key];
  const key = context.place(path);
  const { id, invalid, describedBy, messages } = described(context, path, spec.hint);
  const onChange = (event: Event) => {
    const checked = (event.target as HTMLInputElement).checked;
    commit(context, spec, spec.optional && !checked ? undefined : checked, false);
  };
  return html`<div class="field check">
    <input
      id=${id}
      data-path=${key}
      type="checkbox"
      .checked=${spec.value?.[spec.key] === true}
      aria-invalid=${invalid}
      aria-describedby=${describedBy}
      @change=${onChange}
    /><label for=${id}>${spec.label}</label>${messages}
  </div>`;
}

export function selectField(context: EditContext, spec: SelectFieldSpec): TemplateResult {
  const path = [...spec.owner, spec.key];
  const key = context.place(path);
  const { id, invalid, describedBy, messages } = described(context, path, spec.hint);
  const current = (spec.show ?? textOf)(spec.value?.[spec.key]);
  const known = spec.options.some((option) => option.value === current);
  const onChange = (event: Event) => {
    const value = (event.target as HTMLSelectElement).value;
    commit(context, spec, value === '' && spec.none !== undefined ? undefined : (spec.read?.(value) ?? value), false);
  };
  return html`<div class="field">
    <label for=${id}>${spec.label}</label>
    <select
      id=${id}
      data-path=${key}
      aria-invalid=${invalid}
      aria-describedby=${describedBy}
      @change=${onChange}
    >
      ${spec.none !== undefined ? html`<option value="" ?selected=${current === ''}>${spec.none}</option>` : nothing}
      ${!known && current !== '' ? html`<option value=${current} selected>${current} (not found)</option>` : nothing}
      ${spec.options.map(
        (option) => html`<option value=${option.value} ?selected=${option.value === current}>${option.label}</option>`,
      )}
    </select>
    ${messages}
  </div>`;
}

/** A group of fields for an optional object (an image, a licence), shown with a legend. */
export function group(
  context: EditContext,
  legend: string,
  path: readonly PathKey[],
  fields: (value: Obj | undefined) => TemplateResult,
  value: unknown,
): TemplateResult {
  const key = context.place(path);
  return html`<fieldset class="group" data-path=${key}>
    <legend>${legend}</legend>
    ${fields(isObj(value) ? value : undefined)} ${context.problemsHere(path, fieldId(path))}
  </fieldset>`;
}
