import type { KeyFact, Paragraph } from '../model/types.js';
import type { DraftContext } from './types.js';

/** Numbers the text gives with what they count ("nearly 10,000 people arrested"). */
export function draftKeyFacts(_paragraphs: readonly Paragraph[], _context: DraftContext): KeyFact[] {
  return [];
}
