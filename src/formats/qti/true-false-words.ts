import { enQuiz } from '../../localize/en.js';
import { lookup } from '../../localize/lookup.js';

/** What the quiz calls True and False in `lang`: English unless that language is registered. */
export function trueFalseWords(lang: string): { readonly true: string; readonly false: string } {
  return { true: lookup(lang, 'trueLabel', enQuiz), false: lookup(lang, 'falseLabel', enQuiz) };
}
