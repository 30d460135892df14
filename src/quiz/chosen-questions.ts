import type { Question, Quiz } from '../model/types.js';
import { listAttribute } from '../shared/list-attribute.js';

/** The questions a `questions="q1,q4"` attribute asks for, in its order, and the ids the quiz lacks. */
export function chosenQuestions(
  quiz: Quiz,
  wanted: string | undefined,
): { readonly chosen: readonly Question[]; readonly unknown: readonly string[] } {
  const ids = listAttribute(wanted);
  if (!ids.length) return { chosen: quiz.questions, unknown: [] };
  const byId = new Map(quiz.questions.map((question) => [question.id, question]));
  return {
    chosen: [...new Set(ids)].flatMap((id) => byId.get(id) ?? []),
    unknown: ids.filter((id) => !byId.has(id)),
  };
}
