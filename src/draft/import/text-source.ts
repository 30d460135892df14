import type { Block, SourceReading } from './blocks.js';
import { readCredit, splitTrailingCredit } from './credit.js';
import { endsAsSentence, isHeadingLike, LIST_MARKER, opensLikeATitle } from './lines.js';

/** "[Figure: … — Credit: NASA/JPL-Caltech]", "[Photo: …]": a figure written out in a text export. */
const BRACKETED_FIGURE =
  /^\[(?:figure|image|photo|picture|video|graphic|chart|map|illustration|bild|foto|imagen|vidéo|immagine|afbeelding|рисунок|фото)(?:\s+\d+)?\s*:\s*([^]*)\]$/iu;

/** The blank-line-separated groups of lines of a text, each line trimmed: one pass, no pattern over the whole. */
function lineGroups(text: string): string[][] {
  const groups: string[][] = [];
  let group: string[] = [];
  for (const line of text.split('\n')) {
    const trimmed = line.trim();
    if (trimmed === '') {
      if (group.length > 0) groups.push(group);
      group = [];
    } else group.push(trimmed);
  }
  if (group.length > 0) groups.push(group);
  return groups;
}

/** Lines from the first list marker on, as items: a line without a marker goes on the item before it. */
function listItems(lines: readonly string[]): Block[] {
  const items: string[] = [];
  for (const line of lines) {
    if (LIST_MARKER.test(line)) items.push(line.replace(LIST_MARKER, ''));
    else items[items.length - 1] += ` ${line}`;
  }
  return items.map((text) => ({ kind: 'item', text }));
}

function figureFromBrackets(inside: string): Block {
  const { caption, credit } = splitTrailingCredit(inside.trim());
  return { kind: 'figure', caption, ...(credit === undefined ? {} : { credit }) };
}

/** Whether a group's first line stands apart from the rest: a short title over a dek or a caption. */
function startsWithTitle(lines: readonly string[]): boolean {
  const [first, second] = lines;
  return first !== undefined && second !== undefined && isHeadingLike(first) && opensLikeATitle(second);
}

/** One group of lines as blocks: lines joined into a paragraph, unless they are a list, a title over text, or a caption and credit. */
function groupBlocks(lines: readonly string[]): Block[] {
  const joined = lines.join(' ');
  const bracketed = BRACKETED_FIGURE.exec(joined);
  if (bracketed) return [figureFromBrackets(bracketed[1]!)];
  const firstMarker = lines.findIndex((line) => LIST_MARKER.test(line));
  if (firstMarker >= 0 && (firstMarker === 0 || endsAsSentence(lines[firstMarker - 1]!))) {
    return [...groupBlocks(lines.slice(0, firstMarker)), ...listItems(lines.slice(firstMarker))];
  }
  const last = lines.at(-1)!;
  if (lines.length >= 2 && readCredit(last) !== undefined) {
    return [...groupBlocks(lines.slice(0, -1)), { kind: 'paragraph', text: last }];
  }
  if (startsWithTitle(lines)) return [{ kind: 'heading', level: 2, text: lines[0]! }, ...groupBlocks(lines.slice(1))];
  if (lines.length === 0) return [];
  if (lines.length === 1 && isHeadingLike(joined) && readCredit(joined) === undefined) {
    return [{ kind: 'heading', level: 2, text: joined }];
  }
  return [{ kind: 'paragraph', text: joined }];
}

/**
 * The first group: its first line is the title; the lines under it up to the end of a sentence are the
 * dek, and each line after that is a line of its own (a date line, a desk's name).
 */
function topBlocks(lines: readonly string[]): Block[] {
  const [first, ...rest] = lines;
  if (first === undefined) return [];
  if (rest.length > 0 && !startsWithTitle(lines)) return [{ kind: 'paragraph', text: lines.join(' ') }];
  if (rest.length === 0 && endsAsSentence(first) && !isHeadingLike(first)) return [{ kind: 'paragraph', text: first }];
  const dekEnd = rest.findIndex(endsAsSentence);
  const dekLines = dekEnd < 0 ? rest : rest.slice(0, dekEnd + 1);
  const dek: Block[] = dekLines.length > 0 ? [{ kind: 'paragraph', text: dekLines.join(' '), role: 'dek' }] : [];
  const others: Block[] = rest.slice(dekLines.length).map((text) => ({ kind: 'paragraph', text }));
  return [{ kind: 'heading', level: 1, text: first }, ...dek, ...others];
}

/**
 * Plain text, as pasted or saved: groups of lines split by blank lines. Within a group, lines are one
 * paragraph joined by spaces, unless the group is a list, a short title over its text, or a caption over
 * its credit. The first group's first line is the title.
 */
export function readText(text: string): SourceReading {
  const groups = lineGroups(text.replace(/\r\n?/g, '\n'));
  const [first = [], ...rest] = groups;
  return { blocks: [...topBlocks(first), ...rest.flatMap(groupBlocks)], meta: {} };
}
