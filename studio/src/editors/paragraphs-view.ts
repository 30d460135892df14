import { html, nothing, type TemplateResult } from 'lit';
import type { EditContext } from './edit-context.js';
import { addButton } from './add-item.js';
import { collectionView } from './collection-view.js';
import { textField } from './fields.js';
import { idsOf, suggestId } from './ids.js';
import { listOf, textOf } from './paths.js';
import { newParagraph } from './skeletons.js';
import { paragraphReferences, paragraphSummary } from './summaries.js';

const PATH = ['article', 'paragraphs'] as const;

/** The article's text, paragraph by paragraph: what evidence and quotes point into. */
export function paragraphsView(context: EditContext): TemplateResult {
  const items = listOf(context.article, 'paragraphs');
  const references = paragraphReferences(context.article);
  return html`<p class="hint">
      Evidence and quotes point into these paragraphs by their id and their exact words: changing a paragraph's
      words or id may leave them pointing at nothing, which the problems then say.
    </p>
    ${collectionView(context, {
      path: PATH,
      items,
      noun: 'paragraph',
      ordered: true,
      fewest: 1,
      summary: paragraphSummary,
      body: (paragraph, path) => {
        const count = references.get(textOf(paragraph.id)) ?? 0;
        return html`${textField(context, { owner: path, value: paragraph, key: 'text', label: 'Text', multiline: true })}
          ${textField(context, { owner: path, value: paragraph, key: 'id', label: 'Paragraph id' })}
          ${count > 0 ? html`<p class="hint">${count} piece${count === 1 ? '' : 's'} of evidence or quotes point into it.</p>` : nothing}`;
      },
      add: addButton(
        context,
        'paragraph',
        PATH,
        items,
        () => newParagraph(suggestId(`p${items.length + 1}`, idsOf(items), 'p')),
        'text',
      ),
    })}`;
}
