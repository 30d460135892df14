import type { Article, Entity, EntityKind } from '../model/types.js';

/** English, by its first subtag, in any case: "en", "en-GB". */
const ENGLISH = /^en(?:-|$)/i;

/**
 * The kinds whose names are common nouns ("exoplanet", "black box", "Boeing 737"), whose plural names
 * more of the same. The others are proper names: their plurals are ordinary words capitalised at a
 * sentence's start ("Bushes", "Telegrams", "Readings") or name something else ("the Blinkens", a
 * family), so a rule would mark them wrongly more often than rightly; an article that needs one lists
 * it in `forms`.
 */
const PLURAL_KINDS: ReadonlySet<EntityKind> = new Set(['term', 'object']);

/**
 * The regular English plural, which inflects the last word only, since it is the end of the name:
 * "special envoy" → "special envoys", "spiral galaxy" → "spiral galaxies", "black box" → "black boxes",
 * "OS" → "OSes". Irregular plurals ("analyses") are an entity's `forms`.
 */
function englishPlural(name: string): string {
  if (/[^aeiou]y$/.test(name)) return `${name.slice(0, -1)}ies`;
  if (/(?:[sxz]|[cs]h)$/i.test(name)) return `${name}es`;
  return `${name}s`;
}

const pairs = (names: readonly string[], entity: Entity): [string, string][] => names.map((name) => [name, entity.id]);

/**
 * The names `<glossa-annotate>` looks for, each with its entity, in the order the matcher gives a name
 * shared by two entities: every entity's name, aliases and forms, then, in English, the plurals of the
 * names and aliases of terms and objects, so that no rule takes a name an entity lists. Possessives need
 * no names: an apostrophe ends a word (name-matcher.ts).
 */
export function entityNames(article: Pick<Article, 'lang' | 'entities'>): [name: string, entity: string][] {
  const listed = article.entities.flatMap((entity) =>
    pairs([entity.name, ...(entity.aliases ?? []), ...(entity.forms ?? [])], entity),
  );
  if (!ENGLISH.test(article.lang)) return listed;
  const plurals = article.entities
    .filter((entity) => PLURAL_KINDS.has(entity.kind))
    .flatMap((entity) => pairs([entity.name, ...(entity.aliases ?? [])].map(englishPlural), entity));
  return [...listed, ...plurals];
}
