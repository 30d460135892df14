import type { NameKind } from './mentions.js';

/** What a word is, as far as telling a name from an ordinary word goes. */
export type WordClass = 'function' | 'verb' | 'adjective' | 'demonym' | 'date' | 'noun' | 'name' | 'unknown';

/**
 * A language's knowledge of its words and names: English has one (compromise); the other languages get
 * the empty one, and the drafting relies on capitals and cue words alone.
 */
export interface Lexicon {
  /** It knows the language's words; without it, only capitals and cue words tell names. */
  readonly knowsWords: boolean;
  /** The class of a word as written (case matters: "US" is a name, "us" a pronoun). */
  wordClass(word: string): WordClass;
  /** What the lexicon knows a whole name to be, if it knows. */
  nameKind(name: string): NameKind | undefined;
  /** A noun for what a person is or does ("scientist", "spokesman"). */
  isRoleNoun(word: string): boolean;
}

export const EMPTY_LEXICON: Lexicon = {
  knowsWords: false,
  wordClass: () => 'unknown',
  nameKind: () => undefined,
  isRoleNoun: () => false,
};
