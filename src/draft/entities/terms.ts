import { entityNames } from '../../annotate/entity-names.js';
import { NameMatcher } from '../../annotate/name-matcher.js';
import type { Entity, Evidence, Figure, Paragraph } from '../../model/types.js';
import { foldText } from '../../shared/fold-text.js';
import { englishTerms } from './english-terms.js';
import { frenchTerms } from './french-terms.js';
import type { Lexicon } from './lexicon.js';
import type { TextUnit } from './mentions.js';
import type { LanguageProfile } from './profiles.js';
import { MOST_ROLE_CHARACTERS } from './roles.js';
import type { TermDefinition, TermReading } from './term-phrases.js';
import { sentenceAt } from './words.js';
import { idFrom, uniqueId } from '../../shared/slug.js';

/** The languages whose cues for a definition the drafting knows; the others get no terms. */
const TERMS_BY_LANGUAGE: Readonly<Record<string, (reading: TermReading) => TermDefinition[]>> = {
  en: englishTerms,
  fr: frenchTerms,
};

/** A term's first definition, where it stands. */
interface Found {
  readonly definition: TermDefinition;
  readonly unit: number;
}

/**
 * The order a reader meets the units in: a figure after the paragraph it follows, one that follows
 * none first. The units are the paragraphs, then the figures, as `draftEntities` makes them.
 */
function readingOrder(paragraphs: readonly Paragraph[], figures: readonly Figure[]): number[] {
  const place = new Map(paragraphs.map((paragraph, index) => [paragraph.id, index]));
  const key = (unit: number): [number, number] => {
    if (unit < paragraphs.length) return [unit, 0];
    const figure = figures[unit - paragraphs.length]!;
    return [figure.after === undefined ? -1 : (place.get(figure.after) ?? -1), unit];
  };
  return [...Array(paragraphs.length + figures.length).keys()]
    .map((unit) => ({ unit, key: key(unit) }))
    .sort((a, b) => a.key[0] - b.key[0] || a.key[1] - b.key[1])
    .map(({ unit }) => unit);
}

/** The first definition of each term, in reading order; a later one lends its words to one that had none. */
function firstDefinitions(
  units: readonly TextUnit[],
  order: readonly number[],
  find: (reading: TermReading) => TermDefinition[],
  language: Pick<TermReading, 'profile' | 'lexicon'>,
): Found[] {
  const lowerCaseWords = new Set(
    units.flatMap((unit) => unit.read.words.filter((word) => /^\p{Ll}/u.test(word.text)).map((word) => word.text)),
  );
  const reading = { ...language, lowerCaseWords };
  const byName = new Map<string, Found>();
  for (const unit of order) {
    const { text, read } = units[unit]!;
    const definitions = find({ ...reading, text, words: read.words }).sort((a, b) => a.start - b.start);
    for (const definition of definitions) {
      const key = foldText(definition.name);
      const first = byName.get(key);
      if (!first) byName.set(key, { definition, unit });
      else if (first.definition.defining === undefined && definition.defining !== undefined)
        byName.set(key, { ...first, definition: { ...first.definition, defining: definition.defining } });
    }
  }
  return [...byName.values()];
}

/**
 * The words that start a sentence on their own, not as the first of a capitalised name: "Permafrost
 * thaws" but not "Permafrost County".
 */
function sentenceStarts(units: readonly TextUnit[]): Set<string> {
  return new Set(
    units.flatMap(({ read: { words } }) =>
      words
        .filter(
          (word, index) =>
            word.initial && !(words[index + 1]?.gapBefore === ' ' && /^\p{Lu}/u.test(words[index + 1]!.text)),
        )
        .map((word) => word.text),
    ),
  );
}

/** "Regolith" as well as "regolith", when a sentence starts with it. */
function capitalisedForm(name: string, starts: ReadonlySet<string>): string[] {
  const capitalised = name[0]!.toUpperCase() + name.slice(1);
  return capitalised !== name && starts.has(capitalised.split(' ')[0]!) ? [capitalised] : [];
}

/**
 * Terms the text defines or marks ("carbonate, a mineral linked to habitability", "known as
 * hypoxia", « dites de classe L »), in English and French, none that names a drafted person,
 * organization or place. Each has the defining words as its role when they are short, the sentence that
 * defines it as its summary, and every unit that mentions it as evidence. A definition by apposition,
 * gloss or quotation marks counts only at the term's first mention, where a text defines its words.
 */
export function draftTerms(
  units: readonly TextUnit[],
  named: readonly Entity[],
  sources: { readonly paragraphs: readonly Paragraph[]; readonly figures: readonly Figure[] },
  language: {
    readonly lang: string;
    readonly primary: string;
    readonly profile: LanguageProfile;
    readonly lexicon: Lexicon;
  },
): Entity[] {
  const find = TERMS_BY_LANGUAGE[language.primary];
  if (!find) return [];
  const order = readingOrder(sources.paragraphs, sources.figures);
  const claimed = new Set(
    named.flatMap((entity) => [entity.name, ...(entity.aliases ?? []), ...(entity.forms ?? [])]).map(foldText),
  );
  const found = firstDefinitions(units, order, find, language).filter(
    ({ definition }) => !claimed.has(foldText(definition.name)),
  );
  const taken = new Set(named.map((entity) => entity.id));
  const ids = found.map(({ definition }) => uniqueId(idFrom(definition.name, 'entity'), taken));
  const starts = sentenceStarts(units);
  const drafts = found.map(({ definition, unit }, index) => {
    const forms = capitalisedForm(definition.name, starts);
    return {
      id: ids[index]!,
      kind: 'term' as const,
      name: definition.name,
      forms,
      definition,
      unit,
      summary: '',
      evidence: [],
    };
  });
  const matcher = new NameMatcher(entityNames({ lang: language.lang, entities: drafts }));
  const mentionedIn = new Map<string, Set<number>>();
  const firstSeen = new Map<string, { unit: number; start: number }>();
  for (const unit of order) {
    for (const mention of matcher.find(units[unit]!.text)) {
      if (!firstSeen.has(mention.entity)) firstSeen.set(mention.entity, { unit, start: mention.start });
      mentionedIn.set(mention.entity, (mentionedIn.get(mention.entity) ?? new Set()).add(unit));
    }
  }
  const evidenceOf = (id: string): Evidence[] =>
    [...mentionedIn.get(id)!].sort((a, b) => a - b).map((unit) => units[unit]!.evidence);
  return drafts.flatMap((draft): Entity[] => {
    const first = firstSeen.get(draft.id);
    const atFirstMention = first?.unit === draft.unit && first.start === draft.definition.start;
    if (!first || (!draft.definition.explicit && !atFirstMention)) return [];
    const { defining } = draft.definition;
    const role = defining !== undefined && defining.length <= MOST_ROLE_CHARACTERS ? defining : undefined;
    return [
      {
        id: draft.id,
        kind: 'term',
        name: draft.name,
        ...(draft.forms.length > 0 ? { forms: draft.forms } : {}),
        ...(role === undefined ? {} : { role }),
        summary: sentenceAt(units[draft.unit]!.read, draft.definition.start),
        evidence: evidenceOf(draft.id),
      },
    ];
  });
}
