import type { PathKey, StudioDocument, StudioEditDetail } from '../document.js';

type Container = Record<string, unknown> | unknown[];

/** `container` with `value` set at `path`, copied along the way; `undefined` removes the property. */
function setAt(container: unknown, path: readonly PathKey[], value: unknown): unknown {
  const [key, ...rest] = path;
  if (key === undefined) return value;
  const inner = (container as Container | undefined)?.[key as never];
  const next = rest.length === 0 ? value : setAt(inner ?? (typeof rest[0] === 'number' ? [] : {}), rest, value);
  if (Array.isArray(container)) {
    const copy: unknown[] = [...(container as unknown[])];
    copy[key as number] = next;
    return copy;
  }
  const copy: Record<string, unknown> = { ...(container as Record<string, unknown> | undefined) };
  if (next === undefined) delete copy[key as string];
  else copy[key as string] = next;
  return copy;
}

/**
 * The document after one step of editing. Changes apply in order (a renamed id rewrites the references
 * first, then the id), and every object on a changed path is a new one, so a step never alters the
 * document it was applied to: undo keeps that one.
 */
export function applyEdit(document: StudioDocument, detail: StudioEditDetail): StudioDocument {
  return detail.changes.reduce<StudioDocument>(
    (next, change) => setAt(next, change.path, change.value) as StudioDocument,
    document,
  );
}
