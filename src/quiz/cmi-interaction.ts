import type { OpenQuestion, Question, QuestionType } from '../model/types.js';
import type { QuizAnswer } from './answers.js';

/**
 * What SCORM (1.2 and 2004 `cmi.interactions`) and xAPI (its `cmi.interaction` activities) share of a
 * question and an answer: the interaction type, and what a response says. Each spec writes the parts
 * in its own syntax (src/lms/interaction-response.ts, src/xapi/interaction.ts).
 */

/** The interaction type of each question type: the same names in SCORM 1.2, SCORM 2004 and xAPI. */
const INTERACTION_TYPES = {
  single: 'choice',
  multiple: 'choice',
  'true-false': 'true-false',
  'fill-blank': 'fill-in',
  order: 'sequencing',
  match: 'matching',
} as const satisfies Record<QuestionType, string>;

export type InteractionType = (typeof INTERACTION_TYPES)[QuestionType];

export const interactionType = (question: Question): InteractionType => INTERACTION_TYPES[question.type];

/** A choice or item a response names: its id, and its 0-based place in the question's list (-1 when not in it). */
export interface NamedItem {
  readonly id: string;
  readonly index: number;
}

/** A matched pair: the 0-based places of the left-hand text and of the right-hand text matched to it. */
export interface MatchedPair {
  readonly left: number;
  readonly right: number;
}

/**
 * What a response says, whatever the spec: the choices chosen or the items in the order given, a truth
 * value, the text typed, or the pairs matched (the left-hand texts matched to nothing left out).
 */
export type ResponseParts =
  | { readonly kind: 'items'; readonly items: readonly NamedItem[] }
  | { readonly kind: 'truth'; readonly value: boolean }
  | { readonly kind: 'text'; readonly text: string }
  | { readonly kind: 'pairs'; readonly pairs: readonly MatchedPair[] };

function named(list: readonly { readonly id: string }[], ids: readonly string[]): ResponseParts {
  return { kind: 'items', items: ids.map((id) => ({ id, index: list.findIndex((item) => item.id === id) })) };
}

/** The parts of an answer to `question`, given in the reader's shape (`AnswerByType`). */
export function responseParts(question: Question, answer: QuizAnswer): ResponseParts {
  switch (question.type) {
    case 'single':
      return named(question.choices, [answer as string]);
    case 'multiple':
      return named(question.choices, answer as string[]);
    case 'true-false':
      return { kind: 'truth', value: answer as boolean };
    case 'fill-blank':
      return { kind: 'text', text: answer as string };
    case 'order':
      return named(question.items, answer as string[]);
    case 'match': {
      const rights = question.pairs.map((pair) => pair.right);
      return {
        kind: 'pairs',
        pairs: (answer as string[]).flatMap((right, left) =>
          right === '' ? [] : [{ left, right: rights.indexOf(right) }],
        ),
      };
    }
  }
}

/** The right answer to an open question, in the shape a reader gives it. */
export function rightAnswerOf(question: OpenQuestion): QuizAnswer {
  switch (question.type) {
    case 'single':
    case 'true-false':
      return question.answer;
    case 'multiple':
      return question.answers;
    case 'fill-blank':
      return question.accept[0]!;
    case 'order':
      return question.items.map((item) => item.id);
    case 'match':
      return question.pairs.map((pair) => pair.right);
  }
}
