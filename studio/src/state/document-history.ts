import type { StudioDocument, StudioEditDetail } from '../document.js';
import { applyEdit } from './apply-edit.js';

interface Step {
  readonly label: string;
  readonly before: StudioDocument;
  readonly after: StudioDocument;
  /** The typing session of one field this step holds, if any: later edits of the session join it. */
  readonly merge?: string;
}

/** The document with the steps that led to it and those undone, for Undo and Redo. */
export interface DocumentHistory {
  readonly document: StudioDocument;
  readonly done: readonly Step[];
  readonly undone: readonly Step[];
}

/** Steps kept for Undo: enough for an afternoon's editing, bounded so a long session stays light. */
const MAX_STEPS = 500;

export function startHistory(document: StudioDocument): DocumentHistory {
  return { document, done: [], undone: [] };
}

/**
 * One edit applied. Edits of one typing session (the same `merge` as the last step) make one step, so
 * Undo takes back the word typed, not a letter; any new edit clears what was undone.
 */
export function edit(
  history: DocumentHistory,
  detail: StudioEditDetail & { readonly merge?: string },
): DocumentHistory {
  const after = applyEdit(history.document, detail);
  const last = history.done.at(-1);
  const joins = detail.merge !== undefined && last?.merge === detail.merge && history.undone.length === 0;
  const step: Step = {
    label: detail.label,
    before: joins ? last.before : history.document,
    after,
    ...(detail.merge === undefined ? {} : { merge: detail.merge }),
  };
  const done = joins ? [...history.done.slice(0, -1), step] : [...history.done, step].slice(-MAX_STEPS);
  return { document: after, done, undone: [] };
}

export function undo(history: DocumentHistory): DocumentHistory {
  const step = history.done.at(-1);
  if (!step) return history;
  return { document: step.before, done: history.done.slice(0, -1), undone: [...history.undone, step] };
}

export function redo(history: DocumentHistory): DocumentHistory {
  const step = history.undone.at(-1);
  if (!step) return history;
  return { document: step.after, done: [...history.done, step], undone: history.undone.slice(0, -1) };
}

/** What Undo would take back, in words ("Edit title"), or `undefined` when there is nothing. */
export const undoLabel = (history: DocumentHistory) => history.done.at(-1)?.label;
export const redoLabel = (history: DocumentHistory) => history.undone.at(-1)?.label;
