import { readFileSync } from 'node:fs';
import { HEADING_LEVELS } from '../../dist/shared/heading-levels.js';
import { THEME_NAMES } from '../../dist/styles/palettes.js';

/** Attributes every element takes that carry no code: event handlers (`on…`) and the rest are refused. */
const GLOBAL_ATTRIBUTES = new Set(['id', 'class', 'lang', 'dir', 'title', 'slot', 'hidden']);

const manifest = JSON.parse(readFileSync(new URL('../../custom-elements.json', import.meta.url), 'utf8'));

/** The documented attributes of a tag, from custom-elements.json, each with its type's text. */
function attributesOf(tag) {
  for (const module of manifest.modules) {
    for (const declaration of module.declarations ?? []) {
      if (declaration.tagName === tag)
        return new Map(declaration.attributes.map((attribute) => [attribute.name, attribute.type?.text ?? 'string']));
    }
  }
  return new Map();
}

/** The values a type such as `'stepper' | 'list'` allows, or undefined when it is not an enumeration. */
function enumeration(type) {
  if (type.startsWith('ThemeName')) return THEME_NAMES;
  if (type.startsWith('HeadingLevel')) return HEADING_LEVELS.map(String);
  const literals = type
    .split('|')
    .map((part) => part.trim())
    .filter((part) => part !== 'undefined');
  return literals.every((literal) => /^'[^']*'$/.test(literal))
    ? literals.map((literal) => literal.slice(1, -1))
    : undefined;
}

/**
 * Why `name=value` cannot go on the tag, or undefined when it can: only the tag's documented attributes,
 * `data-` and `aria-` ones and a few global ones, and enumerated and numeric ones with a value they take.
 */
export function attributeProblem(tag, name, value) {
  if (GLOBAL_ATTRIBUTES.has(name) || /^(data|aria)-[a-z0-9-]+$/.test(name)) return undefined;
  const documented = attributesOf(tag);
  const type = documented.get(name);
  if (type === undefined) {
    const known = [...documented.keys()].join(', ');
    return `<${tag}> has no attribute "${name}"; it takes ${known}, data-* and aria-* attributes and ${[...GLOBAL_ATTRIBUTES].join(', ')}`;
  }
  const values = enumeration(type);
  if (values && !values.includes(value))
    return `${name} takes ${values.map((allowed) => `"${allowed}"`).join(', ')}, not "${value}"`;
  if (type.startsWith('number') && !Number.isFinite(Number(value))) return `${name} takes a number, not "${value}"`;
  return undefined;
}
