import { expect } from '@open-wc/testing';
import { toJsonSchema } from '@valibot/to-json-schema';
import type * as v from 'valibot';
import { ArticleSchema } from '../../src/model/index.js';
import { DESCRIPTIONS } from '../../src/model/descriptions.js';

/** The description keys of the schema, in the order the JSON Schema build meets them. */
function descriptionKeys(): string[] {
  const keys: string[] = [];
  toJsonSchema(ArticleSchema, {
    errorMode: 'ignore',
    overrideAction: ({ valibotAction }) => {
      if (valibotAction.type === 'description')
        keys.push((valibotAction as v.DescriptionAction<unknown, string>).description);
      return undefined;
    },
  });
  return keys;
}

describe('the descriptions of the article schema', () => {
  it('name a text for editors wherever the schema describes a field, and every text is used', () => {
    const keys = descriptionKeys();
    for (const key of keys) expect(DESCRIPTIONS, `the description key ${JSON.stringify(key)}`).to.have.property(key);
    expect(new Set(keys)).to.have.keys(Object.keys(DESCRIPTIONS));
  });
});
