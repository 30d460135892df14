import { entityNames } from '../../annotate/entity-names.js';
import { NameMatcher } from '../../annotate/name-matcher.js';
import type { Entity, EntityKind, Evidence, Figure, Paragraph } from '../../model/types.js';
import { foldText } from '../../shared/fold-text.js';
import type { DraftContext } from '../types.js';
import { findAcronyms } from './acronyms.js';
import { isCaseless } from './caseless.js';
import { englishLexicon } from './english-lexicon.js';
import { guessKind } from './kinds.js';
import { EMPTY_LEXICON, type Lexicon } from './lexicon.js';
import { dateWords, findMentions, type Mention, type NameKind, type TextUnit } from './mentions.js';
import { languageProfile, primaryLanguage, type LanguageProfile } from './profiles.js';
import { draftTerms } from './terms.js';
import { readText, sentenceAt } from './words.js';
import { idFrom, uniqueId } from '../../shared/slug.js';

/** Mentions of one named thing, under every spelling the text gives it. */
interface Group {
  readonly mentions: Mention[];
  readonly aliases: Set<string>;
  kind?: NameKind;
  /** The full name, when shorter spellings (a surname, an acronym) are written more often. */
  name?: string;
}

const ACRONYM = /^\p{Lu}[\p{Lu}\d&.-]+$/u;
/** Case endings of a name in a language that inflects names ("Москвы", "Москве" → "Москв"). */
const CASE_ENDING = /(?:ами|ями|ого|его|ому|ему|ой|ей|ом|ем|ым|им|ую|юю|ая|яя|ий|ый|ах|ях|ов|ев|а|я|у|ю|е|ы|и|о)$/u;

function keyOf(name: string, profile: LanguageProfile): string {
  const folded = foldText(name);
  return profile.inflectsNames
    ? folded
        .split(' ')
        .map((word) => word.replace(CASE_ENDING, ''))
        .join(' ')
    : folded;
}

function unitsOf(paragraphs: readonly Paragraph[], figures: readonly Figure[], profile: LanguageProfile): TextUnit[] {
  return [
    ...paragraphs.map((paragraph) => ({ text: paragraph.text, evidence: { paragraph: paragraph.id } })),
    ...figures.map((figure) => ({ text: figure.caption, evidence: { figure: figure.id } })),
  ].map((unit) => ({ ...unit, read: readText(unit.text, profile) }));
}

/** Mentions of every unit, an acronym's long form read as one name ("Organisation du traité … (OTSC)"). */
function allMentions(
  units: readonly TextUnit[],
  profile: LanguageProfile,
  lexicon: Lexicon,
  acronyms: Map<string, string>,
  lang: string,
): Mention[] {
  const dates = dateWords(lang);
  return units.flatMap((unit, index) => {
    const definitions = findAcronyms(unit.text);
    for (const definition of definitions) acronyms.set(definition.short, definition.long);
    const found = findMentions(unit, index, profile, lexicon, dates).filter(
      (mention) =>
        !definitions.some(
          (definition) =>
            mention.start >= definition.longStart &&
            mention.end <= definition.longEnd &&
            mention.end - mention.start < definition.longEnd - definition.longStart,
        ),
    );
    const longForms: Mention[] = definitions
      .filter((definition) => !found.some((mention) => mention.start === definition.longStart))
      .map((definition) => ({
        name: definition.long,
        unit: index,
        start: definition.longStart,
        end: definition.longEnd,
        wordCount: definition.long.split(/\s+/).length,
        initial: false,
        titled: false,
        role: undefined,
        before: [],
        after: undefined,
      }));
    return [...found, ...longForms];
  });
}

/** A name only ever written where any word is capitalised, or (German) a noun as any other, is no name. */
function isName(group: Group, profile: LanguageProfile, lexicon: Lexicon): boolean {
  const [first] = group.mentions;
  if (!first) return false;
  if (group.mentions.every((mention) => mention.initial) && lexicon.wordClass(first.name) !== 'name') {
    if (!ACRONYM.test(first.name)) return false;
  }
  if (profile.capitalisesNouns && first.wordCount === 1 && !ACRONYM.test(first.name)) {
    if (group.mentions.some((mention) => mention.before[0] !== undefined && profile.articles.has(mention.before[0])))
      return false;
    if (/(?:ung|ungen|heit|keit|schaft|tion|tionen|tät|ismus|nis|chen|tum|ment|ling)$/u.test(first.name)) return false;
    const cued = group.mentions.some(
      (mention) =>
        mention.titled || (mention.before[0] !== undefined && profile.placePrepositions.has(mention.before[0])),
    );
    return cued || group.mentions.length >= 2;
  }
  return true;
}

/** The spelling written most often (the first of equals). */
function mostWritten(mentions: readonly Mention[]): string {
  const counts = new Map<string, number>();
  for (const mention of mentions) counts.set(mention.name, (counts.get(mention.name) ?? 0) + 1);
  return [...counts].reduce((best, entry) => (entry[1] > best[1] ? entry : best))[0];
}

function groupMentions(
  mentions: readonly Mention[],
  acronyms: ReadonlyMap<string, string>,
  profile: LanguageProfile,
  lexicon: Lexicon,
): Group[] {
  const byKey = new Map<string, Group>();
  for (const mention of mentions) {
    const key = keyOf(mention.name, profile);
    let group = byKey.get(key);
    if (!group) byKey.set(key, (group = { mentions: [], aliases: new Set() }));
    group.mentions.push(mention);
  }
  for (const [short, long] of acronyms) {
    const longGroup = byKey.get(keyOf(long, profile));
    const shortGroup = byKey.get(keyOf(short, profile));
    if (!longGroup || longGroup === shortGroup) continue;
    if (shortGroup) longGroup.mentions.push(...shortGroup.mentions);
    longGroup.aliases.add(short);
    longGroup.name ??= long;
    byKey.delete(keyOf(short, profile));
  }
  const groups = [...byKey.values()].filter((group) => isName(group, profile, lexicon));
  for (const group of groups) group.kind = guessKind(mostWritten(group.mentions), group.mentions, profile, lexicon);
  return mergeSurnames(groups, profile, lexicon);
}

const nameOf = (group: Group): string => group.name ?? mostWritten(group.mentions);

/** "Tokayev" is "Kassym-Jomart Tokayev" when one person's full name ends with it: one entity, the surname an alias. */
function mergeSurnames(groups: readonly Group[], profile: LanguageProfile, lexicon: Lexicon): Group[] {
  const people = groups.filter((group) => group.kind === 'person' && group.mentions[0]!.wordCount > 1);
  const merged = new Set<Group>();
  for (const group of groups) {
    const first = group.mentions[0]!;
    if (first.wordCount !== 1 || ACRONYM.test(first.name)) continue;
    const key = keyOf(first.name, profile);
    const owners = people.filter((person) => keyOf(nameOf(person), profile).split(' ').at(-1) === key);
    if (owners.length !== 1) continue;
    const [owner] = owners as [Group];
    owner.name ??= mostWritten(owner.mentions);
    owner.mentions.push(...group.mentions);
    for (const mention of group.mentions) owner.aliases.add(mention.name);
    merged.add(group);
  }
  const kept = groups.filter((group) => !merged.has(group));
  for (const group of kept) group.kind = guessKind(nameOf(group), group.mentions, profile, lexicon);
  return kept;
}

function longestRole(mentions: readonly Mention[]): string | undefined {
  return mentions
    .map((mention) => mention.role)
    .filter((role): role is string => role !== undefined)
    .reduce<string | undefined>(
      (best, role) => (best === undefined || role.length > best.length ? role : best),
      undefined,
    );
}

function assemble(groups: readonly Group[], units: readonly TextUnit[], lang: string): Entity[] {
  const ordered = [...groups].sort(
    (a, b) => a.mentions[0]!.unit - b.mentions[0]!.unit || a.mentions[0]!.start - b.mentions[0]!.start,
  );
  const names = ordered.map(nameOf);
  const taken = new Set<string>();
  const ids = names.map((name) => uniqueId(idFrom(name, 'entity'), taken));
  const claimed = new Set(names.map(foldText));
  const drafts = ordered.map((group, index) => {
    const name = names[index]!;
    const aliases = [...group.aliases].filter((alias) => !claimed.has(foldText(alias)) && alias !== name);
    for (const alias of aliases) claimed.add(foldText(alias));
    const forms = [...new Set(group.mentions.map((mention) => mention.name))].filter(
      (form) => form !== name && !aliases.includes(form) && !claimed.has(foldText(form)),
    );
    // Only an acronym's long form can start in lower case ("gross domestic product (GDP)"): a term's name.
    const kind: EntityKind = /^\p{Ll}/u.test(name) ? 'term' : (group.kind ?? 'organization');
    return { id: ids[index]!, kind, name, aliases, forms, group };
  });
  const entities = drafts.map((draft) => ({ ...draft, summary: '', evidence: [] as Evidence[] }));
  const matcher = new NameMatcher(entityNames({ lang, entities }));
  const evidence = new Map<string, Evidence[]>();
  const firstSentence = new Map<string, string>();
  units.forEach((unit) => {
    for (const mention of matcher.find(unit.text)) {
      const list = evidence.get(mention.entity) ?? [];
      if (!list.includes(unit.evidence)) list.push(unit.evidence);
      evidence.set(mention.entity, list);
      if (!firstSentence.has(mention.entity)) firstSentence.set(mention.entity, sentenceAt(unit.read, mention.start));
    }
  });
  return drafts.flatMap((draft): Entity[] => {
    const role = longestRole(draft.group.mentions);
    const found = evidence.get(draft.id);
    if (!found) return [];
    const summary = role ?? firstSentence.get(draft.id) ?? draft.name;
    return [
      {
        id: draft.id,
        kind: draft.kind,
        name: draft.name,
        ...(draft.aliases.length > 0 ? { aliases: draft.aliases } : {}),
        ...(draft.forms.length > 0 ? { forms: draft.forms } : {}),
        ...(role === undefined ? {} : { role }),
        summary,
        evidence: found,
      },
    ];
  });
}

/**
 * People, organizations and places the text names, each with every mention as evidence: English is
 * read with compromise's lexicon (loaded here, when a draft needs it), other languages with capitals and
 * cue words; scripts without capitals give none. Then the terms the text defines, in English and French
 * (terms.ts).
 */
export async function draftEntities(
  paragraphs: readonly Paragraph[],
  figures: readonly Figure[],
  context: DraftContext,
): Promise<Entity[]> {
  const all = [...paragraphs.map((paragraph) => paragraph.text), ...figures.map((figure) => figure.caption)].join('\n');
  if (isCaseless(all)) return [];
  const language = primaryLanguage(context.lang);
  const profile = languageProfile(language);
  const lexicon = language === 'en' ? await englishLexicon() : EMPTY_LEXICON;
  const units = unitsOf(paragraphs, figures, profile);
  const acronyms = new Map<string, string>();
  const mentions = allMentions(units, profile, lexicon, acronyms, context.lang);
  const named = assemble(groupMentions(mentions, acronyms, profile, lexicon), units, context.lang);
  const terms = draftTerms(
    units,
    named,
    { paragraphs, figures },
    { lang: context.lang, primary: language, profile, lexicon },
  );
  return [...named, ...terms];
}
