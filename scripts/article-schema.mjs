import { toJsonSchema } from '@valibot/to-json-schema';

/**
 * The JSON Schema of the article model, for editors' autocompletion. It describes what an author may
 * write; rules the shape cannot carry (references, quotes, plain text) are checked by `parseArticle`.
 * The schema is read from `dist/`, so this runs after `tsc`.
 */
export async function articleJsonSchema() {
  const { ArticleSchema } = await import('../dist/model/schema.js');
  const { DESCRIPTIONS } = await import('../dist/model/descriptions.js');
  // The schema's descriptions are keys; editors get the texts.
  const describe = ({ valibotAction, jsonSchema }) =>
    valibotAction.type === 'description'
      ? { ...jsonSchema, description: DESCRIPTIONS[valibotAction.description] }
      : undefined;
  return {
    ...toJsonSchema(ArticleSchema, { errorMode: 'ignore', overrideAction: describe }),
    $id: 'https://unpkg.com/glossa/article.schema.json',
    title: 'Glossa article',
    description: 'One article and everything Glossa widgets show about it.',
  };
}

export async function articleJsonSchemaText() {
  return `${JSON.stringify(await articleJsonSchema(), null, 2)}\n`;
}
