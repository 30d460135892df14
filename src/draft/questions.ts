import type { Entity, KeyFact, Paragraph, Question, TimelineEvent } from '../model/types.js';
import type { DraftContext } from './types.js';

/** What the quiz can be drafted from. */
export interface QuestionSources {
  readonly paragraphs: readonly Paragraph[];
  readonly entities: readonly Entity[];
  readonly keyFacts: readonly KeyFact[];
  readonly timeline: readonly TimelineEvent[];
}

/** Quiz candidates, each valid and each with evidence whose quote is in its paragraph. */
export function draftQuestions(_sources: QuestionSources, _context: DraftContext): Question[] {
  return [];
}
