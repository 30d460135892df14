import { wordsOf } from './name-runs.js';
import type { LanguageProfile } from './profiles.js';

/** A name and the acronym the text defines for it. */
export interface AcronymDefinition {
  readonly name: string;
  readonly acronym: string;
  /** Where the name stands in the text. */
  readonly start: number;
  readonly end: number;
}

const DEFINED = /\((\p{Lu}[\p{Lu}\p{N}&]{1,9})\)/gu;
const NAME_BEFORE = /((?:[\p{L}\p{M}][\p{L}\p{M}\p{N}'’-]*\s+){0,7}[\p{L}\p{M}][\p{L}\p{M}\p{N}'’-]*)\s*$/u;

const letters = (text: string) => [...text].sort().join('');

/**
 * Acronyms the text defines in parentheses after a name: "Collective Security Treaty Organization
 * (CSTO)", "Centre national d’études spatiales (CNES)", "Agence spatiale européenne (ESA)". The name is
 * the shortest run of words before it, opening with a capital, whose initials are the acronym's letters
 * (in any order: an English acronym of a French name keeps its letters, not their order).
 */
export function acronymDefinitions(text: string, profile: LanguageProfile): AcronymDefinition[] {
  const found: AcronymDefinition[] = [];
  for (const match of text.matchAll(DEFINED)) {
    const acronym = match[1]!.replace(/&/g, '');
    const windowStart = Math.max(0, match.index - 160);
    const window = text.slice(windowStart, match.index);
    const before = NAME_BEFORE.exec(window);
    if (!before?.[1]) continue;
    const beforeStart = windowStart + before.index;
    const words = wordsOf(before[1]);
    for (let start = words.length - 1; start >= 0; start--) {
      const first = words[start]!;
      if (!/^\p{Lu}/u.test(first.text)) continue;
      const initials = words
        .slice(start)
        .filter(
          (word) =>
            !profile.connectors.has(word.text.toLowerCase()) && !profile.functionWords.has(word.text.toLowerCase()),
        )
        .map((word) => word.text.normalize('NFKD')[0]!.toUpperCase())
        .join('');
      if (letters(initials) === letters(acronym)) {
        const name = before[1].slice(first.start).trim();
        found.push({
          name,
          acronym: match[1]!,
          start: beforeStart + first.start,
          end: beforeStart + first.start + name.length,
        });
        break;
      }
    }
  }
  return found;
}
