import { idFrom, uniqueId } from '../../../src/shared/slug.js';

/**
 * An id made from a name or label ("Kassym-Jomart Tokayev" → "kassym-jomart-tokayev"), valid for the
 * model (a letter first) and not among `taken`: a number is added when it is.
 */
export function suggestId(text: string, taken: Iterable<string>, fallback = 'item'): string {
  return uniqueId(idFrom(text, fallback, 48), new Set(taken));
}

/** The ids of a list's items, for `suggestId`. */
export function idsOf(items: readonly unknown[]): string[] {
  return items.flatMap((item) =>
    typeof item === 'object' && item !== null && typeof (item as { id?: unknown }).id === 'string'
      ? [(item as { id: string }).id]
      : [],
  );
}
