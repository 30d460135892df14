import { html, type TemplateResult } from 'lit';
import type { EditContext } from './edit-context.js';
import { addButton } from './add-item.js';
import { collectionView } from './collection-view.js';
import { selectField, textField } from './fields.js';
import { idsOf, suggestId } from './ids.js';
import { licenseFields } from './license-fields.js';
import { listOf, objects, textOf } from './paths.js';
import { newFigure } from './skeletons.js';
import { captionText, figureSummary } from './summaries.js';

const PATH = ['article', 'figures'] as const;

/** The article's figures: caption, credit, licence, picture and where it goes in the text. */
export function figuresView(context: EditContext): TemplateResult {
  const items = listOf(context.article, 'figures');
  const paragraphs = objects(context.article.paragraphs).map((paragraph, index) => ({
    value: textOf(paragraph.id),
    label: `Paragraph ${index + 1} (${textOf(paragraph.id)})`,
  }));
  return collectionView(context, {
    path: PATH,
    items,
    noun: 'figure',
    ordered: true,
    summary: figureSummary,
    body: (figure, path) => {
      const common = { owner: path, value: figure } as const;
      const caption = { ...figure, caption: captionText(figure.caption) };
      return html`${textField(context, { owner: path, value: caption, key: 'caption', label: 'Caption', multiline: true, hint: 'Paragraphs of a caption are split by a blank line.' })}
        ${textField(context, { ...common, key: 'credit', label: 'Credit', optional: true })}
        ${textField(context, { ...common, key: 'src', label: 'Picture address', type: 'url', optional: true })}
        ${textField(context, { ...common, key: 'alt', label: 'Picture description (alt text)', optional: true })}
        ${selectField(context, { ...common, key: 'after', label: 'Shown after', options: paragraphs, none: 'Where the widgets put it' })}
        ${textField(context, { ...common, key: 'id', label: 'Figure id' })} ${licenseFields(context, path, figure)}`;
    },
    add: addButton(context, 'figure', PATH, items, () => newFigure(suggestId('figure', idsOf(items))), 'caption'),
  });
}
