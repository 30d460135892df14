import fc from 'fast-check';

/**
 * Texts that test a format's escaping: GIFT's special characters, quotes and delimiters of CSV, Aiken's
 * letters, non-Latin scripts, emoji and line breaks, joined into texts Glossa accepts (something visible,
 * no tag, no blank) and that hold no runs of spaces at their ends, which every format trims.
 */
const PIECES = [
  'word',
  'Zebra',
  '~',
  '=',
  '#',
  '{',
  '}',
  ':',
  '\\',
  '\\n',
  '::',
  '####',
  '"',
  '""',
  "'",
  ',',
  ';',
  '|',
  '%',
  'é',
  'Жанаозен',
  'قطر',
  '中文',
  '🙂',
  '10,000',
  '&',
  'a < b',
  'x > y',
  '//',
  '$CATEGORY',
  '-',
  '>',
];

const piece = fc.constantFrom(...PIECES);
const separator = fc.constantFrom(' ', ' ', '\n');

export const editText = fc
  .tuple(
    fc.constantFrom('Word', 'Жаңа', 'Ω', 'Q'),
    fc.array(fc.tuple(separator, piece), { minLength: 0, maxLength: 6 }),
  )
  .map(([first, rest]) => first + rest.map(([space, text]) => space + text).join(''))
  // Texts Glossa refuses, or that a format reads with a meaning: "->" is a match's arrow, "___" a blank.
  .filter((text) => !text.includes('->') && !text.includes('___') && !/&\w+;/.test(text));

/** A quiz of every question type, its texts drawn from `editText`. */
export const editQuiz = fc
  .record({
    prompt: editText,
    texts: fc.uniqueArray(editText, { minLength: 4, maxLength: 4 }),
    feedback: editText,
    explanation: editText,
    truth: fc.boolean(),
  })
  .map(({ prompt, texts, feedback, explanation, truth }) => ({
    questions: [
      {
        id: 'single-q',
        type: 'single',
        prompt,
        choices: texts.map((text, index) => ({ id: 'abcd'[index], text, ...(index === 1 ? { feedback } : {}) })),
        answer: 'c',
        explanation,
      },
      {
        id: 'multiple-q',
        type: 'multiple',
        prompt,
        choices: texts.slice(0, 3).map((text, index) => ({ id: 'abc'[index], text })),
        answers: ['a', 'c'],
      },
      { id: 'tf-q', type: 'true-false', prompt, answer: truth, explanation },
      { id: 'fill-q', type: 'fill-blank', prompt: `${prompt} ___ ${texts[0]}`, accept: texts.slice(1, 3) },
      {
        id: 'match-q',
        type: 'match',
        prompt,
        pairs: [
          { left: texts[0], right: texts[1] },
          { left: texts[2], right: texts[3] },
        ],
      },
      { id: 'order-q', type: 'order', prompt, items: texts.map((text, index) => ({ id: 'abcd'[index], text })) },
    ],
  }));
