import type { Question } from '../../model/types.js';

/** A question before its id. */
export type QuestionDraft = Question extends infer Each ? (Each extends Question ? Omit<Each, 'id'> : never) : never;

/** A drafted question, with the sentences it asks about: no other question may ask about them and give it away. */
export interface Candidate {
  readonly question: QuestionDraft;
  readonly asks: readonly string[];
}
