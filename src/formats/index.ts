import { aikenFormat, looksLikeAiken } from './aiken/index.js';
import { csvFormat } from './csv/index.js';
import { giftFormat } from './gift/index.js';
import { qtiFormat } from './qti/index.js';
import type { QuizFormat } from './types.js';

export * from './types.js';
export { looksLikeAiken };
export { quizArticle } from './quiz-article.js';
export { readQtiPackage } from './qti/index.js';

/** Every question-bank format, by the name `--format` takes. */
export const QUIZ_FORMATS: Readonly<Record<string, QuizFormat>> = {
  gift: giftFormat,
  aiken: aikenFormat,
  csv: csvFormat,
  qti: qtiFormat,
};

/** The format a file's extension says, lower case with its dot. `.txt` is Aiken only when it has Aiken's shape. */
export const FORMAT_BY_EXTENSION: Readonly<Record<string, string>> = {
  '.gift': 'gift',
  '.txt': 'aiken',
  '.csv': 'csv',
  '.xml': 'qti',
};

/**
 * The format of a file from its name, and for `.txt` (an article's text as often as Aiken) from its
 * shape too; undefined when neither says.
 */
export function formatOfFile(fileName: string, text: string): QuizFormat | undefined {
  const extension = /\.[^./\\]+$/.exec(fileName.toLowerCase())?.[0] ?? '';
  const name = FORMAT_BY_EXTENSION[extension];
  if (name === 'aiken' && !looksLikeAiken(text)) return undefined;
  return name === undefined ? undefined : QUIZ_FORMATS[name];
}
