import type { Entity } from '../../model/types.js';

/** A name of an entity where it stands in a text. */
export interface NameMention {
  readonly start: number;
  readonly end: number;
  /** The name as written there: the entity's name or one of its aliases or forms. */
  readonly written: string;
}

const WORD_CHARACTER = /[\p{L}\p{N}]/u;

/** The entity's names, longest first, so that "Vladimir Putin" is found before "Putin". */
export function namesOf(entity: Entity): string[] {
  const names = [entity.name, ...(entity.aliases ?? []), ...(entity.forms ?? [])];
  return [...new Set(names)].sort((a, b) => b.length - a.length);
}

/** Where `text` first names the entity as a whole word ("Putin" but not "Putinism"). */
export function findName(text: string, entity: Entity): NameMention | undefined {
  for (const name of namesOf(entity)) {
    for (let start = text.indexOf(name); start >= 0; start = text.indexOf(name, start + 1)) {
      const end = start + name.length;
      if (!WORD_CHARACTER.test(text.charAt(start - 1)) && !WORD_CHARACTER.test(text.charAt(end)))
        return { start, end, written: name };
    }
  }
  return undefined;
}
