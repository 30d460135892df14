import type { QuizFormat } from '../types.js';
import { readQti, readQtiPackage } from './read-qti.js';
import { writeQtiPackage } from './write-package.js';

/**
 * QTI 3.0 (1EdTech): reads an assessment item or a test with its items inline (`readQtiPackage` reads
 * a content package, whose test refers to item files), and writes a content package.
 */
export const qtiFormat: QuizFormat = {
  name: 'qti',
  read: (text) => readQti(text),
  write: writeQtiPackage,
};

export { readQtiPackage };
