/**
 * The tags of a quiz written in HTML (README, "Writing a quiz in HTML"), read by the markup reader and
 * kept by the sanitizer settings of `glossa/sanitize`. Each holds its own text, which is not part of
 * the text around it.
 */
export const MARKUP_TAGS = [
  'glossa-quiz',
  'glossa-quiz-title',
  'glossa-question',
  'glossa-prompt',
  'glossa-choice',
  'glossa-item',
  'glossa-accept',
  'glossa-pair',
  'glossa-left',
  'glossa-right',
  'glossa-explanation',
  'glossa-evidence',
] as const;
