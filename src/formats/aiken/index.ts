import type { QuizFormat } from '../types.js';
import { readAiken } from './reader.js';
import { writeAiken } from './writer.js';

export { looksLikeAiken } from './syntax.js';

/** Aiken, Moodle's plain-text format of single-choice questions (https://docs.moodle.org/en/Aiken_format). */
export const aikenFormat: QuizFormat = {
  name: 'aiken',
  read: (text) => readAiken(text),
  write: (quiz, options) => writeAiken(quiz, options),
};
