import type { Article } from '../model/types.js';

/**
 * The names `<glossa-annotate>` looks for, each with its entity, in the order the matcher gives a name
 * shared by two entities: every entity's name, then its aliases.
 */
export function entityNames(article: Pick<Article, 'entities'>): [name: string, entity: string][] {
  return article.entities.flatMap((entity) =>
    [entity.name, ...(entity.aliases ?? [])].map((name): [string, string] => [name, entity.id]),
  );
}
