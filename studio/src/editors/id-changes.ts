import type { PendingItems } from '../../../src/draft/types.js';
import type { DocumentChange } from '../document.js';
import { PENDING_LIST_PATHS, type PendingCollection } from './pending-changes.js';
import { isObj, listOf, type Obj } from './paths.js';

/**
 * What else changes when an item's id goes from `from` to `to`: its draft mark follows it (a renamed
 * draft is still a draft), and a renamed entity is still the one its relations and quotes name. Nothing
 * follows into an id another item already has, which would make two items' references one.
 */
export function renameChanges(
  article: Obj,
  pending: PendingItems,
  collection: PendingCollection | 'other',
  from: string,
  to: string,
): DocumentChange[] {
  if (from === to || collection === 'other') return [];
  const path = PENDING_LIST_PATHS[collection];
  const owner = path.slice(1, -1).reduce<unknown>((value, key) => (isObj(value) ? value[key] : undefined), article);
  const taken = listOf(isObj(owner) ? owner : undefined, path[path.length - 1]!).some(
    (item) => isObj(item) && item.id === to,
  );
  if (taken) return [];
  const changes: DocumentChange[] = [];
  if (pending[collection].includes(from)) {
    changes.push({ path: ['pending', collection], value: pending[collection].map((id) => (id === from ? to : id)) });
  }
  if (collection !== 'entities') return changes;
  const entities = listOf(article, 'entities');
  const renamed = (relation: unknown) => (isObj(relation) && relation.id === from ? { ...relation, id: to } : relation);
  if (
    entities.some(
      (entity) => isObj(entity) && listOf(entity, 'related').some((relation) => renamed(relation) !== relation),
    )
  ) {
    changes.push({
      path: ['article', 'entities'],
      value: entities.map((entity) =>
        isObj(entity) && Array.isArray(entity.related) ? { ...entity, related: entity.related.map(renamed) } : entity,
      ),
    });
  }
  const quotes = listOf(article, 'quotes');
  if (quotes.some((quote) => isObj(quote) && quote.speaker === from)) {
    changes.push({
      path: ['article', 'quotes'],
      value: quotes.map((quote) => (isObj(quote) && quote.speaker === from ? { ...quote, speaker: to } : quote)),
    });
  }
  return changes;
}
