import type { QuizFormat } from '../types.js';
import { readCsv } from './reader.js';
import { writeCsv } from './writer.js';

/** Glossa's spreadsheet layout, one question per row (README.md here), as Excel, LibreOffice and Google Sheets save it. */
export const csvFormat: QuizFormat = {
  name: 'csv',
  read: (text) => readCsv(text),
  write: (quiz, options) => writeCsv(quiz, options),
};
