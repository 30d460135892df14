import type { QuizFormat } from '../types.js';
import { readGift } from './reader.js';
import { writeGift } from './writer.js';

/** GIFT, Moodle's text format for question banks (https://docs.moodle.org/en/GIFT_format). */
export const giftFormat: QuizFormat = {
  name: 'gift',
  read: (text) => readGift(text),
  write: (quiz, options) => writeGift(quiz, options),
};
