import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { manifestElements } from '../scripts/generate-types.mjs';

const manifest = JSON.parse(readFileSync('custom-elements.json', 'utf8'));
const elements = manifestElements(manifest);
const quiz = elements.find((element) => element.tagName === 'glossa-quiz');

/** The members of one generated props interface, by name. */
function propsOf(typings, name) {
  const body = typings.match(new RegExp(`export interface ${name}Props \\{\\n([\\s\\S]*?)\\n\\}`))?.[1];
  assert.ok(body, `${name}Props is missing`);
  return [...body.matchAll(/^ {2}('?[\w-]+'?)\?:/gm)].map(([, key]) => key.replaceAll("'", ''));
}

describe('dist/types/jsx.d.ts (React)', () => {
  const typings = readFileSync('dist/types/jsx.d.ts', 'utf8');

  it('declares every element in React.JSX.IntrinsicElements', () => {
    assert.match(typings, /declare module 'react' \{\n {2}namespace JSX \{\n {4}interface IntrinsicElements \{/);
    for (const { tagName, name } of elements) assert.match(typings, new RegExp(`'${tagName}': .*${name}Props;`));
  });

  it('takes each attribute, each writable property and an on<event> handler per event', () => {
    const props = propsOf(typings, 'GlossaQuiz');
    for (const attribute of quiz.attributes) assert.ok(props.includes(attribute.name), attribute.name);
    for (const property of ['article', 'headingLevel', 'printKey', 'evidenceHref'])
      assert.ok(props.includes(property), property);
    for (const event of quiz.events) assert.ok(props.includes(`on${event.name}`), event.name);
    assert.ok(!props.includes('articleOptional'), 'a read-only property is not a prop');
    assert.match(
      typings,
      /'onglossa-complete'\?: \(event: GlobalEventHandlersEventMap\['glossa-complete'\]\) => void;/,
    );
  });
});

describe('dist/types/svelte.d.ts (Svelte 5)', () => {
  const typings = readFileSync('dist/types/svelte.d.ts', 'utf8');

  it('declares every element in SvelteHTMLElements, with on<event> handlers', () => {
    assert.match(typings, /declare module 'svelte\/elements' \{\n {2}interface SvelteHTMLElements \{/);
    for (const { tagName, name } of elements) assert.match(typings, new RegExp(`'${tagName}': .*${name}Props;`));
    assert.ok(propsOf(typings, 'GlossaQuiz').includes('onglossa-complete'));
  });
});

describe('attribute types', () => {
  const typings = readFileSync('dist/types/jsx.d.ts', 'utf8');

  it('take only the values of their property, as they are or as text', () => {
    assert.match(typings, /^ {2}layout\?: GlossaQuiz\['layout'\] \| `\$\{NonNullable<GlossaQuiz\['layout'\]>\}`;$/m);
    assert.match(typings, /^ {2}shuffle\?: boolean;$/m);
    assert.doesNotMatch(typings, /\] \| string;/);
  });
});

describe('dist/types/vue.d.ts (Vue)', () => {
  const typings = readFileSync('dist/types/vue.d.ts', 'utf8');

  it('declares every element in GlobalComponents, with camel-cased event handlers', () => {
    assert.match(typings, /declare module 'vue' \{\n {2}interface GlobalComponents \{/);
    for (const { tagName, name } of elements)
      assert.match(typings, new RegExp(`'${tagName}': DefineComponent<${name}Props>;`));
    const props = propsOf(typings, 'GlossaQuiz');
    for (const handler of ['onGlossaComplete', 'onGlossaAnswer', 'onGlossaReady'])
      assert.ok(props.includes(handler), handler);
  });
});

describe('VS Code custom data', () => {
  it('lists every tag with its attributes and the values of enumerated ones', () => {
    const { tags } = JSON.parse(readFileSync('vscode.html-custom-data.json', 'utf8'));
    assert.deepEqual(
      tags.map((tag) => tag.name),
      elements.map((element) => element.tagName),
    );
    const layout = tags
      .find((tag) => tag.name === 'glossa-quiz')
      .attributes.find((attribute) => attribute.name === 'layout');
    assert.deepEqual(layout.values, [{ name: 'stepper' }, { name: 'list' }]);
    assert.ok(layout.description.length > 10);
  });

  it('lists every token once, with its default', () => {
    const { properties } = JSON.parse(readFileSync('vscode.css-custom-data.json', 'utf8'));
    const tokens = new Set(elements.flatMap((element) => (element.cssProperties ?? []).map((token) => token.name)));
    assert.deepEqual(
      properties.map((property) => property.name),
      [...tokens].sort(),
    );
    const accent = properties.find((property) => property.name === '--glossa-color-accent');
    assert.match(accent.description, /Default: `/);
  });
});

describe('the typings written in the source agree with the manifest', () => {
  const declarations = (folder) =>
    readdirSync(folder, { recursive: true })
      .filter((file) => file.endsWith('.d.ts'))
      .map((file) => readFileSync(join(folder, file), 'utf8'))
      .join('\n');
  const shipped = declarations('dist');

  it('every tag is in HTMLElementTagNameMap with its class', () => {
    for (const { tagName, name } of elements) assert.match(shipped, new RegExp(`'${tagName}': ${name};`), tagName);
  });

  it('every event is in GlobalEventHandlersEventMap', () => {
    const events = new Set(elements.flatMap((element) => (element.events ?? []).map((event) => event.name)));
    assert.ok(events.size >= 6);
    for (const event of events) assert.match(shipped, new RegExp(`'${event}': Glossa\\w+Event;`), event);
  });
});
