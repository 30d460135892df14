import type { Figure, Paragraph } from '../../model/types.js';
import type { ArticleBody } from '../types.js';
import type { Block, SourceReading } from './blocks.js';
import { readCredit, splitTrailingCredit } from './credit.js';
import { dateLineDate, findDate } from './date-line.js';
import { figureIds, labelId } from './ids.js';
import {
  authorBoxName,
  bylineNames,
  editorsNoteLabel,
  endsAsSentence,
  hasNoLetter,
  isBareLink,
  isCallToAction,
  isChromeLine,
  isContactLine,
  isEndMatterHeading,
  isHeadingLike,
  isLinkLead,
  isProvenanceLine,
  isTeaser,
  wordCount,
} from './lines.js';
import type { Notes } from './notes.js';
import { isSafeUrl } from '../../model/primitives.js';
import { foldText } from '../../shared/fold-text.js';

/** How far down the top of an article reaches: its title, dek, byline and date lines come first. */
const TOP_BLOCKS = 8;

interface DraftParagraph {
  readonly text: string;
  /** A note from the paper ("Editor’s note"), which is named by its label rather than numbered. */
  readonly label?: string;
}

interface DraftFigure {
  readonly caption: string;
  readonly credit?: string;
  readonly src?: string;
  readonly alt?: string;
  /** How many paragraphs came before it. */
  readonly paragraphsBefore: number;
}

/** The reading of an article's top and body, kept as it is made. */
interface Assembly {
  title?: string;
  dek?: string;
  byline?: string;
  published?: string;
  readonly paragraphs: DraftParagraph[];
  readonly figures: DraftFigure[];
}

const isParagraph = (block: Block | undefined): block is Extract<Block, { kind: 'paragraph' }> =>
  block?.kind === 'paragraph';

const isCreditBlock = (block: Block | undefined): boolean =>
  isParagraph(block) && block.role !== 'dek' && readCredit(block.text) !== undefined;

/** A paragraph followed by a credit line is a caption: "Kazakhstan’s President …" then "Alexei Filippov / AP". */
function isCaptionAt(blocks: readonly Block[], index: number): boolean {
  const block = blocks[index];
  return (
    isParagraph(block) &&
    !isHeadingLike(block.text) &&
    readCredit(block.text) === undefined &&
    isCreditBlock(blocks[index + 1])
  );
}

function isBylineBlock(block: Block | undefined): boolean {
  return isParagraph(block) && (block.role === 'byline' || bylineNames(block.text) !== undefined);
}

/**
 * The article's title, and where its text starts: the first top-level heading near the top (what comes
 * before it is page furniture), or the format's stated title, or a short first line.
 */
function findTitle(reading: SourceReading, notes: Notes): { title?: string; start: number } {
  const { blocks } = reading;
  const heading = blocks.slice(0, TOP_BLOCKS).findIndex((block) => block.kind === 'heading' && block.level === 1);
  if (heading >= 0) {
    for (const block of blocks.slice(0, heading))
      if (block.kind !== 'figure') notes.leftOut('before-title', block.text);
    return { title: (blocks[heading] as { text: string }).text, start: heading + 1 };
  }
  if (reading.meta.title !== undefined) return { title: reading.meta.title, start: 0 };
  const first = blocks[0];
  if (first !== undefined && first.kind !== 'figure' && wordCount(first.text) <= 20 && !endsAsSentence(first.text)) {
    return { title: first.text, start: 1 };
  }
  return { start: 0 };
}

/** A title made of the first words, for a text that has none: marked so in the notes. */
function standInTitle(paragraphs: readonly DraftParagraph[]): string {
  const text = paragraphs[0]?.text ?? 'Untitled article';
  const sentence = /^.*?[.!?。！？؟](?=\s|$)/u.exec(text)?.[0] ?? text;
  const words = sentence.split(/\s+/);
  return words.length <= 15 ? sentence : `${words.slice(0, 10).join(' ')}…`;
}

/**
 * Reads the lines at the top, after the title: the dek, the byline, the date line, and lines that are
 * not the article's text (a release number, a desk's name). Returns where the body starts.
 */
function readTop(blocks: readonly Block[], start: number, lang: string, assembly: Assembly, notes: Notes): number {
  let index = start;
  while (index < Math.min(blocks.length, start + TOP_BLOCKS)) {
    const block = blocks[index]!;
    if (block.kind === 'figure' || block.kind === 'item') return index;
    const { text } = block;
    const names = bylineNames(text) ?? (block.kind === 'paragraph' && block.role === 'byline' ? text : undefined);
    const date = dateLineDate(text, lang);
    if (block.kind === 'paragraph' && block.role === 'dek' && assembly.dek === undefined) {
      assembly.dek = text;
    } else if (names !== undefined) {
      const [byline = names, ...rest] = names.split(/\s+[|·•]\s+/u);
      assembly.byline ??= byline.trim();
      const dated = findDate(rest.join(' '), lang);
      if (dated) assembly.published ??= dated.date;
    } else if (date !== undefined) {
      assembly.published ??= date;
    } else if (block.kind === 'heading') {
      if (index === start && assembly.dek === undefined && (endsAsSentence(text) || wordCount(text) >= 8)) {
        assembly.dek = text;
      } else return index;
    } else if (isCaptionAt(blocks, index) || isCaptionAt(blocks, index + 1) || isCreditBlock(block)) {
      return index;
    } else if (!endsAsSentence(text) && !isTeaser(text) && block.role !== 'caption') {
      notes.leftOut('top', text);
    } else if (assembly.dek === undefined && index === start && isDekFollowedByTop(blocks, index, lang)) {
      assembly.dek = text;
    } else {
      return index;
    }
    index += 1;
  }
  return index;
}

/** A sentence right under the title is the dek when a byline or a date line follows it; otherwise it is the lead. */
function isDekFollowedByTop(blocks: readonly Block[], index: number, lang: string): boolean {
  return blocks
    .slice(index + 1, index + 3)
    .some((next) => isBylineBlock(next) || (next.kind === 'paragraph' && dateLineDate(next.text, lang) !== undefined));
}

/**
 * "Moscow – Troops led by Russia…" → "Moscow"; "Kourou (Guyane) – …" → "Kourou (Guyane)": the place in
 * brackets is the dateline's, while a wire service's name in them is not: "KYIV, Ukraine (AP) — …" → "KYIV, Ukraine".
 */
const CASED_DATELINE =
  /^(\p{Lu}[\p{L}.'’-]*(?:,?\s\p{Lu}[\p{L}.'’-]*|,\s\p{Lu}[\p{L}.'’-]*\s\d{1,2}){0,3})(?:\s\(([^()]{1,30})\))?\s[–—-]\s\S/u;
const UNCASED_DATELINE = /^(\p{Lo}+(?:\s\p{Lo}+){0,2})(?:\s\(([^()]{1,30})\))?\s[–—-]\s\S/u;
const WIRE_SERVICE = /^(?:\p{Lu}{2,6}|Reuters|dpa|Bloomberg|Xinhua|Kyodo|Yonhap|Interfax|Anadolu)$/u;

function datelineOf(text: string | undefined): string | undefined {
  if (text === undefined) return undefined;
  const match = CASED_DATELINE.exec(text) ?? UNCASED_DATELINE.exec(text);
  if (match === null) return undefined;
  const [, place, bracketed] = match;
  return bracketed === undefined || WIRE_SERVICE.test(bracketed) ? place : `${place} (${bracketed})`;
}

/** A figure from a format's own figure block, with the caption and credit that follow it when it has none. */
function takeFigure(blocks: readonly Block[], index: number, assembly: Assembly, notes: Notes): number {
  const block = blocks[index] as Extract<Block, { kind: 'figure' }>;
  let next = index + 1;
  let caption = block.caption;
  let credit = block.credit;
  const following = blocks[next];
  if (caption === undefined && isParagraph(following) && (following.role === 'caption' || isCaptionAt(blocks, next))) {
    caption = following.text;
    next += 1;
  }
  const creditBlock = blocks[next];
  if (credit === undefined && caption !== undefined && isParagraph(creditBlock) && isCreditBlock(creditBlock)) {
    credit = readCredit(creditBlock.text);
    next += 1;
  }
  if (caption === undefined) {
    notes.leftOut('uncaptioned', block.alt ?? '');
    return next;
  }
  const split = credit === undefined ? splitTrailingCredit(caption) : { caption, credit };
  const image = imageOf(block, notes);
  assembly.figures.push({ ...split, ...image, paragraphsBefore: assembly.paragraphs.length });
  return next;
}

/** The image's address and text alternative, when both can be kept: an http(s) address, and a non-empty alt. */
function imageOf(block: Extract<Block, { kind: 'figure' }>, notes: Notes): { src?: string; alt?: string } {
  if (block.src === undefined || block.src === '') return {};
  if (!isSafeUrl(block.src)) {
    notes.leftOut('unsafe-src', block.src.slice(0, 40));
    return {};
  }
  const alt = block.alt?.trim();
  if (alt === undefined || alt === '') {
    notes.leftOut('no-alt', block.src);
    return {};
  }
  return { src: block.src, alt };
}

/** After an end-matter heading in the article's second half, nothing is the article's; before it, only teasers are skipped. */
function skipEndMatter(blocks: readonly Block[], index: number, notes: Notes): number {
  const heading = (blocks[index] as { text: string }).text;
  if (index >= blocks.length / 2) {
    notes.leftOut('end-matter', heading);
    return blocks.length;
  }
  notes.leftOut('teaser', heading);
  let next = index + 1;
  while (next < blocks.length) {
    const block = blocks[next]!;
    if (block.kind === 'figure' || (wordCount(block.text) > 20 && endsAsSentence(block.text) && !isTeaser(block.text)))
      break;
    next += 1;
  }
  return next;
}

/** Page furniture among the text: what it is, to say so in the notes, or undefined for the article's own text. */
function furnitureKind(text: string): Parameters<Notes['leftOut']>[0] | undefined {
  if (isChromeLine(text) || isCallToAction(text)) return 'chrome';
  if (isLinkLead(text) || isTeaser(text)) return 'teaser';
  if (isBareLink(text)) return 'links';
  if (isContactLine(text)) return 'contact';
  if (isProvenanceLine(text)) return 'provenance';
  if (hasNoLetter(text)) return 'symbols';
  return undefined;
}

/** The bare link's introduction ("For more about Perseverance:") goes with it. */
function dropLinkIntroduction(assembly: Assembly, previous: Block | undefined, notes: Notes): void {
  const last = assembly.paragraphs.at(-1);
  if (
    last &&
    isParagraph(previous) &&
    previous.text === last.text &&
    /:$/u.test(last.text) &&
    wordCount(last.text) <= 12
  ) {
    assembly.paragraphs.pop();
    notes.leftOut('links', last.text);
  }
}

function isAuthorBio(block: Block | undefined, author: string): boolean {
  return isParagraph(block) && foldText(block.text).includes(foldText(author));
}

function readBody(blocks: readonly Block[], start: number, assembly: Assembly, notes: Notes): void {
  let index = start;
  while (index < blocks.length) {
    const block = blocks[index]!;
    if (block.kind === 'figure') {
      index = takeFigure(blocks, index, assembly, notes);
      continue;
    }
    const { text } = block;
    const author = authorBoxName(text);
    if (isEndMatterHeading(text) && (block.kind === 'heading' || isHeadingLike(text))) {
      index = skipEndMatter(blocks, index, notes);
      continue;
    }
    if (author !== undefined) {
      assembly.byline ??= author;
      // The box's words about the author, which name them, go with its heading.
      if (isAuthorBio(blocks[index + 1], author)) index += 1;
    } else if (block.kind === 'heading') {
      // A short title over a caption belongs to the figure ("Protest in Kazakhstan"), which has no title.
      if (!isCaptionAt(blocks, index + 1)) notes.leftOut(furnitureKind(text) ?? 'heading', text);
    } else if (isParagraph(block) && block.role === 'byline') {
      assembly.byline ??= bylineNames(text) ?? text;
    } else if (isCaptionAt(blocks, index)) {
      const credit = readCredit((blocks[index + 1] as { text: string }).text);
      assembly.figures.push({ caption: text, credit, paragraphsBefore: assembly.paragraphs.length });
      index += 2;
      continue;
    } else if (isParagraph(block) && block.role === 'caption') {
      assembly.figures.push({ ...splitTrailingCredit(text), paragraphsBefore: assembly.paragraphs.length });
    } else if (readCredit(text) !== undefined && block.kind === 'paragraph') {
      notes.leftOut('credit', text);
    } else {
      readText(block, blocks[index - 1], assembly, notes);
    }
    index += 1;
  }
}

function readText(
  block: Exclude<Block, { kind: 'figure' }>,
  previous: Block | undefined,
  assembly: Assembly,
  notes: Notes,
): void {
  const { text } = block;
  const furniture = furnitureKind(text);
  if (furniture !== undefined) {
    notes.leftOut(furniture, text);
    if (furniture === 'links') dropLinkIntroduction(assembly, previous, notes);
    return;
  }
  if (block.kind === 'item') notes.leftOut('list', text);
  const label = editorsNoteLabel(text);
  const split = block.kind === 'paragraph' ? splitTrailingCredit(text) : { caption: text };
  if (split.credit !== undefined) {
    assembly.figures.push({
      caption: split.caption,
      credit: split.credit,
      paragraphsBefore: assembly.paragraphs.length,
    });
    return;
  }
  assembly.paragraphs.push(label === undefined ? { text } : { text, label });
}

function paragraphIds(paragraphs: readonly DraftParagraph[]): Paragraph[] {
  let number = 0;
  const taken = new Set<string>();
  return paragraphs.map((paragraph) => {
    const id = paragraph.label === undefined ? `p${(number += 1)}` : labelId(paragraph.label, taken);
    taken.add(id);
    return { id, text: paragraph.text };
  });
}

function modelFigures(figures: readonly DraftFigure[], paragraphs: readonly Paragraph[]): Figure[] {
  const ids = figureIds(figures.map((figure) => figure.caption));
  return figures.map((figure, position) => {
    const after = paragraphs[figure.paragraphsBefore - 1]?.id;
    return {
      id: ids[position]!,
      caption: figure.caption,
      ...(figure.credit === undefined ? {} : { credit: figure.credit }),
      ...(figure.src === undefined ? {} : { src: figure.src, alt: figure.alt }),
      ...(after === undefined ? {} : { after }),
    };
  });
}

/**
 * The article's own text from a format's reading: the title, dek, dateline, byline and date from the
 * top, the paragraphs in order with their text as written, the figures with their captions and credits,
 * and page furniture left out with a note for each kind.
 */
export function assembleBody(reading: SourceReading, lang: string, notes: Notes): Omit<ArticleBody, 'lang' | 'notes'> {
  const { blocks, meta } = reading;
  const { title, start } = findTitle(reading, notes);
  const assembly: Assembly = { title, paragraphs: [], figures: [] };
  const bodyStart = readTop(blocks, start, lang, assembly, notes);
  readBody(blocks, bodyStart, assembly, notes);
  const paragraphs = paragraphIds(assembly.paragraphs);
  const firstText = assembly.paragraphs.find((paragraph) => paragraph.label === undefined)?.text;
  const dateline = datelineOf(firstText);
  const byline = assembly.byline ?? meta.byline;
  const published =
    assembly.published ?? (meta.published === undefined ? undefined : findDate(meta.published, lang)?.date);
  if (assembly.title === undefined) {
    notes.say('The text has no title: its first words stand in for one; write the title.');
  }
  return {
    title: assembly.title ?? standInTitle(assembly.paragraphs),
    ...(assembly.dek === undefined ? {} : { dek: assembly.dek }),
    ...(dateline === undefined ? {} : { dateline }),
    ...(byline === undefined ? {} : { byline }),
    ...(published === undefined ? {} : { published }),
    paragraphs,
    figures: modelFigures(assembly.figures, paragraphs),
  };
}
