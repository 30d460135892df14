import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import Ajv from 'ajv';
import { manifestElements } from '../scripts/generate-types.mjs';

const require = createRequire(import.meta.url);
const manifest = JSON.parse(readFileSync('custom-elements.json', 'utf8'));

describe('custom-elements.json', () => {
  it('is valid against the custom-elements-manifest schema', () => {
    const schema = require('custom-elements-manifest/schema.json');
    const validate = new Ajv({ allErrors: true, strict: false }).compile(schema);
    const valid = validate(manifest);
    assert.ok(valid, JSON.stringify(validate.errors, null, 2));
  });

  it('lists every element the package registers', () => {
    const tags = manifestElements(manifest).map((element) => element.tagName);
    const registered = [...readFileSync('src/all.ts', 'utf8').matchAll(/'\.\/([\w-]+)\/define\.js'/g)].map(
      ([, folder]) => `glossa-${folder}`,
    );
    assert.ok(registered.length >= 7, 'src/all.ts lists the define modules');
    assert.deepEqual(tags, [...registered].sort());
  });

  it('documents every attribute, property, event, slot, part and token', () => {
    const undocumented = [];
    for (const element of manifestElements(manifest)) {
      const publicFields = (element.members ?? []).filter((m) => m.kind === 'field' && !m.static && !m.privacy);
      const groups = {
        attribute: element.attributes,
        property: publicFields,
        event: element.events,
        slot: element.slots,
        part: element.cssParts,
        token: element.cssProperties,
      };
      if (!(element.description || element.summary)) undocumented.push(`${element.tagName}: the element`);
      for (const [kind, items] of Object.entries(groups)) {
        for (const item of items ?? []) {
          if (!item.description?.trim()) undocumented.push(`${element.tagName}: ${kind} ${item.name || '(default)'}`);
        }
      }
    }
    assert.deepEqual(undocumented, []);
  });

  it('gives every token a default', () => {
    const tokens = manifestElements(manifest).flatMap((element) => element.cssProperties ?? []);
    assert.ok(tokens.length > 30);
    assert.deepEqual(
      tokens.filter((token) => !token.default).map((token) => token.name),
      [],
    );
  });
});
