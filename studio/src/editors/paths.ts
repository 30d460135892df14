import type { PathKey } from '../document.js';

/** A value of the article as the forms read it: valid or not, so every part is checked before use. */
export type Obj = Record<string, unknown>;

/** How a path is written in a `data-path` attribute: one string per path, compared exactly. */
export function pathKey(path: readonly PathKey[]): string {
  return JSON.stringify(path);
}

/** A DOM id for the field at `path`, unique in the editor because property names hold no "-". */
export function fieldId(path: readonly PathKey[]): string {
  return `field-${path.join('-').replace(/[^\w-]/g, '_')}`;
}

export function isObj(value: unknown): value is Obj {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** The objects of a list in the article, skipping what is not one (the forms cannot edit it). */
export function objects(value: unknown): Obj[] {
  return Array.isArray(value) ? value.filter(isObj) : [];
}

export function texts(value: unknown): string[] {
  return Array.isArray(value) ? value.filter((item): item is string => typeof item === 'string') : [];
}

export function textOf(value: unknown): string {
  return typeof value === 'string' ? value : '';
}

/** The list at `key` of `owner`, kept as it is (an invalid entry keeps its place, so indexes match the problems). */
export function listOf(owner: Obj | undefined, key: string): unknown[] {
  const value = owner?.[key];
  return Array.isArray(value) ? value : [];
}

/** The longest start of `path` that `known` holds, or `undefined` when none does. */
export function nearestKnown(path: readonly PathKey[], known: (key: string) => boolean): PathKey[] | undefined {
  for (let length = path.length; length > 0; length--) {
    const start = path.slice(0, length);
    if (known(pathKey(start))) return start;
  }
  return undefined;
}
