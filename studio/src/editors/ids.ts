import { foldText } from '../../../src/shared/fold-text.js';

/**
 * An id made from a name or label ("Kassym-Jomart Tokayev" → "kassym-jomart-tokayev"), valid for the
 * model (a letter first) and not among `taken`: a number is added when it is.
 */
export function suggestId(text: string, taken: Iterable<string>, fallback = 'item'): string {
  const slug = foldText(text)
    .replace(/[^\p{L}\p{N}]+/gu, '-')
    .replace(/[^A-Za-z0-9-]/g, '')
    .replace(/-+/g, '-')
    .replace(/^-|-$/g, '')
    .slice(0, 48)
    .replace(/-$/, '');
  const base = /^[A-Za-z]/.test(slug) ? slug : slug ? `${fallback}-${slug}` : fallback;
  const used = new Set(taken);
  if (!used.has(base)) return base;
  let number = 2;
  while (used.has(`${base}-${number}`)) number++;
  return `${base}-${number}`;
}

/** The ids of a list's items, for `suggestId`. */
export function idsOf(items: readonly unknown[]): string[] {
  return items.flatMap((item) =>
    typeof item === 'object' && item !== null && typeof (item as { id?: unknown }).id === 'string'
      ? [(item as { id: string }).id]
      : [],
  );
}
