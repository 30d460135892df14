import type { Entity, EntityKind, Evidence, Figure, Paragraph } from '../../model/types.js';
import type { DraftContext } from '../types.js';
import { acronymDefinitions } from './acronyms.js';
import { englishTagger, type NameTags } from './english-tags.js';
import { isCapitalised, nameRuns, wordsOf, type Word } from './name-runs.js';
import { languageProfile, primaryLanguage, type LanguageProfile } from './profiles.js';

type NamedKind = Extract<EntityKind, 'person' | 'organization' | 'place'>;

/** A text the entities are read from: a paragraph, or a figure's caption. */
interface Source {
  readonly evidence: Evidence;
  readonly text: string;
  readonly words: readonly Word[];
}

/** Everything the text says of one name. */
interface Candidate {
  name: string;
  aliases: Set<string>;
  /** Times it is written where a sentence does not open, which only a name's capitals survive. */
  inside: number;
  mentions: number;
  roles: string[];
  cues: Record<NamedKind, number>;
  acronymOf?: string;
}

const ACRONYM = /^\p{Lu}[\p{Lu}\p{N}&]{1,9}$/u;
const UNCASED_SCRIPT =
  /[\p{Script=Arabic}\p{Script=Hebrew}\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}\p{Script=Thai}\p{Script=Devanagari}]/u;
const NO_TAGS: NameTags = { person: false, place: false, organization: false, notAName: false };

const lower = (text: string) => text.toLocaleLowerCase();

/** The longest title that ends at word `end` of `words` ("Secretary", "prime minister"), in words. */
function titleEndingAt(words: readonly Word[], end: number, profile: LanguageProfile): number {
  for (const length of [3, 2, 1]) {
    const start = end - length + 1;
    if (start < 0) continue;
    const phrase = lower(
      words
        .slice(start, end + 1)
        .map((word) => word.text)
        .join(' '),
    );
    if (profile.titles.has(phrase)) return length;
  }
  return 0;
}

/**
 * Splits a run into the title before the name and the name: "US Secretary of State Antony Blinken" →
 * "US Secretary of State" and "Antony Blinken". The title is everything up to its last title word and
 * an "of …" right after it; at least one word must be left for the name.
 */
function splitTitle(run: readonly Word[], profile: LanguageProfile): { title: Word[]; name: Word[] } {
  let end = -1;
  for (let index = 0; index < run.length - 1; index++) if (titleEndingAt(run, index, profile) > 0) end = index;
  if (end < 0) return { title: [], name: [...run] };
  while (end + 2 < run.length - 1 && profile.connectors.has(lower(run[end + 1]!.text))) end += 2;
  return { title: run.slice(0, end + 1), name: run.slice(end + 1) };
}

/** Words right before a name that belong to its title ("Russia’s parliamentary speaker", "former"). */
function titleBefore(
  source: Source,
  at: number,
  title: readonly Word[],
  profile: LanguageProfile,
  tags: (text: string) => NameTags,
): Word[] {
  const words = source.words;
  const taken: Word[] = [];
  let hasTitle = title.length > 0;
  for (let index = at - 1; index >= 0 && taken.length < 4; index--) {
    const word = words[index]!;
    const gap = source.text.slice(word.end + (word.possessive ? 2 : 0), (taken[0] ?? title[0] ?? words[at]!).start);
    if (!/^\s+$/u.test(gap)) break;
    const text = lower(word.text);
    if (titleEndingAt(words, index, profile) > 0 && !isCapitalised(word.text)) hasTitle = true;
    else if (word.possessive && isCapitalised(word.text)) {
      taken.unshift(word);
      break;
    } else if (!hasTitle || profile.functionWords.has(text) || isCapitalised(word.text) || tags(word.text).person)
      break;
    else if (
      profile === languageProfile('en') &&
      !/^(?:former|current|incumbent|first|new|acting|interim|deputy|chief|senior|top|parliamentary|foreign|regional|national|local)$/u.test(
        text,
      )
    )
      break;
    taken.unshift(word);
  }
  return hasTitle ? taken : [];
}

function roleText(source: Source, words: readonly Word[]): string {
  const first = words[0]!;
  const last = words.at(-1)!;
  return source.text.slice(first.start, last.end + (last.possessive ? 2 : 0)).replace(/\s+/gu, ' ');
}

/** "Name, the president of X," → "the president of X": an apposition that holds a title. */
function roleAfter(source: Source, end: number, profile: LanguageProfile): string | undefined {
  const match = /^,\s+((?:\p{Ll}+\s+){1,3}[^,.;:()“”"]{2,60}?)(?=,|\.\s|\.$)/u.exec(source.text.slice(end));
  if (!match) return undefined;
  const words = wordsOf(match[1]!);
  if (!profile.articles.has(lower(words[0]?.text ?? ''))) return undefined;
  return words.some((_, index) => titleEndingAt(words, index, profile) > 0) ? match[1] : undefined;
}

function sourcesOf(paragraphs: readonly Paragraph[], figures: readonly Figure[]): Source[] {
  return [
    ...paragraphs.map((paragraph) => ({
      evidence: { paragraph: paragraph.id },
      text: paragraph.text,
      words: wordsOf(paragraph.text),
    })),
    ...figures.map((figure) => ({
      evidence: { figure: figure.id },
      text: figure.caption,
      words: wordsOf(figure.caption),
    })),
  ];
}

function collect(sources: readonly Source[], profile: LanguageProfile, tags: (text: string) => NameTags) {
  const candidates = new Map<string, Candidate>();
  const candidate = (name: string): Candidate => {
    const key = lower(name);
    let found = candidates.get(key);
    if (!found) {
      found = {
        name,
        aliases: new Set(),
        inside: 0,
        mentions: 0,
        roles: [],
        cues: { person: 0, organization: 0, place: 0 },
      };
      candidates.set(key, found);
    }
    return found;
  };
  for (const source of sources) {
    const definitions = acronymDefinitions(source.text, profile);
    for (const { name, acronym } of definitions) {
      const defined = candidate(name);
      defined.aliases.add(acronym);
      defined.inside++;
      defined.cues.organization += 2;
      candidate(acronym).acronymOf = lower(name);
    }
    for (const run of nameRuns(source.text, source.words, profile)) {
      // The words of a name defined with its acronym are that name already.
      if (definitions.some(({ start, end }) => run.words[0]!.start >= start && run.words[0]!.start < end)) continue;
      let words = [...run.words];
      let at = run.at;
      while (words.length > 0 && words[0]!.initial && profile.functionWords.has(lower(words[0]!.text))) {
        words = words.slice(1);
        at++;
      }
      // "Russian CSTO", "Subsequent NASA": a describing word before a name is not part of it.
      while (words.length > 1 && tags(words[0]!.text).notAName && words.length === 2 && ACRONYM.test(words[1]!.text)) {
        words = words.slice(1);
        at++;
      }
      if (words.length === 0) continue;
      const { title, name } = splitTitle(words, profile);
      const nameAt = at + title.length;
      if (name.length === 0) continue;
      const nameText = roleText(source, name).replace(/['’]s$/u, '');
      if (
        name.length === 1 &&
        !ACRONYM.test(nameText) &&
        (tags(nameText).notAName || profile.functionWords.has(lower(nameText)))
      )
        continue;
      const found = candidate(nameText);
      found.mentions++;
      if (!name[0]!.initial || title.length > 0) found.inside++;
      const before = titleBefore(source, at, title, profile, tags);
      const role = [...before, ...title];
      if (role.length > 0) {
        found.roles.push(roleText(source, role));
        found.cues.person += 2;
      } else {
        const after = roleAfter(source, name.at(-1)!.end, profile);
        if (after) {
          found.roles.push(after);
          found.cues.person += 2;
        }
      }
      const previous = lower(source.words[nameAt - 1]?.text ?? '');
      if (profile.placePrepositions.has(previous)) found.cues.place++;
      if (profile.articles.has(previous) && name.length === 1) found.cues.organization++;
      const nextWord = lower(source.words[nameAt + name.length]?.text ?? '');
      if (profile.speechVerbs.has(nextWord) || profile.speechVerbs.has(previous)) found.cues.person++;
    }
  }
  return candidates;
}

function kindOf(
  candidate: Candidate,
  profile: LanguageProfile,
  tags: NameTags,
  english: boolean,
): NamedKind | undefined {
  const words = candidate.name.split(/\s+/u).map(lower);
  const { cues } = candidate;
  if (candidate.aliases.size > 0 && [...candidate.aliases].some((alias) => ACRONYM.test(alias))) return 'organization';
  if (words.some((word) => profile.organizationWords.has(word)) || tags.organization) return 'organization';
  if (cues.place > 0 && words.length === 1 && cues.person < 2) return 'place';
  if (words.some((word) => profile.placeWords.has(word)) || tags.place) return 'place';
  if (cues.person > 0 || tags.person) return 'person';
  if (cues.place > cues.organization) return 'place';
  if (cues.organization > 0 || ACRONYM.test(candidate.name)) return 'organization';
  if (words.length > 1) return 'person';
  // Where no lexicon knows the word, a lone capitalised name inside a sentence is most often a place.
  return !english && candidate.inside > 0 ? 'place' : undefined;
}

/** Folds short names into the full ones they stand for: "Tokayev" into "Kassym-Jomart Tokayev", "CSTO" into its name. */
function merge(candidates: Map<string, Candidate>, kinds: Map<Candidate, NamedKind>): Candidate[] {
  const kept = [...candidates.values()].filter((candidate) => kinds.has(candidate));
  const people = kept.filter((candidate) => kinds.get(candidate) === 'person' && candidate.name.includes(' '));
  const byKey = new Map(kept.map((candidate) => [lower(candidate.name), candidate]));
  const absorbed = new Set<Candidate>();
  for (const candidate of kept) {
    const key = lower(candidate.name);
    let into = candidate.acronymOf ? byKey.get(candidate.acronymOf) : undefined;
    if (!into && !candidate.name.includes(' ')) {
      const owners = people.filter(
        (person) => person !== candidate && lower(person.name.split(/\s+/u).at(-1)!) === key,
      );
      if (owners.length === 1) into = owners[0];
    }
    if (!into || into === candidate) continue;
    into.aliases.add(candidate.name);
    into.mentions += candidate.mentions;
    into.inside += candidate.inside;
    into.roles.push(...candidate.roles);
    absorbed.add(candidate);
  }
  return kept.filter((candidate) => !absorbed.has(candidate));
}

function slug(name: string, taken: Set<string>): string {
  const base =
    name
      .normalize('NFKD')
      .replace(/\p{M}/gu, '')
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-+|-+$/g, '')
      .slice(0, 48) || 'entity';
  const start = /^[a-z]/.test(base) ? base : `e-${base}`;
  let id = start;
  for (let count = 2; taken.has(id); count++) id = `${start}-${count}`;
  taken.add(id);
  return id;
}

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

function sentenceWith(text: string, index: number): string {
  const segmenter = new Intl.Segmenter(undefined, { granularity: 'sentence' });
  for (const { segment, index: start } of segmenter.segment(text))
    if (index >= start && index < start + segment.length) return segment.trim();
  return text;
}

/**
 * People, organizations and places the text names, each with the aliases the text uses (a later
 * surname, an acronym defined in parentheses), a role read from a title or an apposition, and every
 * paragraph or figure that mentions it as evidence. Names are read from their capitals, so languages
 * written without case give none; English adds compromise's lexicon for what a name is.
 */
export async function draftEntities(
  paragraphs: readonly Paragraph[],
  figures: readonly Figure[],
  context: DraftContext,
): Promise<Entity[]> {
  const sources = sourcesOf(paragraphs, figures);
  const sample = sources
    .map((source) => source.text)
    .join(' ')
    .slice(0, 2000);
  if (UNCASED_SCRIPT.test(sample) && !/\p{Lu}/u.test(sample)) return [];
  const profile = languageProfile(context.lang);
  const english = primaryLanguage(context.lang) === 'en';
  const tagger = english ? await englishTagger() : () => NO_TAGS;
  const candidates = collect(sources, profile, tagger);
  const kinds = new Map<Candidate, NamedKind>();
  for (const candidate of candidates.values()) {
    const single = !candidate.name.includes(' ');
    if (candidate.name.length < 2) continue;
    // A capitalised word seen only where sentences open is a common word, unless it is a known name.
    const tags = tagger(candidate.name);
    const trusted = candidate.inside > 0 || tags.place || tags.person || tags.organization || candidate.acronymOf;
    if (!trusted) continue;
    if (
      profile.capitalisesNouns &&
      single &&
      candidate.cues.person + candidate.cues.place + candidate.cues.organization === 0 &&
      !candidate.acronymOf
    )
      continue;
    const kind = candidate.acronymOf ? 'organization' : kindOf(candidate, profile, tags, english);
    if (kind) kinds.set(candidate, kind);
  }
  const taken = new Set<string>();
  const entities: Entity[] = [];
  for (const candidate of merge(candidates, kinds)) {
    const names = [candidate.name, ...candidate.aliases];
    const pattern = new RegExp(`(?<![\\p{L}\\p{N}])(?:${names.map(escapeRegExp).join('|')})(?![\\p{L}\\p{N}])`, 'u');
    const mentioned = sources.filter((source) => pattern.test(source.text));
    if (mentioned.length === 0) continue;
    const first = mentioned[0]!;
    const role = candidate.roles.reduce<string | undefined>(
      (longest, next) => (next.length > (longest?.length ?? 0) ? next : longest),
      undefined,
    );
    const summary = role ?? sentenceWith(first.text, first.text.search(pattern));
    entities.push({
      id: slug(candidate.name, taken),
      kind: kinds.get(candidate)!,
      name: candidate.name,
      ...(candidate.aliases.size > 0 ? { aliases: [...candidate.aliases] } : {}),
      ...(role ? { role } : {}),
      summary: summary.length > 280 ? `${summary.slice(0, 277).trimEnd()}…` : summary,
      evidence: mentioned.map((source) => source.evidence),
    });
  }
  const order: Record<NamedKind, number> = { person: 0, organization: 1, place: 2 };
  return entities.sort((a, b) => order[a.kind as NamedKind] - order[b.kind as NamedKind]);
}
