import { wordSet } from './word-set.js';
import {
  definingWords,
  nameAfter,
  nameBefore,
  type TermDefinition,
  type TermName,
  type TermReading,
  wordAt,
} from './term-phrases.js';

/**
 * Prepositions after which an apposition defines the noun before it ("rich in carbonate, a mineral…"),
 * where after a verb it more often sums up the clause ("cut taxes, a move…").
 */
const PREPOSITIONS = wordSet(
  'in|of|with|from|for|against|on|about|into|by|like|including|over|under|through|between|among|to|without|as',
);
/** Words before a noun that refer to one the reader knows already ("the city", "his wife"): no definition follows. */
const DETERMINERS = wordSet('the|this|that|these|those|his|her|its|their|our|my|your|every|each|some|any|no|such');
/** The small words a gloss in brackets may hold: a noun phrase's ("broken rock and dust"), not a clause's. */
const GLOSS_WORDS = wordSet('and|or|of|a|an|the');
/** Words that name things by a name: "known as hypoxia", "a rock called “Bunsen Peak”". */
const NAMING =
  /\b(?:so-called|(?:what|which) (?:is|are|was|were) (?:called|termed|known as)|(?:is|are|was|were|be|been|being|become|becomes|became) (?:called|termed|dubbed|known as)|(?:also |commonly |widely |sometimes )?known as|an? ([\p{Ll}-]+(?: [\p{Ll}-]+){0,2}) (?:called|named|dubbed|nicknamed)(?= [“"]))\s+(?:the\s+)?/gu;
const KNOWN_AS = /^(?:also |commonly |widely |sometimes )?known as/u;
const KIND_BEFORE_NAMING = /.*\ban? ([\p{Ll}][\p{L}’'-]*(?: [\p{Ll}][\p{L}’'-]*){0,3}),? $/u;
const QUOTED_COINAGE = /\b(the|an?|so-called|term|word|phrase|expression|dubbed|coined) [“"](?=\p{Ll})/gu;
const APPOSITION = /, an? (?=\p{Ll})/gu;
const WHICH_IS = /, which (?:is|are|was|were) an? (?=\p{Ll})/gu;
const IS_A = / (?:is|are) an? (?=\p{Ll})/gu;
const OR_GLOSS = /\b(?:the|an?) ((?:[\p{L}\p{N}’'-]+(?:,\d{3}\p{L}*)* ){0,4}[\p{L}’'-]+), or (?=\p{Ll}[\p{L}’'-]*,)/gu;
const BRACKETED_GLOSS = /\((\p{Ll}[^()]{2,60})\)/gu;
const SHORT_FOR = /,? \(?short for /gu;
/** A relative pronoun after "X is a …" makes it a definition ("a substance that could be…"), not a remark. */
const RELATIVE = /\b(?:that|which|who)\b/u;
const MOST_DEFINITION_CHARACTERS = 200;

const definition = (name: TermName, defining: string | undefined, explicit: boolean): TermDefinition => ({
  name: name.name,
  start: name.start,
  end: name.end,
  defining,
  explicit,
});

/** "X, a/an …" after a preposition, and "X, which is a/an …" after no determiner. */
function appositions(reading: TermReading): TermDefinition[] {
  const found: TermDefinition[] = [];
  for (const match of reading.text.matchAll(APPOSITION)) {
    const term = nameBefore(match.index, reading);
    const defining = definingWords(reading.text, match.index + match[0].length);
    if (!term?.before || term.before.initial || !PREPOSITIONS.has(term.before.text) || !defining) continue;
    if (reading.lexicon.wordClass(defining.split(' ')[0]!) === 'date') continue;
    found.push(definition(term.name, defining, false));
  }
  for (const match of reading.text.matchAll(WHICH_IS)) {
    const term = nameBefore(match.index, reading);
    const defining = definingWords(reading.text, match.index + match[0].length);
    if (!term || !defining || (term.before && DETERMINERS.has(term.before.text))) continue;
    found.push(definition(term.name, defining, false));
  }
  return found;
}

/** "Regolith is a layer that…", "A potential biosignature is a substance or structure that…", at a sentence's start. */
function sentenceDefinitions(reading: TermReading): TermDefinition[] {
  return [...reading.text.matchAll(IS_A)].flatMap((match) => {
    const term = nameBefore(match.index, reading);
    if (!term) return [];
    const { before } = term;
    const startsSentence = before === undefined || ((before.text === 'a' || before.text === 'an') && before.initial);
    const rest = /^[^.!?]+/u.exec(reading.text.slice(match.index + match[0].length))?.[0].trim() ?? '';
    if (!startsSentence || !RELATIVE.test(rest) || rest.length > MOST_DEFINITION_CHARACTERS) return [];
    if (before === undefined && !reading.words[wordAt(reading.words, term.name.start)]?.initial) return [];
    return [definition(term.name, definingWords(rest, 0) === rest ? rest : undefined, true)];
  });
}

/** What "known as" names: "a condition known as hypoxia" → "condition". */
function kindBefore(cue: string, offset: number, reading: TermReading): string | undefined {
  if (!KNOWN_AS.test(cue)) return undefined;
  const kind = KIND_BEFORE_NAMING.exec(reading.text.slice(Math.max(0, offset - 80), offset))?.[1];
  return kind?.split(' ').some((word) => reading.profile.functionWords.has(word)) ? undefined : kind;
}

/** "known as hypoxia", "so-called “peace mission”", "a rock called “…”", "what is called …". */
function namings(reading: TermReading): TermDefinition[] {
  return [...reading.text.matchAll(NAMING)].flatMap((match) => {
    const term = nameAfter(match.index + match[0].length, reading);
    if (!term) return [];
    return [definition(term, match[1] ?? kindBefore(match[0], match.index, reading), true)];
  });
}

/** A noun phrase in quotation marks after "the", "a" or "the term": “peace mission”. */
function coinages(reading: TermReading): TermDefinition[] {
  return [...reading.text.matchAll(QUOTED_COINAGE)].flatMap((match) => {
    const term = nameAfter(match.index + match[0].length, reading);
    if (!term) return [];
    const article = match[1] === 'the' || match[1] === 'a' || match[1] === 'an';
    return [definition(term, undefined, !article)];
  });
}

/** "the 1,088th Martian day, or sol, of the mission": the word after "or" is a name for the words before. */
function orGlosses(reading: TermReading): TermDefinition[] {
  return [...reading.text.matchAll(OR_GLOSS)].flatMap((match) => {
    const term = nameAfter(match.index + match[0].length, reading);
    const defining = match[1]!.replace(/^(?:\S*\p{N}\S* )+/u, '');
    if (!term || term.name.includes(' ') || !/^\p{L}/u.test(defining)) return [];
    return [definition(term, defining, false)];
  });
}

/** "regolith (broken rock and dust)", and "sol (short for solar day)" or "sol, short for solar day". */
function brackets(reading: TermReading): TermDefinition[] {
  const found: TermDefinition[] = [];
  for (const match of reading.text.matchAll(BRACKETED_GLOSS)) {
    const gloss = match[1]!.trim();
    const glossWords = gloss.split(/\s+/);
    const smallWords = glossWords.filter((word) => reading.profile.functionWords.has(word));
    if (glossWords.length < 2 || glossWords.length > 6 || /\p{N}/u.test(gloss)) continue;
    if (reading.profile.functionWords.has(glossWords[0]!) || smallWords.some((word) => !GLOSS_WORDS.has(word)))
      continue;
    const term = nameBefore(match.index, reading);
    if (!term || (term.before && DETERMINERS.has(term.before.text))) continue;
    found.push(definition(term.name, gloss, false));
  }
  for (const match of reading.text.matchAll(SHORT_FOR)) {
    const term = nameBefore(match.index, reading);
    const defining = definingWords(reading.text, match.index + match[0].indexOf('short'));
    if (term && defining) found.push(definition(term.name, defining, true));
  }
  return found;
}

/** The terms an English text defines or marks, in no particular order. */
export function englishTerms(reading: TermReading): TermDefinition[] {
  return [
    ...appositions(reading),
    ...sentenceDefinitions(reading),
    ...namings(reading),
    ...coinages(reading),
    ...orGlosses(reading),
    ...brackets(reading),
  ];
}
