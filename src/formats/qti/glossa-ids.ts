import * as v from 'valibot';
import { Id } from '../../model/primitives.js';

/**
 * Each of `list` with a Glossa id, unique in the list: its identifier in the file where that is already
 * a Glossa id (QTI's may also hold dots or start with "_"), else `fallback` and its number.
 */
export function withGlossaIds<T>(
  list: readonly T[],
  identifierOf: (item: T) => string,
  fallback: string,
): (T & { readonly id: string })[] {
  const taken = new Set<string>();
  return list.map((item, index) => {
    const identifier = identifierOf(item);
    let id = v.is(Id, identifier) && !taken.has(identifier) ? identifier : `${fallback}${index + 1}`;
    while (taken.has(id)) id = `${id}-${index + 1}`;
    taken.add(id);
    return { ...item, id };
  });
}
