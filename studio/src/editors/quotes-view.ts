import { html, type TemplateResult } from 'lit';
import type { EditContext } from './edit-context.js';
import { addButton } from './add-item.js';
import { collectionView } from './collection-view.js';
import { selectField, textField } from './fields.js';
import { idsOf, suggestId } from './ids.js';
import { listOf, objects, textOf } from './paths.js';
import { newQuote } from './skeletons.js';
import { quoteSummary } from './summaries.js';

const PATH = ['article', 'quotes'] as const;

/** What people said in the article: who, the exact words, and the paragraph they are in. */
export function quotesView(context: EditContext): TemplateResult {
  const items = listOf(context.article, 'quotes');
  const speakers = context.entities.map((entity) => ({ value: entity.id, label: entity.name }));
  const paragraphs = objects(context.article.paragraphs).map((paragraph, index) => ({
    value: textOf(paragraph.id),
    label: `Paragraph ${index + 1} (${textOf(paragraph.id)})`,
  }));
  const name = (id: string) => context.entities.find((entity) => entity.id === id)?.name ?? id;
  return collectionView(context, {
    path: PATH,
    items,
    noun: 'quote',
    summary: (quote) => quoteSummary(quote, name(textOf(quote.speaker))),
    body: (quote, path) => {
      const common = { owner: path, value: quote } as const;
      return html`${selectField(context, { ...common, key: 'speaker', label: 'Speaker', options: speakers })}
        ${textField(context, { ...common, key: 'words', label: 'Words', multiline: true, hint: 'Exactly as in the paragraph.' })}
        ${selectField(context, { ...common, key: 'paragraph', label: 'Paragraph', options: paragraphs })}
        ${textField(context, { ...common, key: 'id', label: 'Quote id' })}`;
    },
    add: addButton(
      context,
      'quote',
      PATH,
      items,
      () => newQuote(suggestId('quote', idsOf(items)), speakers[0]?.value ?? '', paragraphs[0]?.value ?? ''),
      'words',
    ),
  });
}
