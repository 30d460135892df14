import type { Paragraph } from '../model/types.js';
import { splitSentences } from './sentences.js';
import type { DraftContext } from './types.js';

/** A summary is read at a glance: a second lead sentence is added only while the whole stays within this. */
const MOST_WORDS = 60;

/**
 * A dateline before the lead: a place, maybe a region, agency or date, in capitalised words or digits,
 * then a dash ("Moscow – ", "Kourou (Guyane) – ", "PARIS, Jan. 5 (Reuters) — "). Lowercase words make it
 * a clause instead ("The troops – mostly Russian – left").
 */
const DATELINE = /^(?:[\p{Lu}\d(][\p{L}\p{N}.’'()-]*,?\s+){0,5}?[\p{Lu}\d(][\p{L}\p{N}.’'()-]*,?\s+[–—-]{1,2}\s+/u;

/** An editor's note, correction or update at the top: about the article, not what it reports. */
const NOTE =
  /^(?:editor[’']s note|note|correction|update|updated|mise à jour|note de la rédaction|rectificatif|anmerkung der redaktion|korrektur|nota(?: del editor)?|aclaración|примечание(?: редакции)?)\s*:/iu;

const wordCount = (text: string) => text.split(/\s+/u).filter((word) => word !== '').length;

function cut(text: string): string {
  const words = text.split(/\s+/u);
  return words.length <= MOST_WORDS
    ? text
    : `${words
        .slice(0, MOST_WORDS)
        .join(' ')
        .replace(/[,;:]$/u, '')}…`;
}

/**
 * A summary drafted from the lead, in the text's own words: its first sentence, and the second while the
 * two stay within MOST_WORDS words, without the dateline before them; a note about the article is no lead.
 */
export function draftSummary(paragraphs: readonly Paragraph[], context: DraftContext): string {
  const lead = paragraphs.find((paragraph) => !NOTE.test(paragraph.text.trim())) ?? paragraphs[0];
  if (!lead) return '';
  const text = lead.text.trim().replace(DATELINE, '');
  const [first, second] = splitSentences(text, context.lang).map((sentence) => sentence.text);
  if (first === undefined) return '';
  return second !== undefined && wordCount(first) + wordCount(second) <= MOST_WORDS ? `${first} ${second}` : cut(first);
}
