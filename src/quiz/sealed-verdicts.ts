import type { Question, Seal, SealedQuestion } from '../model/types.js';
import type { QuizAnswer } from './answers.js';

/** How an answer to a sealed question went, once its hash is checked. */
export interface Verdict {
  readonly correct: boolean;
  /**
   * The question as far as the answer opened it: as before sealing when the right answer is known (a right
   * answer, or any answer to a true-false question), else sealed with the chosen choices' feedback.
   */
  readonly opened: Question;
}

/**
 * The verdicts found so far, per question and answer. Grading is asynchronous (hashing) and lazily loaded;
 * the quiz waits for it before a step that shows a verdict, so every synchronous reader finds it here.
 */
const verdicts = new WeakMap<Question, Map<string, Verdict>>();

export function verdictOf(question: Question, answer: QuizAnswer): Verdict | undefined {
  return verdicts.get(question)?.get(JSON.stringify(answer));
}

/** The question as the reader's answer shows it: an open question is shown as it is. */
export function openedBy(question: Question, answer: QuizAnswer | undefined): Question {
  return (answer !== undefined && verdictOf(question, answer)?.opened) || question;
}

/**
 * Grades the given answers to sealed questions that have no verdict yet. Returns undefined when there is
 * none (an open quiz never waits), else a promise settled once each has its verdict.
 */
export function gradeAnswers(
  seal: Seal | undefined,
  answers: readonly (readonly [Question, QuizAnswer | undefined])[],
): Promise<void> | undefined {
  const ungraded = answers.filter(
    (entry): entry is [SealedQuestion, QuizAnswer] =>
      entry[0].sealed !== undefined && entry[1] !== undefined && !verdictOf(entry[0], entry[1]),
  );
  if (!seal || !ungraded.length) return undefined;
  return import('../seal/grade-sealed.js').then(async ({ gradeSealed }) => {
    for (const [question, answer] of ungraded) {
      const verdict = await gradeSealed(seal, question, answer);
      const byAnswer = verdicts.get(question) ?? new Map<string, Verdict>();
      verdicts.set(question, byAnswer.set(JSON.stringify(answer), verdict));
    }
  });
}
