/**
 * The attributes a quiz written in HTML reads (the quiz element's own settings are not markup): the
 * quiz watches them for changes, and the sanitizer settings of `glossa/sanitize` keep them.
 */
export const MARKUP_ATTRIBUTES = [
  'type',
  'name',
  'correct',
  'feedback',
  'answer',
  'evidence',
  'paragraph',
  'pass-percent',
];
