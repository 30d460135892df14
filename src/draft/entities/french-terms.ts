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

/** « dit », « appelé », « surnommé », « baptisé » after a noun: the words after them are its name. */
const NAMED =
  /(?<=[\p{L}»] ?,? )(?:dit|dite|dits|dites|appelé|appelée|appelés|appelées|surnommé|surnommée|surnommés|surnommées|baptisé|baptisée|baptisés|baptisées)\s+(?:(?:de|du|des)\s+)?(?:(?:le|la|les)\s+)?(?:«\s*)?/gu;
/** « ce qu’on appelle l’effet de serre », « ce que l’on nomme… ». */
const WHAT_IS_CALLED =
  /\b(?:ce qu[’']on|ce que l[’']on|ce qu[’']ils? |qu[’']on) ?(?:appelle|appellent|nomme|nomment|surnomme|a appelé|a baptisé|appelait)\s+(?:(?:le|la|les|un|une|des)\s+)?(?:«\s*)?/giu;
/** Forms of « avoir » and « être » before « dit »: « il a dit », « c’est dit » are no naming. */
const AUXILIARIES = wordSet(
  'a|as|ai|avons|avez|ont|avait|avaient|aura|auront|aurait|auraient|est|sont|été|était|étaient|fut|soit|sera|serait|être|avoir|on',
);
/** What comes before a noun that an apposition defines: an article or a preposition. */
const BEFORE_DEFINED = wordSet("le|la|les|l’|l'|du|des|de|d’|d'|au|aux|en|à|dans|sur|par|pour|avec|sans");
const APPOSITION = /, (?:un|une) (?=\p{Ll})/gu;
/** The noun a naming names, after its article: « des grandes missions, dites… » → « grandes missions ». */
const KIND_BEFORE =
  /.*(?:^|\s)(?:le|la|les|un|une|des|du|de la|l[’'])\s*([\p{Ll}][\p{L}’'-]*(?: [\p{Ll}][\p{L}’'-]*){0,3}),? $/iu;

const definition = (name: TermName, defining: string | undefined, explicit: boolean): TermDefinition => ({
  name: name.name,
  start: name.start,
  end: name.end,
  defining,
  explicit,
});

const kindBefore = (reading: TermReading, offset: number) =>
  KIND_BEFORE.exec(reading.text.slice(Math.max(0, offset - 80), offset))?.[1];

/** « des grandes missions, dites de classe L », « un phénomène appelé « effet de serre » ». */
function namings(reading: TermReading): TermDefinition[] {
  const found: TermDefinition[] = [];
  for (const match of reading.text.matchAll(NAMED)) {
    const previous = reading.words[wordAt(reading.words, match.index) - 1];
    if (!previous || !/^\p{Ll}/u.test(previous.text) || AUXILIARIES.has(previous.text.toLowerCase())) continue;
    const term = nameAfter(match.index + match[0].length, reading);
    if (term) found.push(definition(term, kindBefore(reading, match.index), true));
  }
  for (const match of reading.text.matchAll(WHAT_IS_CALLED)) {
    const term = nameAfter(match.index + match[0].length, reading);
    if (term) found.push(definition(term, undefined, true));
  }
  return found;
}

/** « le régolithe, une couche de roches broyées » after an article or a preposition. */
function appositions(reading: TermReading): TermDefinition[] {
  return [...reading.text.matchAll(APPOSITION)].flatMap((match) => {
    const term = nameBefore(match.index, reading);
    const defining = definingWords(reading.text, match.index + match[0].length);
    if (!term?.before || !BEFORE_DEFINED.has(term.before.text) || !defining) return [];
    return [definition(term.name, defining, false)];
  });
}

/** The terms a French text defines or names, in no particular order. */
export function frenchTerms(reading: TermReading): TermDefinition[] {
  return [...namings(reading), ...appositions(reading)];
}
