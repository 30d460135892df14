import type { Paragraph } from '../model/types.js';
import type { DraftContext } from './types.js';

/** A summary drafted from the lead, in the text's own words. */
export function draftSummary(paragraphs: readonly Paragraph[], _context: DraftContext): string {
  return paragraphs[0]?.text ?? '';
}
