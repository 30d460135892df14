import type { Figure, Paragraph, TimelineEvent } from '../model/types.js';
import type { DraftContext } from './types.js';

/** Dated and relatively dated events, resolved against the article's date when there is one. */
export function draftTimeline(
  _paragraphs: readonly Paragraph[],
  _figures: readonly Figure[],
  _context: DraftContext,
): Promise<TimelineEvent[]> {
  return Promise.resolve([]);
}
