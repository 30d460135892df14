import type { DocumentChange } from '../document.js';
import type { PendingItems } from '../../../src/draft/types.js';
import { foldText } from '../../../src/shared/fold-text.js';
import { idsOf, suggestId } from './ids.js';
import { isObj, listOf, objects, textOf, texts, type Obj } from './paths.js';

const ENTITIES = ['article', 'entities'] as const;

function unique(values: readonly string[], except: string): string[] {
  return [...new Set(values)].filter((value) => value !== except && value !== '');
}

/** Evidence compared by what it points at: a bare paragraph id and `{ paragraph }` are the same. */
function evidenceKey(evidence: unknown): string {
  return JSON.stringify(typeof evidence === 'string' ? { paragraph: evidence } : evidence);
}

function joinedEvidence(first: readonly unknown[], second: readonly unknown[]): unknown[] {
  const seen = new Set<string>();
  return [...first, ...second].filter((evidence) => {
    const key = evidenceKey(evidence);
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/** `related` with `from` read as `into`, without relations of `self` to itself, each relation once. */
function rewrittenRelated(related: readonly unknown[], from: string, into: string, self: string): Obj[] {
  const seen = new Set<string>();
  return objects(related)
    .map((relation) => (relation.id === from ? { ...relation, id: into } : relation))
    .filter((relation) => {
      const key = `${textOf(relation.id)}\u0000${textOf(relation.relation)}`;
      if (relation.id === self || seen.has(key)) return false;
      seen.add(key);
      return true;
    });
}

/** `owner` with `key` set, or without it when `value` is an empty list. */
function withList(owner: Obj, key: string, value: readonly unknown[]): Obj {
  const copy: Obj = { ...owner };
  if (value.length > 0) copy[key] = value;
  else delete copy[key];
  return copy;
}

/**
 * Merges the entity at `fromIndex` into the one at `intoIndex`, as one step: its names become aliases,
 * its forms, evidence and relations are joined, and every reference to its id (relations of the other
 * entities, speakers of quotes) is rewritten to the other's.
 */
export function mergeEntityChanges(
  article: Obj,
  pending: PendingItems,
  fromIndex: number,
  intoIndex: number,
): DocumentChange[] {
  const entities = listOf(article, 'entities');
  const from = entities[fromIndex];
  const into = entities[intoIndex];
  if (!isObj(from) || !isObj(into) || fromIndex === intoIndex) return [];
  const fromId = textOf(from.id);
  const intoId = textOf(into.id);
  let merged = { ...into };
  merged = withList(
    merged,
    'aliases',
    unique([...texts(into.aliases), textOf(from.name), ...texts(from.aliases)], textOf(into.name)),
  );
  merged = withList(merged, 'forms', unique([...texts(into.forms), ...texts(from.forms)], ''));
  merged = withList(merged, 'evidence', joinedEvidence(listOf(into, 'evidence'), listOf(from, 'evidence')));
  merged = withList(
    merged,
    'related',
    rewrittenRelated([...listOf(into, 'related'), ...listOf(from, 'related')], fromId, intoId, intoId),
  );
  for (const key of ['role', 'category', 'image'] as const)
    if (merged[key] === undefined && from[key] !== undefined) merged[key] = from[key];
  const nextEntities = entities.flatMap((entity, index) => {
    if (index === fromIndex) return [];
    if (index === intoIndex) return [merged];
    if (!isObj(entity)) return [entity];
    const related = listOf(entity, 'related');
    return related.length === 0
      ? [entity]
      : [withList(entity, 'related', rewrittenRelated(related, fromId, intoId, textOf(entity.id)))];
  });
  const changes: DocumentChange[] = [{ path: ENTITIES, value: nextEntities }];
  const quotes = listOf(article, 'quotes');
  if (objects(quotes).some((quote) => quote.speaker === fromId)) {
    changes.push({
      path: ['article', 'quotes'],
      value: quotes.map((quote) => (isObj(quote) && quote.speaker === fromId ? { ...quote, speaker: intoId } : quote)),
    });
  }
  if (pending.entities.includes(fromId)) {
    changes.push({ path: ['pending', 'entities'], value: pending.entities.filter((id) => id !== fromId) });
  }
  return changes;
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** The ids of the paragraphs that name `name` as a whole word, whatever its case or accents. */
export function paragraphsNaming(article: Obj, name: string): string[] {
  const folded = foldText(name);
  if (folded === '') return [];
  const pattern = new RegExp(`(?<![\\p{L}\\p{N}])${escapeRegExp(folded)}(?![\\p{L}\\p{N}])`, 'u');
  return objects(article.paragraphs)
    .filter((paragraph) => pattern.test(foldText(textOf(paragraph.text))))
    .map((paragraph) => textOf(paragraph.id));
}

/**
 * Splits the alias at `aliasIndex` off the entity at `entityIndex`: a new entity of the same kind,
 * named by it, with the paragraphs that name it as evidence, placed right after; its summary is left
 * for the person to write.
 */
export function splitAliasChanges(article: Obj, entityIndex: number, aliasIndex: number): DocumentChange[] {
  const entities = listOf(article, 'entities');
  const entity = entities[entityIndex];
  if (!isObj(entity)) return [];
  const aliases = listOf(entity, 'aliases');
  const alias = aliases[aliasIndex];
  if (typeof alias !== 'string') return [];
  const split: Obj = {
    id: suggestId(alias, idsOf(entities), textOf(entity.kind) || 'entity'),
    kind: entity.kind,
    name: alias,
    summary: '',
    evidence: paragraphsNaming(article, alias),
  };
  const rest = withList(
    entity,
    'aliases',
    aliases.filter((_, index) => index !== aliasIndex),
  );
  const value = [...entities.slice(0, entityIndex), rest, split, ...entities.slice(entityIndex + 1)];
  return [{ path: ENTITIES, value }];
}
