import { toJsonSchema } from '@valibot/to-json-schema';

/** The keys a description of the field at `path` can have: its own path, or `*.` and any tail of it. */
function descriptionKeys(path) {
  const tails = [...path.matchAll(/(?:^|\.)(?=[^.])/g)].map(
    (match) => `*.${path.slice(match.index + match[0].length)}`,
  );
  return [path, ...tails];
}

/**
 * Puts the description of each field into `node`, the JSON Schema of the value at `path`. The options of
 * a union are walked as the value itself; an object is described by its fields, not as a whole.
 */
function describe(node, path, descriptions, used) {
  const options = node.anyOf ?? node.oneOf;
  if (options) return options.forEach((option) => describe(option, path, descriptions, used));
  const key = descriptionKeys(path).find((candidate) => candidate in descriptions);
  if (key && node.type !== 'object') {
    node.description = descriptions[key];
    used.add(key);
  }
  for (const [name, field] of Object.entries(node.properties ?? {})) {
    describe(field, path ? `${path}.${name}` : name, descriptions, used);
  }
  if (node.items) describe(node.items, `${path}[]`, descriptions, used);
}

/**
 * The JSON Schema of the article model, for editors' autocompletion. It describes what an author may
 * write; rules the shape cannot carry (references, quotes, plain text) are checked by `parseArticle`.
 * The schema is read from `dist/`, so this runs after `tsc`.
 */
export async function articleJsonSchema() {
  const { ArticleSchema } = await import('../dist/model/schema.js');
  const { DESCRIPTIONS } = await import('../dist/model/descriptions.js');
  const schema = toJsonSchema(ArticleSchema, { errorMode: 'ignore' });
  const used = new Set();
  describe(schema, '', DESCRIPTIONS, used);
  // A field renamed or moved would otherwise lose its description without a word.
  const unused = Object.keys(DESCRIPTIONS).filter((key) => !used.has(key));
  if (unused.length) throw new Error(`src/model/descriptions.ts describes no field at ${unused.join(', ')}`);
  return {
    ...schema,
    $id: 'https://unpkg.com/glossa/article.schema.json',
    title: 'Glossa article',
    description: 'One article and everything Glossa widgets show about it.',
  };
}

export async function articleJsonSchemaText() {
  return `${JSON.stringify(await articleJsonSchema(), null, 2)}\n`;
}
