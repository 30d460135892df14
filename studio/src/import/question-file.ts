import { formatOfFile } from '../../../src/formats/index.js';
import { MAX_FILE_BYTES } from './brought-in.js';
import { readQuestions, type QuestionsReading } from './question-bank.js';

/** What the "Import questions…" picker offers: the question-bank files `formatOfFile` knows. */
export const QUESTION_FILE_TYPES = '.gift,.txt,.csv,.xml,text/plain,text/csv,application/xml,text/xml';

const KINDS = 'GIFT (.gift), Aiken (.txt), CSV (.csv) or QTI 3 (.xml)';

/**
 * The questions of a file chosen or dropped to import into a draft's quiz; a file that is no question
 * bank (an article's text, an image) is refused with the kinds of file that are.
 */
export async function readQuestionFile(file: File): Promise<QuestionsReading> {
  const refused = (message: string) => ({ ok: false, message }) as const;
  if (file.size === 0) return refused(`${file.name} is empty.`);
  if (file.size > MAX_FILE_BYTES)
    return refused(`${file.name} is ${(file.size / 1e6).toFixed(1)} MB; the Studio imports files up to 20 MB.`);
  const text = await file.text();
  const format = text.includes('\u0000') ? undefined : formatOfFile(file.name, text);
  if (!format) return refused(`${file.name} is not a question bank. Import questions from a ${KINDS} file.`);
  try {
    return readQuestions(format, text, file.name);
  } catch (error) {
    return refused(`${file.name} could not be read as ${format.name.toUpperCase()}: ${(error as Error).message}.`);
  }
}
