import { LIMITS } from '../../model/limits.js';
import { isPartialDate } from '../../model/primitives.js';
import { detectLanguage } from '../language.js';
import type { ArticleBody, DraftOptions, DraftSource } from '../types.js';
import { assembleBody } from './assemble.js';
import type { SourceReading } from './blocks.js';
import { readDocx } from './docx-source.js';
import { checkText, DraftInputError } from './errors.js';
import { readHtml } from './html-source.js';
import { readMarkdown } from './markdown-source.js';
import { Notes } from './notes.js';
import { readText } from './text-source.js';

export { DraftInputError } from './errors.js';
export { sourceFromFile } from './file.js';

/** Text that is a web page's source, pasted as text: read as the HTML it is. */
const LOOKS_LIKE_HTML = /^\s*<(?:!doctype\s+html|html|head|body|article|main|meta\s)/iu;

const megabytes = (length: number) => `${(length / 1024 / 1024).toLocaleString('en', { maximumFractionDigits: 1 })} MB`;

/**
 * A text half again as long as an article can hold cannot fit once its furniture is left out: refused
 * before it is read, so that a huge paste is answered at once rather than after seconds of work.
 */
function checkTextLength(text: string): void {
  if (text.length > LIMITS.textLength * 1.5) {
    throw new DraftInputError(
      `The text is ${megabytes(text.length)}, more than the ${megabytes(LIMITS.textLength)} an article can hold: split it into parts and draft each`,
    );
  }
}

async function read(source: DraftSource, notes: Notes): Promise<SourceReading> {
  switch (source.kind) {
    case 'text':
      checkText(source.text);
      checkTextLength(source.text);
      if (LOOKS_LIKE_HTML.test(source.text)) {
        notes.say('The text is a web page’s HTML: it was read as a page.');
        return readHtml(source.text, notes);
      }
      return readText(source.text);
    case 'markdown':
      checkText(source.text);
      checkTextLength(source.text);
      return readMarkdown(source.text, notes);
    case 'html':
      checkText(source.html, 'The HTML');
      return readHtml(source.html, notes);
    case 'docx':
      return readDocx(source.data, notes);
  }
}

/** A language tag as the model spells it ("en-US"), or undefined for one that is not a language tag. */
function canonicalLanguage(tag: string | undefined): string | undefined {
  if (tag === undefined || tag.trim() === '') return undefined;
  try {
    return Intl.getCanonicalLocales(tag.trim())[0];
  } catch {
    return undefined;
  }
}

function checkOptions(options: DraftOptions): void {
  if (options.lang !== undefined && canonicalLanguage(options.lang) === undefined) {
    throw new DraftInputError(`“${options.lang}” is not a language tag: write one such as "en", "de" or "pt-BR"`);
  }
  if (options.published !== undefined && !isPartialDate(options.published)) {
    throw new DraftInputError(`“${options.published}” is not a date: write it as YYYY-MM-DD, such as 2022-01-11`);
  }
}

/** An article past the model's limits would be refused when saved: said now, with what to do, rather than then. */
function checkSize(body: Omit<ArticleBody, 'lang' | 'notes'>): void {
  const length = body.paragraphs.reduce((sum, paragraph) => sum + paragraph.text.length, 0);
  if (length > LIMITS.textLength) {
    throw new DraftInputError(
      `The article's text is ${megabytes(length)}, more than the ${megabytes(LIMITS.textLength)} an article can hold: split it into parts and draft each`,
    );
  }
  if (body.paragraphs.length > LIMITS.paragraphs) {
    throw new DraftInputError(
      `The article has ${body.paragraphs.length.toLocaleString('en')} paragraphs, more than the ${LIMITS.paragraphs.toLocaleString('en')} an article can hold: split it into parts and draft each`,
    );
  }
  if (body.paragraphs.length === 0) {
    throw new DraftInputError('No paragraphs of text were found: paste or open the article itself');
  }
}

/**
 * Reads an article's own text (title, dek, dateline, byline, date, paragraphs, figures) from what a
 * person brought in: plain text, Markdown, HTML or a Word file. Page furniture (navigation, share bars,
 * teasers, author boxes) is left out, and what was left out is said in the notes. Input that cannot be
 * read (empty, binary, too large) is refused with a `DraftInputError` whose message says why.
 */
export async function importArticle(source: DraftSource, options: DraftOptions = {}): Promise<ArticleBody> {
  checkOptions(options);
  const notes = new Notes();
  const reading = await read(source, notes);
  const text = reading.blocks.map((block) => (block.kind === 'figure' ? (block.caption ?? '') : block.text)).join('\n');
  const lang = canonicalLanguage(options.lang) ?? canonicalLanguage(reading.meta.lang) ?? detectLanguage(text);
  const body = assembleBody(reading, lang, notes);
  checkSize(body);
  const published = options.published ?? body.published;
  return {
    ...body,
    lang,
    ...(published === undefined ? {} : { published }),
    notes: notes.list(),
  };
}
