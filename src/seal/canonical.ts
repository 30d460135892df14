import type { OpenQuestion, QuestionType } from '../model/types.js';
import type { QuizAnswer } from '../quiz/answers.js';
import { foldText } from '../shared/fold-text.js';

/**
 * An answer as it is hashed: the form in which every answer the quiz grades right is one and the same
 * text. Multiple choices are sorted (the reader's order does not matter), fill-in text folded as the open
 * quiz compares it (case, accents, spacing); orders and matches stay sequences.
 */
export function canonicalAnswer(type: QuestionType, answer: QuizAnswer): string {
  switch (type) {
    case 'multiple':
      return JSON.stringify([...(answer as string[])].sort());
    case 'fill-blank':
      return JSON.stringify(foldText(answer as string));
    default:
      return JSON.stringify(answer);
  }
}

/**
 * Every answer that an open question grades right, one per canonical form: a fill-in question's forms
 * that fold alike count once.
 */
export function rightAnswersOf(question: OpenQuestion): QuizAnswer[] {
  switch (question.type) {
    case 'single':
    case 'true-false':
      return [question.answer];
    case 'multiple':
      return [question.answers];
    case 'fill-blank': {
      const byForm = new Map(question.accept.map((form) => [canonicalAnswer('fill-blank', form), form]));
      return [...byForm.values()];
    }
    case 'order':
      return [question.items.map((item) => item.id)];
    case 'match':
      return [question.pairs.map((pair) => pair.right)];
  }
}
