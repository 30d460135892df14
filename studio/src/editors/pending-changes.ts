import type { PendingItems } from '../../../src/draft/types.js';
import type { DocumentChange } from '../document.js';
import { removeChange } from './list-changes.js';
import type { Obj } from './paths.js';

/** The collections of the article whose drafted items wait for a person, by their key in `PendingItems`. */
export type PendingCollection = 'entities' | 'keyFacts' | 'timeline' | 'questions';

/** Where each pending collection lives in the article. */
export const PENDING_LIST_PATHS: Record<PendingCollection, readonly string[]> = {
  entities: ['article', 'entities'],
  keyFacts: ['article', 'explainer', 'keyFacts'],
  timeline: ['article', 'timeline'],
  questions: ['article', 'quiz', 'questions'],
};

export function isPending(pending: PendingItems, collection: PendingCollection, id: unknown): boolean {
  return typeof id === 'string' && pending[collection].includes(id);
}

export function acceptChanges(pending: PendingItems, collection: PendingCollection, id: string): DocumentChange[] {
  return [{ path: ['pending', collection], value: pending[collection].filter((pendingId) => pendingId !== id) }];
}

export function acceptAllChanges(collection: PendingCollection): DocumentChange[] {
  return [{ path: ['pending', collection], value: [] }];
}

/** Removes the drafted item at `index` of `items` and its mark, as one step. */
export function rejectChanges(
  pending: PendingItems,
  collection: PendingCollection,
  items: readonly unknown[],
  index: number,
): DocumentChange[] {
  const item = items[index] as Obj | undefined;
  const id = typeof item?.id === 'string' ? item.id : '';
  return [removeChange(PENDING_LIST_PATHS[collection], items, index), ...acceptChanges(pending, collection, id)];
}

/** The drafted summary: accepting keeps its text, rejecting empties it for the person to write. */
export function summaryChanges(accept: boolean): DocumentChange[] {
  return [
    ...(accept ? [] : [{ path: ['article', 'explainer', 'summary'], value: '' }]),
    { path: ['pending', 'summary'], value: false },
  ];
}
