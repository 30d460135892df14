import { html, type TemplateResult } from 'lit';
import type { PathKey } from '../document.js';
import type { EditContext } from './edit-context.js';
import { group, textField } from './fields.js';
import type { Obj } from './paths.js';

/** The optional licence of the article, a figure or an image. */
export function licenseFields(context: EditContext, owner: readonly PathKey[], value: Obj | undefined): TemplateResult {
  const path = [...owner, 'license'];
  return group(
    context,
    'Licence',
    path,
    (license) => {
      const common = { owner: path, value: license, optionalOwner: true } as const;
      return html`${textField(context, { ...common, key: 'name', label: 'Licence name', hint: 'As the licensor writes it, e.g. “CC BY 4.0”.' })}
      ${textField(context, { ...common, key: 'url', label: 'Licence address', type: 'url', optional: true })}
      ${textField(context, { ...common, key: 'attribution', label: 'Whom to credit', optional: true })}`;
    },
    value?.license,
  );
}
