import { toJsonSchema } from '@valibot/to-json-schema';
import { ArticleSchema } from '../dist/model/schema.js';

/**
 * The JSON Schema of the article model, for editors' autocompletion. It describes what an author may
 * write; rules the shape cannot carry (references, quotes, plain text) are checked by `parseArticle`.
 */
export function articleJsonSchema() {
  return {
    ...toJsonSchema(ArticleSchema, { errorMode: 'ignore' }),
    $id: 'https://unpkg.com/glossa/article.schema.json',
    title: 'Glossa article',
    description: 'One article and everything Glossa widgets show about it.',
  };
}

export function articleJsonSchemaText() {
  return `${JSON.stringify(articleJsonSchema(), null, 2)}\n`;
}
