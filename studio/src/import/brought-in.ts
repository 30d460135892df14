import type { DraftSource } from '../../../src/draft/types.js';
import { formatOfFile } from '../../../src/formats/index.js';
import { readQuestionBank } from './question-bank.js';
import { hasSealedQuiz } from './sealed-article.js';

/** What a person brought in: a text to draft from, or an article model to edit as it is. */
export type BroughtIn =
  | { readonly kind: 'draft'; readonly source: DraftSource; readonly name: string }
  | {
      readonly kind: 'article';
      readonly article: Record<string, unknown>;
      readonly name: string;
      /** What was not kept of a question bank opened as an article. */
      readonly notes?: readonly string[];
    };

/** Something brought in that the Studio cannot use, with what to do instead. */
export class BringInError extends Error {}

/** A sealed article, which opens to edit only with the key file its sealing wrote. */
export class SealedArticleError extends BringInError {
  constructor(
    readonly fileName: string,
    readonly article: Record<string, unknown>,
  ) {
    super(
      `The answers of the quiz in ${fileName} are sealed; open the unsealed file to edit them, or open this one with its key file.`,
    );
  }
}

/**
 * The most text drafted at once: about 300,000 words (the 50,000-word bench text has 307,142
 * characters), far past any article. The draft runs in a worker and never freezes the page, but the
 * draft then opens in the forms and the preview on the page, which took 4 s for the 50,000-word text
 * on a loaded 2-core machine: past this a person is told at once rather than kept waiting.
 */
export const MAX_TEXT_LENGTH = 2_000_000;
/** The largest file the Studio opens: far past any article or question bank. */
export const MAX_FILE_BYTES = 20_000_000;

function checkedLength(text: string, what: string): string {
  if (text.trim() === '') throw new BringInError(`${what} is empty.`);
  if (text.length > MAX_TEXT_LENGTH)
    throw new BringInError(
      `${what} has ${text.length.toLocaleString('en')} characters; the Studio drafts up to ${MAX_TEXT_LENGTH.toLocaleString('en')} characters (about 300,000 words; a long article has 10,000 words). Paste or open one article at a time.`,
    );
  return text;
}

/** An article model in JSON text, opened to edit; a file that is not one says where it goes wrong. */
export function articleFromJson(text: string, name: string): BroughtIn {
  let value: unknown;
  try {
    value = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (error) {
    throw new BringInError(`${name} is not valid JSON: ${(error as Error).message}`);
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value))
    throw new BringInError(
      `${name} holds JSON, but not an article: an article is an object with a title and paragraphs.`,
    );
  const article = value as Record<string, unknown>;
  if (hasSealedQuiz(article)) throw new SealedArticleError(name, article);
  return { kind: 'article', article, name };
}

/** What a paste holds: the rich HTML a CMS or a web page puts on the clipboard, else its plain text. */
export function fromClipboard(data: DataTransfer): BroughtIn {
  const html = data.getData('text/html');
  if (html.trim() !== '')
    return { kind: 'draft', source: { kind: 'html', html: checkedLength(html, 'The paste') }, name: 'Pasted text' };
  return fromTypedText(data.getData('text/plain'));
}

/** Text typed or pasted as plain text into the start view. */
export function fromTypedText(text: string): BroughtIn {
  const trimmed = checkedLength(text, 'The text');
  // No article opens with a brace: such a text is meant as an article's JSON, and a broken one says where.
  if (/^\s*\{/.test(trimmed)) return articleFromJson(trimmed, 'The text');
  return { kind: 'draft', source: { kind: 'text', text: trimmed }, name: 'Pasted text' };
}

const EXTENSION = /\.([a-z0-9]+)$/i;

/** What the Studio opens, said when a file is not one of them. */
const OPENED_KINDS =
  'Open a .txt, .md, .html, .docx or article .json file, or questions in .gift, .csv, Aiken .txt or QTI 3 .xml.';

/** A file opened or dropped: .txt, .md, .html, .docx to draft from, .json to edit, questions to open as a quiz. */
export async function fromFile(file: File): Promise<BroughtIn> {
  const extension = EXTENSION.exec(file.name)?.[1]?.toLowerCase() ?? '';
  if (file.size === 0) throw new BringInError(`${file.name} is empty.`);
  if (file.size > MAX_FILE_BYTES)
    throw new BringInError(`${file.name} is ${(file.size / 1e6).toFixed(1)} MB; the Studio opens files up to 20 MB.`);
  if (extension === 'docx')
    return { kind: 'draft', source: { kind: 'docx', data: await file.arrayBuffer() }, name: file.name };
  const text = await file.text();
  if (text.includes('\u0000')) throw new BringInError(`${file.name} is not a text file. ${OPENED_KINDS}`);
  if (extension === 'json') return articleFromJson(text, file.name);
  const questionBank = formatOfFile(file.name, text);
  if (questionBank) {
    const reading = readQuestionBank(questionBank, text, file.name);
    if (!reading.ok) throw new BringInError(reading.message);
    return { kind: 'article', article: reading.article, name: file.name, notes: reading.notes };
  }
  const what = file.name;
  if (extension === 'html' || extension === 'htm')
    return { kind: 'draft', source: { kind: 'html', html: checkedLength(text, what) }, name: what };
  if (extension === 'md' || extension === 'markdown')
    return { kind: 'draft', source: { kind: 'markdown', text: checkedLength(text, what) }, name: what };
  if (extension === 'txt' || extension === '')
    return { kind: 'draft', source: { kind: 'text', text: checkedLength(text, what) }, name: what };
  throw new BringInError(`The Studio cannot read .${extension} files. ${OPENED_KINDS}`);
}
