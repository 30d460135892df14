import type { Block, SourceMeta, SourceReading } from './blocks.js';
import type { Notes } from './notes.js';

const HEADING = /^(#{1,6})\s+(.*?)(?:\s+#+)?\s*$/u;
const SETEXT = /^(=+|-+)\s*$/u;
const RULE = /^(?:[-*_]\s*){3,}$/u;
const FENCE = /^(`{3,}|~{3,})/u;
const LIST_ITEM = /^\s{0,3}(?:[-*+]|\d{1,9}[.)])\s+(.*)$/u;
const QUOTE = /^\s{0,3}>\s?(.*)$/u;
const TABLE_ROW = /^\s*\|.*\|\s*$/u;
const REFERENCE = /^\s{0,3}\[[^\]]+\]:\s*\S+/u;
const HTML_LINE = /^\s*<\/?[A-Za-z][^>]*>\s*$/u;
/** `![alt](src "title")`, the whole of a paragraph. */
const IMAGE = /^!\[([^\]]*)\]\(\s*<?([^\s)>]*)>?(?:\s+["'(]([^"')]*)["')])?\s*\)\s*(.*)$/u;

/**
 * Markdown's marks reduced to the text they mark: emphasis, code, links (their text), autolinks,
 * inline images (left out), footnote references, inline HTML tags and backslash escapes. Each pattern
 * matches within one run of characters that cannot nest, so none backtracks far.
 */
export function markdownInline(text: string): string {
  return text
    .replace(/!\[[^\]]*\]\([^)]*\)/gu, '')
    .replace(/\[\^[^\]]+\]/gu, '')
    .replace(/\[([^\]]*)\]\([^)]*\)/gu, '$1')
    .replace(/\[([^\]]+)\]\[[^\]]*\]/gu, '$1')
    .replace(/<((?:https?:\/\/|mailto:)[^>\s]+)>/gu, '$1')
    .replace(/<\/?[A-Za-z][\w-]*(?:\s[^<>]*)?>/gu, '')
    .replace(/(`+)([^`]+?)\1/gu, '$2')
    .replace(/(\*\*|__)(?=\S)([^*_]+?)\1/gu, '$2')
    .replace(/(^|[^\p{L}\p{N}*])([*_])(?=\S)([^*_]+?)\2(?![\p{L}\p{N}])/gu, '$1$3')
    .replace(/~~([^~]+)~~/gu, '$1')
    .replace(/\\([\\`*_{}[\]()#+\-.!>~|])/gu, '$1')
    .replace(/\s+/gu, ' ')
    .trim();
}

/** A paragraph that is all emphasis, as captions under an image are written: `*The bridge at dawn.*`. */
function isEmphasised(text: string): boolean {
  return /^(\*{1,2}|_{1,2})(?=\S)[^*_]+\1$/u.test(text.trim());
}

/** Front matter (`---` … `---`) as blogs write it: its title, date, author and language. */
function frontMatter(lines: readonly string[]): { meta: SourceMeta; end: number } {
  if (lines[0]?.trim() !== '---') return { meta: {}, end: 0 };
  const close = lines.findIndex((line, index) => index > 0 && /^(?:---|\.\.\.)\s*$/u.test(line));
  if (close < 0) return { meta: {}, end: 0 };
  const fields = new Map<string, string>();
  for (const line of lines.slice(1, close)) {
    const match = /^(\w+)\s*:\s*["']?(.*?)["']?\s*$/u.exec(line);
    if (match && match[2] !== '') fields.set(match[1]!.toLowerCase(), match[2]!);
  }
  const [title, published, byline, lang] = [
    fields.get('title'),
    fields.get('date') ?? fields.get('published'),
    fields.get('author'),
    fields.get('lang') ?? fields.get('language'),
  ];
  return {
    meta: {
      ...(title === undefined ? {} : { title }),
      ...(published === undefined ? {} : { published }),
      ...(byline === undefined ? {} : { byline }),
      ...(lang === undefined ? {} : { lang }),
    },
    end: close + 1,
  };
}

/** A paragraph's blocks: an image on its own is a figure, with any text after it as its caption. */
function paragraphBlocks(lines: readonly string[], afterImage: boolean): Block[] {
  const raw = lines.join(' ').trim();
  const image = IMAGE.exec(raw);
  if (image) {
    const [, alt = '', src = '', title, rest = ''] = image;
    const caption = markdownInline(rest);
    const hasCaption = /\p{L}/u.test(caption);
    const figure: Block = {
      kind: 'figure',
      src,
      alt,
      ...(title && !hasCaption ? { caption: markdownInline(title) } : {}),
    };
    return hasCaption ? [figure, { kind: 'paragraph', text: caption, role: 'caption' }] : [figure];
  }
  const text = markdownInline(raw);
  if (text === '') return [];
  return [{ kind: 'paragraph', text, ...(afterImage && isEmphasised(raw) ? { role: 'caption' as const } : {}) }];
}

/**
 * Markdown (CommonMark's common part): ATX and Setext headings, paragraphs, lists, block quotes and
 * images, with inline marks reduced to their text. Code blocks, tables and HTML blocks are left out,
 * and the notes say so.
 */
export function readMarkdown(source: string, notes: Notes): SourceReading {
  const lines = source.replace(/\r\n?/gu, '\n').split('\n');
  const { meta, end } = frontMatter(lines);
  const blocks: Block[] = [];
  const leftOut = { code: 0, tables: 0, html: 0 };
  let paragraph: string[] = [];
  const flush = () => {
    if (paragraph.length === 0) return;
    blocks.push(...paragraphBlocks(paragraph, blocks.at(-1)?.kind === 'figure'));
    paragraph = [];
  };
  for (let index = end; index < lines.length; index += 1) {
    const line = lines[index]!;
    const fence = FENCE.exec(line.trim());
    if (fence) {
      flush();
      index += 1;
      while (index < lines.length && !lines[index]!.trim().startsWith(fence[1]!)) index += 1;
      leftOut.code += 1;
      continue;
    }
    const heading = HEADING.exec(line);
    if (heading) {
      flush();
      blocks.push({ kind: 'heading', level: heading[1]!.length, text: markdownInline(heading[2]!) });
      continue;
    }
    if (paragraph.length === 1 && SETEXT.test(line)) {
      blocks.push({ kind: 'heading', level: line.trim().startsWith('=') ? 1 : 2, text: markdownInline(paragraph[0]!) });
      paragraph = [];
      continue;
    }
    if (line.trim() === '' || RULE.test(line) || REFERENCE.test(line)) {
      flush();
      continue;
    }
    if (TABLE_ROW.test(line)) {
      flush();
      if (!TABLE_ROW.test(lines[index - 1] ?? '')) leftOut.tables += 1;
      continue;
    }
    if (HTML_LINE.test(line)) {
      flush();
      leftOut.html += 1;
      continue;
    }
    const item = LIST_ITEM.exec(line);
    if (item) {
      flush();
      paragraph = [item[1]!];
      const itemText = () => markdownInline(paragraph.join(' '));
      while (index + 1 < lines.length && /^\s{2,}\S/u.test(lines[index + 1]!) && !LIST_ITEM.test(lines[index + 1]!)) {
        index += 1;
        paragraph.push(lines[index]!.trim());
      }
      const text = itemText();
      if (text !== '') blocks.push({ kind: 'item', text });
      paragraph = [];
      continue;
    }
    const quote = QUOTE.exec(line);
    paragraph.push(quote ? quote[1]! : line);
  }
  flush();
  if (leftOut.code > 0) notes.say(`Left out ${leftOut.code === 1 ? 'a code block' : `${leftOut.code} code blocks`}.`);
  if (leftOut.tables > 0)
    notes.say(`Left out ${leftOut.tables === 1 ? 'a table' : `${leftOut.tables} tables`}; the model has none.`);
  if (leftOut.html > 0) notes.say(`Left out ${leftOut.html === 1 ? 'a line' : `${leftOut.html} lines`} of HTML.`);
  return { blocks, meta };
}
