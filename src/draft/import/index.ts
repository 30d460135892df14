import type { ArticleBody, DraftOptions, DraftSource } from '../types.js';

/** Reads an article's own text (title, dek, byline, paragraphs, figures) from what a person brought in. */
export function importArticle(source: DraftSource, options: DraftOptions = {}): Promise<ArticleBody> {
  const text = source.kind === 'text' || source.kind === 'markdown' ? source.text : '';
  const blocks = text
    .split(/\n\s*\n/)
    .map((block) => block.trim())
    .filter((block) => block.length > 0);
  const [title = 'Untitled', ...rest] = blocks;
  return Promise.resolve({
    lang: options.lang ?? 'en',
    title,
    published: options.published,
    paragraphs: rest.map((block, index) => ({ id: `p${index + 1}`, text: block })),
    figures: [],
    notes: [],
  });
}
