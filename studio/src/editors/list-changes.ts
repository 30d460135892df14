import type { DocumentChange, PathKey } from '../document.js';

/** `items` with the one at `from` moved to `to`; the same list when either is out of range. */
export function moved<T>(items: readonly T[], from: number, to: number): T[] {
  const copy = [...items];
  if (from < 0 || from >= copy.length || to < 0 || to >= copy.length) return copy;
  const [item] = copy.splice(from, 1);
  copy.splice(to, 0, item as T);
  return copy;
}

export function moveChange(
  path: readonly PathKey[],
  items: readonly unknown[],
  from: number,
  to: number,
): DocumentChange {
  return { path, value: moved(items, from, to) };
}

export function removeChange(path: readonly PathKey[], items: readonly unknown[], index: number): DocumentChange {
  return { path, value: items.filter((_, position) => position !== index) };
}

export function appendChange(path: readonly PathKey[], items: readonly unknown[], item: unknown): DocumentChange {
  return { path, value: [...items, item] };
}
