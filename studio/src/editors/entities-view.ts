import { html, type TemplateResult } from 'lit';
import { ENTITY_KINDS } from '../../../src/model/schema.js';
import type { PathKey } from '../document.js';
import type { EditContext } from './edit-context.js';
import { addButton } from './add-item.js';
import { collectionView } from './collection-view.js';
import { mergeEntityChanges, splitAliasChanges } from './entity-changes.js';
import { evidenceView } from './evidence-view.js';
import { group, selectField, textField } from './fields.js';
import { idField } from './id-field.js';
import { idsOf, suggestId } from './ids.js';
import { licenseFields } from './license-fields.js';
import { appendChange } from './list-changes.js';
import { fieldId, listOf, textOf, type Obj } from './paths.js';
import { newEntity } from './skeletons.js';
import { entitySummary, relationSummary } from './summaries.js';
import { textListField } from './text-list-field.js';

const PATH = ['article', 'entities'] as const;
const KIND_OPTIONS = ENTITY_KINDS.map((kind) => ({ value: kind, label: kind }));

function entityName(context: EditContext, id: string): string {
  return context.entities.find((entity) => entity.id === id)?.name ?? id;
}

function otherEntities(context: EditContext, id: unknown) {
  return context.entities
    .filter((entity) => entity.id !== id)
    .map((entity) => ({ value: entity.id, label: entity.name }));
}

/** A small form that reads its own controls when submitted: what it holds matters only then. */
function formValues(event: Event): Map<string, string> {
  const form = event.currentTarget as HTMLFormElement;
  return new Map(
    [...new FormData(form).entries()].map(([name, value]) => [name, typeof value === 'string' ? value : value.name]),
  );
}

function relationsView(context: EditContext, entity: Obj, path: readonly PathKey[]): TemplateResult {
  const relatedPath = [...path, 'related'];
  const related = listOf(entity, 'related');
  const others = otherEntities(context, entity.id);
  const formId = `${fieldId(relatedPath)}-add`;
  const add = (event: SubmitEvent) => {
    event.preventDefault();
    const values = formValues(event);
    const id = values.get('entity') ?? '';
    const relation = (values.get('relation') ?? '').trim();
    if (id === '' || relation === '') {
      context.announce('Choose an entity and write the relation first.');
      return;
    }
    context.edit(`Add relation ${relation} ${entityName(context, id)}`, [
      appendChange(relatedPath, related, { id, relation }),
    ]);
    context.announce(`Added relation: ${relation} ${entityName(context, id)}`);
    (event.currentTarget as HTMLFormElement).reset();
  };
  return html`${collectionView(context, {
    path: relatedPath,
    items: related,
    noun: 'relation',
    legend: 'Relations',
    summary: (relation) => relationSummary(relation, (id) => entityName(context, id)),
    body: (relation, itemPath) =>
      html`${textField(context, { owner: itemPath, value: relation, key: 'relation', label: 'Relation', hint: 'Read as “<this entity> <relation> <the other>”, e.g. “successor of”.' })}
        ${selectField(context, { owner: itemPath, value: relation, key: 'id', label: 'Related entity', options: others })}`,
  })}
    <form class="inline-form relation-form" @submit=${add}>
      <div class="field">
        <label for=${`${formId}-entity`}>New relation to</label>
        <select id=${`${formId}-entity`} name="entity">
          ${others.map((option) => html`<option value=${option.value}>${option.label}</option>`)}
        </select>
      </div>
      <div class="field">
        <label for=${`${formId}-relation`}>New relation, in words</label>
        <input id=${`${formId}-relation`} name="relation" placeholder="e.g. successor of" />
      </div>
      <button type="submit">Add relation</button>
    </form>`;
}

function mergeForm(context: EditContext, entity: Obj, index: number): TemplateResult {
  const others = otherEntities(context, entity.id);
  if (others.length === 0) return html``;
  const id = `${fieldId([...PATH, index])}-merge`;
  const merge = (event: SubmitEvent) => {
    event.preventDefault();
    const fromId = formValues(event).get('entity') ?? '';
    const entities = listOf(context.article, 'entities');
    const fromIndex = entities.findIndex((other) => (other as Obj | undefined)?.id === fromId);
    const changes = mergeEntityChanges(context.article, context.pending, fromIndex, index);
    if (changes.length === 0) return;
    const label = `Merge ${entityName(context, fromId)} into ${textOf(entity.name)}`;
    context.edit(label, changes);
    context.announce(`Merged ${entityName(context, fromId)} into ${textOf(entity.name)}`);
    context.focusLater([...PATH, fromIndex < index ? index - 1 : index]);
  };
  return html`<form class="inline-form merge" @submit=${merge}>
    <div class="field">
      <label for=${id}>Merge into this one</label>
      <select id=${id} name="entity">
        ${others.map((option) => html`<option value=${option.value}>${option.label}</option>`)}
      </select>
    </div>
    <button type="submit">Merge</button>
  </form>`;
}

function entityBody(context: EditContext, entity: Obj, path: readonly PathKey[], index: number): TemplateResult {
  const common = { owner: path, value: entity } as const;
  const imagePath = [...path, 'image'];
  const split = (aliasIndex: number, alias: string) => html`<button
    type="button"
    aria-label=${`Split off “${alias}” as its own entity`}
    @click=${() => {
      context.edit(`Split ${alias} from ${textOf(entity.name)}`, splitAliasChanges(context.article, index, aliasIndex));
      context.announce(`${alias} is now its own entity, after ${textOf(entity.name)}`);
      context.focusLater([...PATH, index + 1]);
    }}
  >
    Split off
  </button>`;
  return html`<div class="columns">
      ${textField(context, { ...common, key: 'name', label: 'Name' })}
      ${selectField(context, { ...common, key: 'kind', label: 'Kind', options: KIND_OPTIONS })}
      ${textField(context, { ...common, key: 'role', label: 'Role', optional: true })}
      ${textField(context, { ...common, key: 'category', label: 'Category', optional: true, hint: 'A finer kind, e.g. “political party”.' })}
      ${idField(context, { collection: 'entities', ...common, label: 'Entity id', from: textOf(entity.name), taken: idsOf(listOf(context.article, 'entities')) })}
    </div>
    ${textField(context, { ...common, key: 'summary', label: 'Summary', multiline: true })}
    ${textListField(context, { owner: path, value: entity, key: 'aliases', legend: 'Aliases', noun: 'alias', optional: true, hint: 'Other names the text uses: a surname, an acronym.', entryAction: split })}
    ${textListField(context, { owner: path, value: entity, key: 'forms', legend: 'Forms', noun: 'form', optional: true, hint: 'Inflected forms of the name, for languages that decline names.' })}
    ${relationsView(context, entity, path)} ${evidenceView(context, path, entity)}
    ${group(
      context,
      'Image',
      imagePath,
      (image) => {
        const imageCommon = { owner: imagePath, value: image, optionalOwner: true } as const;
        return html`${textField(context, { ...imageCommon, key: 'src', label: 'Image address', type: 'url' })}
        ${textField(context, { ...imageCommon, key: 'alt', label: 'Image description (alt text)' })}
        ${textField(context, { ...imageCommon, key: 'credit', label: 'Image credit', optional: true })}
        ${licenseFields(context, imagePath, image)}`;
      },
      entity.image,
    )}`;
}

/** The people, organizations, places and terms of the article. */
export function entitiesView(context: EditContext): TemplateResult {
  const items = listOf(context.article, 'entities');
  return collectionView(context, {
    path: PATH,
    items,
    noun: 'entity',
    pending: 'entities',
    ordered: true,
    summary: entitySummary,
    body: (entity, path, index) => entityBody(context, entity, path, index),
    actions: (entity, _path, index) => mergeForm(context, entity, index),
    add: addButton(context, 'entity', PATH, items, () => newEntity(suggestId('entity', idsOf(items))), 'name'),
  });
}
