import { html, type TemplateResult } from 'lit';
import type { EditContext } from './edit-context.js';
import { group, textField } from './fields.js';
import { licenseFields } from './license-fields.js';

const ARTICLE = ['article'] as const;

/** The article's own details: id, language, title and the lines around it, its source and licence. */
export function basicsView(context: EditContext): TemplateResult {
  const value = context.article;
  const common = { owner: ARTICLE, value } as const;
  return html`<div class="columns">
      ${textField(context, { ...common, key: 'title', label: 'Title' })}
      ${textField(context, { ...common, key: 'dek', label: 'Dek (the line under the title)', optional: true, multiline: true })}
      ${textField(context, { ...common, key: 'id', label: 'Article id', hint: 'Stable: saved quiz progress is kept under it. A letter, then letters, digits, “-” or “_”.' })}
      ${textField(context, { ...common, key: 'lang', label: 'Language', hint: 'A language tag such as “en” or “pt-BR”.' })}
      ${textField(context, { ...common, key: 'dateline', label: 'Dateline', optional: true })}
      ${textField(context, { ...common, key: 'published', label: 'Published', optional: true, placeholder: 'YYYY-MM-DD', hint: 'As precise as known: “2022”, “2022-01”, “2022-01-05” or “2022-01-05T14:30”.' })}
      ${textField(context, { ...common, key: 'byline', label: 'Byline', optional: true })}
    </div>
    <div class="columns">
      ${group(
        context,
        'Source',
        ['article', 'source'],
        (
          source,
        ) => html`${textField(context, { owner: ['article', 'source'], value: source, optionalOwner: true, key: 'name', label: 'Source name' })}
        ${textField(context, { owner: ['article', 'source'], value: source, optionalOwner: true, key: 'url', label: 'Source address', type: 'url', optional: true })}`,
        value.source,
      )}
      ${licenseFields(context, ARTICLE, value)}
    </div>`;
}
