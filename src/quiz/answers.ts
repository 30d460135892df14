import type { Question, QuestionType } from '../model/types.js';
import { foldText } from '../shared/fold-text.js';
import { verdictOf } from './sealed-verdicts.js';

/**
 * What a reader gives, per question type: `single` the chosen choice's id; `multiple` the chosen ids
 * in the model's choice order; `true-false` a boolean; `fill-blank` the text typed; `order` the item
 * ids in the order given; `match` the chosen right-hand text for each pair, in pair order (`''` where
 * none is chosen).
 */
export interface AnswerByType {
  single: string;
  multiple: string[];
  'true-false': boolean;
  'fill-blank': string;
  order: string[];
  match: string[];
}

/** A reader's answer to any question. */
export type QuizAnswer = AnswerByType[QuestionType];

const sameList = (a: readonly unknown[], b: readonly unknown[]) =>
  a.length === b.length && a.every((item, index) => item === b[index]);

const isStringList = (value: unknown): value is string[] =>
  Array.isArray(value) && value.every((item) => typeof item === 'string');

const choiceIds = (question: { readonly choices: readonly { readonly id: string }[] }) =>
  new Set(question.choices.map((choice) => choice.id));

/**
 * `value` as an answer to `question` when it could have been given on screen, else undefined: stored
 * progress is read back from storage a page does not control.
 */
export function asAnswer(question: Question, value: unknown): QuizAnswer | undefined {
  switch (question.type) {
    case 'single':
      return typeof value === 'string' && choiceIds(question).has(value) ? value : undefined;
    case 'fill-blank':
      return typeof value === 'string' ? value : undefined;
    case 'true-false':
      return typeof value === 'boolean' ? value : undefined;
    case 'multiple': {
      const ids = choiceIds(question);
      return isStringList(value) && new Set(value).size === value.length && value.every((id) => ids.has(id))
        ? value
        : undefined;
    }
    case 'order':
      return isStringList(value) && sameList([...value].sort(), question.items.map((item) => item.id).sort())
        ? value
        : undefined;
    case 'match': {
      const rights = new Set(['', ...question.pairs.map((pair) => pair.right)]);
      return isStringList(value) && value.length === question.pairs.length && value.every((right) => rights.has(right))
        ? value
        : undefined;
    }
  }
}

/** Whether the reader has given something to check. */
export function isAnswered(answer: QuizAnswer | undefined): answer is QuizAnswer {
  if (answer === undefined) return false;
  if (typeof answer === 'string') return answer.trim() !== '';
  if (Array.isArray(answer)) return answer.some((item) => item !== '');
  return true;
}

/** A sealed question's answer is right once `gradeAnswers` (sealed-verdicts.ts) has found it right. */
export function isCorrect(question: Question, answer: QuizAnswer | undefined): boolean {
  if (answer === undefined) return false;
  if (question.sealed) return verdictOf(question, answer)?.correct ?? false;
  switch (question.type) {
    case 'single':
    case 'true-false':
      return answer === question.answer;
    case 'multiple':
      return Array.isArray(answer) && sameList([...answer].sort(), [...question.answers].sort());
    case 'fill-blank':
      return typeof answer === 'string' && question.accept.some((accepted) => foldText(accepted) === foldText(answer));
    case 'order':
      return (
        Array.isArray(answer) &&
        sameList(
          answer,
          question.items.map((item) => item.id),
        )
      );
    case 'match':
      return (
        Array.isArray(answer) &&
        sameList(
          answer,
          question.pairs.map((pair) => pair.right),
        )
      );
  }
}
