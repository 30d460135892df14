import { html, type TemplateResult } from 'lit';
import type { EditContext } from './edit-context.js';
import { addButton } from './add-item.js';
import { collectionView } from './collection-view.js';
import { evidenceView } from './evidence-view.js';
import { checkboxField, textField } from './fields.js';
import { idField } from './id-field.js';
import { idsOf, suggestId } from './ids.js';
import { listOf, textOf } from './paths.js';
import { newEvent } from './skeletons.js';
import { eventSummary } from './summaries.js';

const PATH = ['article', 'timeline'] as const;
const DATE_HINT = 'As precise as known: “2022”, “2022-01”, “2022-01-05” or “2022-01-05T14:30”.';

/** The timeline's events, in the order they are shown. */
export function timelineView(context: EditContext): TemplateResult {
  const items = listOf(context.article, 'timeline');
  return collectionView(context, {
    path: PATH,
    items,
    noun: 'event',
    pending: 'timeline',
    ordered: true,
    summary: eventSummary,
    body: (event, path) => {
      const common = { owner: path, value: event } as const;
      return html`${textField(context, { ...common, key: 'label', label: 'Label' })}
        <div class="columns">
          ${textField(context, { ...common, key: 'when', label: 'When', optional: true, placeholder: 'YYYY-MM-DD', hint: DATE_HINT })}
          ${textField(context, { ...common, key: 'until', label: 'Until', optional: true, placeholder: 'YYYY-MM-DD', hint: 'The end of a range, if it is one.' })}
          ${textField(context, { ...common, key: 'timeZone', label: 'Time zone', optional: true, hint: 'For a time of day: an IANA zone such as “Asia/Almaty”.' })}
          ${checkboxField(context, { ...common, key: 'planned', label: 'Planned (it has not happened yet)', optional: true })}
        </div>
        ${textField(context, { ...common, key: 'detail', label: 'Detail', optional: true, multiline: true })}
        ${idField(context, { collection: 'timeline', ...common, label: 'Event id', from: textOf(event.label), taken: idsOf(items) })}
        ${evidenceView(context, path, event)}`;
    },
    add: addButton(context, 'event', PATH, items, () => newEvent(suggestId('event', idsOf(items))), 'label'),
  });
}
