import type nlpDefault from 'compromise';
import type { Lexicon, WordClass } from './lexicon.js';
import type { NameKind } from './mentions.js';

type Nlp = typeof nlpDefault;

/** compromise's tags, from the most telling: a date before a noun, a verb before an adjective. */
const CLASS_BY_TAG: readonly (readonly [tag: string, wordClass: WordClass])[] = [
  ['Date', 'date'],
  ['Demonym', 'demonym'],
  ['Person', 'name'],
  ['Place', 'name'],
  ['Organization', 'name'],
  ['Acronym', 'name'],
  ['Determiner', 'function'],
  ['Preposition', 'function'],
  ['Conjunction', 'function'],
  ['Pronoun', 'function'],
  ['QuestionWord', 'function'],
  ['Adverb', 'function'],
  ['Value', 'function'],
  ['Verb', 'verb'],
  ['Adjective', 'adjective'],
];

/** Suffixes of nouns for what people are or do, which compromise does not all tag as actors. */
const ROLE_SUFFIX = /(?:man|woman|person|ist|ian)$/;

/**
 * English words and names, from compromise: loaded when a draft needs it (it is large), each word
 * tagged once. A word compromise only guesses (not in its lexicon) and tags a plain noun is `unknown`,
 * which is what most names in an article are to it.
 */
export async function englishLexicon(): Promise<Lexicon> {
  const nlp: Nlp = (await import('compromise')).default;
  const world = nlp.world() as { model: { one: { lexicon: Readonly<Record<string, unknown>> } } };
  const lexicon = world.model.one.lexicon;
  const classes = new Map<string, WordClass>();
  const kinds = new Map<string, NameKind | undefined>();
  const roles = new Map<string, boolean>();
  const tagsOf = (text: string): readonly string[] => {
    const [sentence] = nlp(text).json({ terms: { tags: true } }) as { terms: { tags: string[] }[] }[];
    return sentence?.terms.flatMap((term) => term.tags) ?? [];
  };
  const classify = (word: string): WordClass => {
    const tags = tagsOf(word);
    const found = CLASS_BY_TAG.find(([tag]) => tags.includes(tag));
    if (found) return found[1];
    return word.toLowerCase() in lexicon || word.toLowerCase().replace(/e?s$/, '') in lexicon ? 'noun' : 'unknown';
  };
  const kindOf = (name: string): NameKind | undefined => {
    const doc = nlp(name);
    const covers = (match: { text(): string }) => match.text().replace(/[’'].*$/, '') === name;
    if (covers(doc.people())) return 'person';
    if (covers(doc.places())) return 'place';
    if (covers(doc.organizations())) return 'organization';
    return undefined;
  };
  return {
    knowsWords: true,
    wordClass(word) {
      let wordClass = classes.get(word);
      if (wordClass === undefined) {
        wordClass = classify(word);
        classes.set(word, wordClass);
      }
      return wordClass;
    },
    nameKind(name) {
      if (!kinds.has(name)) kinds.set(name, kindOf(name));
      return kinds.get(name);
    },
    isRoleNoun(word) {
      const lower = word.toLowerCase();
      let role = roles.get(lower);
      if (role === undefined) {
        role = tagsOf(lower).includes('Actor') || (ROLE_SUFFIX.test(lower) && classify(lower) === 'noun');
        roles.set(lower, role);
      }
      return role;
    },
  };
}
