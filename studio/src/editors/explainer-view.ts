import { html, nothing, type TemplateResult } from 'lit';
import type { EditContext } from './edit-context.js';
import { addButton } from './add-item.js';
import { collectionView } from './collection-view.js';
import { evidenceView } from './evidence-view.js';
import { checkboxField, numberField, textField } from './fields.js';
import { idField } from './id-field.js';
import { idsOf, suggestId } from './ids.js';
import { isObj, listOf, textOf, type Obj } from './paths.js';
import { summaryChanges } from './pending-changes.js';
import { newKeyFact, newSection } from './skeletons.js';
import { keyFactSummary, sectionSummary } from './summaries.js';

const PATH = ['article', 'explainer'] as const;
const SECTIONS = [...PATH, 'sections'] as const;
const KEY_FACTS = [...PATH, 'keyFacts'] as const;

function summaryField(context: EditContext, explainer: Obj): TemplateResult {
  const draft = context.pending.summary;
  const decide = (accept: boolean) => {
    context.edit(accept ? 'Accept the drafted summary' : 'Reject the drafted summary', summaryChanges(accept));
    context.announce(accept ? 'Accepted the drafted summary' : 'Rejected the drafted summary; write your own');
    context.focusLater([...PATH, 'summary']);
  };
  return html`<div class="summary-field">
    ${
      draft
        ? html`<p class="draft-note"><span class="badge">Draft</span> The summary was drafted from the lead.</p>
          <div class="actions" role="group" aria-label="The drafted summary">
            <button type="button" class="accept" @click=${() => decide(true)}>Accept</button>
            <button type="button" class="reject" @click=${() => decide(false)}>Reject</button>
          </div>`
        : nothing
    }
    ${textField(context, {
      owner: PATH,
      value: explainer,
      key: 'summary',
      label: draft ? 'Summary (draft)' : 'Summary',
      multiline: true,
      hint: 'What happened, in one to three sentences.',
    })}
  </div>`;
}

/** The explainer card: its summary, its sections and its key facts. */
export function explainerView(context: EditContext): TemplateResult {
  const explainer = isObj(context.article.explainer) ? context.article.explainer : undefined;
  const sections = listOf(explainer, 'sections');
  const keyFacts = listOf(explainer, 'keyFacts');
  return html`${summaryField(context, explainer ?? {})}
    ${collectionView(context, {
      path: SECTIONS,
      items: sections,
      noun: 'section',
      legend: 'Sections',
      ordered: true,
      summary: sectionSummary,
      body: (
        section,
        path,
      ) => html`${textField(context, { owner: path, value: section, key: 'heading', label: 'Heading' })}
        ${textField(context, { owner: path, value: section, key: 'body', label: 'Body', multiline: true })}
        ${idField(context, { owner: path, value: section, label: 'Section id', from: textOf(section.heading), taken: idsOf(sections) })}
        ${evidenceView(context, path, section)}`,
      add: addButton(
        context,
        'section',
        SECTIONS,
        sections,
        () => newSection(suggestId('section', idsOf(sections))),
        'heading',
      ),
    })}
    ${collectionView(context, {
      path: KEY_FACTS,
      items: keyFacts,
      noun: 'key fact',
      legend: 'Key facts',
      pending: 'keyFacts',
      ordered: true,
      summary: keyFactSummary,
      body: (fact, path) => {
        const common = { owner: path, value: fact } as const;
        return html`<p class="hint">A value in words (“Several thousand”), or a number with its unit, which each language formats.</p>
          <div class="columns">
            ${textField(context, { ...common, key: 'value', label: 'Value in words', optional: true })}
            ${numberField(context, { ...common, key: 'number', label: 'Number', optional: true })}
            ${textField(context, { ...common, key: 'unit', label: 'Unit', optional: true, hint: 'e.g. “days”, “km”.' })}
            ${checkboxField(context, { ...common, key: 'about', label: 'About (the number is approximate)', optional: true })}
          </div>
          ${textField(context, { ...common, key: 'label', label: 'What it counts' })}
          ${idField(context, { ...common, collection: 'keyFacts', label: 'Key fact id', from: textOf(fact.label), taken: idsOf(keyFacts) })}
          ${evidenceView(context, path, fact)}`;
      },
      add: addButton(
        context,
        'key fact',
        KEY_FACTS,
        keyFacts,
        () => newKeyFact(suggestId('fact', idsOf(keyFacts))),
        'value',
      ),
    })}`;
}
