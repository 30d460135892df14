import type { Entity, Figure, Paragraph } from '../../model/types.js';
import type { DraftContext } from '../types.js';

/** People, organizations, places and defined terms the text names, each with every mention as evidence. */
export function draftEntities(
  _paragraphs: readonly Paragraph[],
  _figures: readonly Figure[],
  _context: DraftContext,
): Promise<Entity[]> {
  return Promise.resolve([]);
}
