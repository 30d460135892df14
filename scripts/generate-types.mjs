/**
 * Editor and framework typings generated from custom-elements.json, so they list exactly what the
 * manifest documents: JSX `IntrinsicElements` for React, `GlobalComponents` for Vue, `SvelteHTMLElements`
 * for Svelte, and VS Code's custom data for HTML (tags and attributes) and CSS (the tokens).
 */

/** The elements of a manifest: declarations with a tag, in tag order. */
export function manifestElements(manifest) {
  return manifest.modules
    .flatMap((module) => module.declarations ?? [])
    .filter((declaration) => declaration.customElement && declaration.tagName)
    .sort((a, b) => a.tagName.localeCompare(b.tagName));
}

const describe = (element) => (element.description || element.summary || '').trim();

/** The properties a page may set: public, writable instance fields. */
function settableFields(element) {
  return (element.members ?? []).filter(
    (member) =>
      member.kind === 'field' && !member.static && !member.readonly && (member.privacy ?? 'public') === 'public',
  );
}

const camel = (name) => name.replace(/-(\w)/g, (_, letter) => letter.toUpperCase());
const pascal = (name) => camel(name).replace(/^\w/, (letter) => letter.toUpperCase());
const quoteKey = (name) => (/^[A-Za-z_$][\w$]*$/.test(name) ? name : `'${name}'`);

function jsDoc(text, indent) {
  if (!text) return '';
  const lines = text.replaceAll('*/', '*\\/').split('\n');
  return `${indent}/**\n${lines.map((line) => `${indent} * ${line}`.trimEnd()).join('\n')}\n${indent} */\n`;
}

/**
 * What markup may write in an attribute: the values its property takes, as they are or as text
 * (`heading-level={3}` or `"3"`, never `"7"`; `layout="grid"` only where `grid` is a layout); a boolean
 * attribute is there or not. An attribute with no property of its own takes any text.
 */
function attributeType(cls, attribute) {
  if (!attribute.fieldName) return 'string';
  const property = `${cls}['${attribute.fieldName}']`;
  return attribute.type?.text === 'boolean' ? 'boolean' : `${property} | \`\${NonNullable<${property}>}\``;
}

/** Members of the props interface of one element: attributes, properties, then event handlers. */
function propLines(element, eventProp) {
  const cls = element.name;
  const lines = [];
  const seen = new Set();
  const add = (name, type, description) => {
    if (seen.has(name)) return;
    seen.add(name);
    lines.push(`${jsDoc(description, '  ')}  ${quoteKey(name)}?: ${type};`);
  };
  for (const attribute of element.attributes ?? [])
    add(attribute.name, attributeType(cls, attribute), attribute.description);
  for (const field of settableFields(element)) add(field.name, `${cls}['${field.name}']`, field.description);
  for (const event of element.events ?? []) {
    add(eventProp(event.name), `(event: GlobalEventHandlersEventMap['${event.name}']) => void`, event.description);
  }
  return lines.join('\n');
}

function header(elements) {
  const classes = elements.map((element) => element.name).join(', ');
  return `// Generated from custom-elements.json by scripts/generate-types.mjs. Do not edit.\nimport type { ${classes} } from 'glossa';\n`;
}

/**
 * React 19 sets a custom element's properties when the prop names one, sets attributes otherwise, and
 * listens to an event for a function prop named `on` + the event's name (`onglossa-complete`).
 */
/** An element's `…Props` interface, its event handlers named by `eventProp`. */
const propsInterface = (element, eventProp) =>
  `${jsDoc(describe(element).split('\n\n')[0], '')}export interface ${element.name}Props {\n${propLines(element, eventProp)}\n}\n`;

export function reactTypings(manifest) {
  const elements = manifestElements(manifest);
  const props = elements.map((element) => propsInterface(element, (name) => `on${name}`)).join('\n');
  const intrinsic = elements
    .map(({ tagName, name }) => {
      const attributes = `React.DetailedHTMLProps<React.HTMLAttributes<${name}>, ${name}>`;
      return `      '${tagName}': Omit<${attributes}, keyof ${name}Props> & ${name}Props;`;
    })
    .join('\n');
  return `${header(elements)}import type * as React from 'react';

${props}
declare module 'react' {
  namespace JSX {
    interface IntrinsicElements {
${intrinsic}
    }
  }
}
`;
}

/** Vue's templates type custom elements through `GlobalComponents`; `@glossa-complete` checks against `onGlossaComplete`. */
export function vueTypings(manifest) {
  const elements = manifestElements(manifest);
  const props = elements.map((element) => propsInterface(element, (name) => `on${pascal(name)}`)).join('\n');
  const components = elements
    .map((element) => `    '${element.tagName}': DefineComponent<${element.name}Props>;`)
    .join('\n');
  return `${header(elements)}import type { DefineComponent } from 'vue';

${props}
declare module 'vue' {
  interface GlobalComponents {
${components}
  }
}
`;
}

/**
 * Svelte 5 types an element's attributes through `SvelteHTMLElements` and sets a property where the
 * element has one; its event attributes are `on` + the event's name, as React's props are.
 */
export function svelteTypings(manifest) {
  const elements = manifestElements(manifest);
  const props = elements.map((element) => propsInterface(element, (name) => `on${name}`)).join('\n');
  const tags = elements
    .map(({ tagName, name }) => `    '${tagName}': Omit<HTMLAttributes<${name}>, keyof ${name}Props> & ${name}Props;`)
    .join('\n');
  return `${header(elements)}import type { HTMLAttributes } from 'svelte/elements';

${props}
declare module 'svelte/elements' {
  interface SvelteHTMLElements {
${tags}
  }
}
`;
}

/** The values of a union of string literals (`'full' | 'compact'`), for completion. */
function literalValues(typeText = '') {
  const options = typeText.split('|').map((option) => option.trim());
  const literals = options
    .filter((option) => /^'[^']*'$/.test(option))
    .map((option) => ({ name: option.slice(1, -1) }));
  return literals.length > 0 ? literals : undefined;
}

/** VS Code's HTML custom data: every tag with its attributes, their values and descriptions. */
export function htmlCustomData(manifest) {
  const tags = manifestElements(manifest).map((element) => ({
    name: element.tagName,
    description: describe(element),
    attributes: (element.attributes ?? []).map((attribute) => {
      const values = attribute.type?.text === 'boolean' ? undefined : literalValues(attribute.type?.text);
      return {
        name: attribute.name,
        description: attribute.description ?? '',
        ...(attribute.type?.text === 'boolean' ? { valueSet: 'v' } : {}),
        ...(values ? { values } : {}),
      };
    }),
  }));
  const $schema =
    'https://raw.githubusercontent.com/microsoft/vscode-html-languageservice/main/docs/customData.schema.json';
  return `${JSON.stringify({ $schema, version: 1.1, tags }, null, 2)}\n`;
}

/** VS Code's CSS custom data: every `--glossa-*` token, once, with its default and the elements that read it. */
export function cssCustomData(manifest) {
  const tokens = new Map();
  for (const element of manifestElements(manifest)) {
    for (const property of element.cssProperties ?? []) {
      const token = tokens.get(property.name) ?? { ...property, tags: [] };
      token.tags.push(`<${element.tagName}>`);
      tokens.set(property.name, token);
    }
  }
  const properties = [...tokens.values()]
    .sort((a, b) => a.name.localeCompare(b.name))
    .map((token) => ({
      name: token.name,
      description: [
        token.description,
        token.default && `Default: \`${token.default}\`.`,
        `Read by ${token.tags.join(', ')}.`,
      ]
        .filter(Boolean)
        .join(' '),
    }));
  const $schema =
    'https://raw.githubusercontent.com/microsoft/vscode-css-languageservice/main/docs/customData.schema.json';
  return `${JSON.stringify({ $schema, version: 1.1, properties }, null, 2)}\n`;
}

/** The committed files, by path. */
export const customDataFiles = (manifest) => ({
  'vscode.html-custom-data.json': htmlCustomData(manifest),
  'vscode.css-custom-data.json': cssCustomData(manifest),
});

/** The typings shipped in dist/types/, by path. */
export const typingFiles = (manifest) => ({
  'dist/types/jsx.d.ts': reactTypings(manifest),
  'dist/types/vue.d.ts': vueTypings(manifest),
  'dist/types/svelte.d.ts': svelteTypings(manifest),
});
