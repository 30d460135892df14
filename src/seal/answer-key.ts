import * as v from 'valibot';
import { QuestionSchema } from '../model/schema.js';
import type { OpenQuestion, Quiz } from '../model/types.js';

/**
 * The key file `glossa seal --key` writes for the teacher: the quiz's questions as they were before
 * sealing, under the salt of the sealed article they open.
 */
export interface AnswerKey {
  readonly glossaAnswerKey: 1;
  /** The id of the sealed article. */
  readonly article: string;
  readonly salt: string;
  readonly questions: readonly OpenQuestion[];
}

const AnswerKeySchema = v.object({
  glossaAnswerKey: v.literal(1),
  article: v.string(),
  salt: v.string(),
  questions: v.array(QuestionSchema),
});

/** `input` (the parsed key file) as an answer key, or a sentence saying why it is not one. */
export function parseAnswerKey(input: unknown): AnswerKey | string {
  const result = v.safeParse(AnswerKeySchema, input);
  if (!result.success) return 'is not an answer key written by glossa seal';
  if (result.output.questions.some((question) => question.sealed)) return 'holds sealed questions';
  return result.output as AnswerKey;
}

/**
 * The quiz with each sealed question replaced by the key's question of the same id: the quiz as it was
 * before sealing. A key for another sealing (another salt) is refused, as is one lacking a question.
 */
export function openWithKey(quiz: Quiz, key: AnswerKey): Quiz | string {
  if (key.salt !== quiz.seal?.salt) return 'is the key of another sealing (its salt differs)';
  const byId = new Map(key.questions.map((question) => [question.id, question]));
  const missing = quiz.questions.filter((question) => question.sealed && byId.get(question.id)?.type !== question.type);
  if (missing.length) return `has no answer for ${missing.map((question) => question.id).join(', ')}`;
  const { seal: _seal, ...open } = quiz;
  return {
    ...open,
    questions: quiz.questions.map((question) => (question.sealed ? byId.get(question.id)! : question)),
  };
}
