import type { Lexicon } from './lexicon.js';
import type { Mention, NameKind } from './mentions.js';
import type { LanguageProfile } from './profiles.js';

const ACRONYM = /^\p{Lu}[\p{Lu}\d&.]+$/u;

/**
 * The kind of a named thing, by the cues of all its mentions: a title or role makes a person; a last
 * (or first) word such as "University" or "Crater", an organization or a place; "in" before it, a
 * place; the lexicon's knowledge of the name counts too. With no cue, two or three words make a
 * person, anything else (an acronym, a single word) an organization.
 */
export function guessKind(
  name: string,
  mentions: readonly Mention[],
  profile: LanguageProfile,
  lexicon: Lexicon,
): NameKind {
  const votes: Record<NameKind, number> = { person: 0, organization: 0, place: 0 };
  const words = name.toLowerCase().split(/\s+/);
  const lastWord = words.at(-1)!;
  if (profile.organizationWords.has(lastWord)) votes.organization += 3;
  else if (profile.organizationWords.has(words[0]!)) votes.organization += 2;
  if (profile.placeWords.has(lastWord) && words.length > 1) votes.place += 3;
  const known = lexicon.nameKind(name);
  if (known) votes[known] += 2.5;
  if (ACRONYM.test(name)) votes.organization += 1;
  for (const mention of mentions) {
    if (mention.titled) votes.person += 3;
    const [nearest, second] = mention.before;
    if (nearest !== undefined && profile.placePrepositions.has(nearest)) votes.place += 3;
    if (nearest !== undefined && profile.articles.has(nearest) && lexicon.knowsWords) votes.organization += 1;
    if (
      (nearest !== undefined && profile.speechVerbs.has(nearest)) ||
      (mention.after !== undefined && profile.speechVerbs.has(mention.after)) ||
      (second !== undefined && profile.speechVerbs.has(second))
    )
      votes.person += 1;
  }
  if (words.length >= 2 && words.length <= 3) votes.person += 0.5;
  else votes.organization += 0.25;
  return (Object.entries(votes) as [NameKind, number][]).reduce((best, entry) =>
    entry[1] > best[1] ? entry : best,
  )[0];
}
