import type { OpenQuestion, Question } from '../model/types.js';
import type { QuizAnswer } from '../quiz/answers.js';
import type { ScormDialect } from './scorm-dialect.js';

/** The SCORM interaction type of each question type: the same names in 1.2 and 2004. */
const INTERACTION_TYPES = {
  single: 'choice',
  multiple: 'choice',
  'true-false': 'true-false',
  'fill-blank': 'fill-in',
  order: 'sequencing',
  match: 'matching',
} as const;

export const interactionType = (question: Question): string => INTERACTION_TYPES[question.type];

const LETTERS = 'abcdefghijklmnopqrstuvwxyz';

/**
 * The identifier of the item at `index` of a question's list: SCORM 1.2 allows one character (a to z,
 * so 26 items at most), 2004 any short identifier, so there the model's id, or the 1-based position
 * where the item has none (the two sides of a matching question).
 */
function identifier(dialect: ScormDialect, index: number, id?: string): string | undefined {
  if (dialect.version === '1.2') return LETTERS[index];
  return id ?? String(index + 1);
}

/** Identifiers joined as the dialect lists them, or undefined when one cannot be written. */
function list(dialect: ScormDialect, identifiers: readonly (string | undefined)[]): string | undefined {
  return identifiers.every((item) => item !== undefined) ? identifiers.join(dialect.listSeparator) : undefined;
}

function ofItems(dialect: ScormDialect, items: readonly { readonly id: string }[], ids: readonly string[]) {
  return list(
    dialect,
    ids.map((id) => {
      const index = items.findIndex((item) => item.id === id);
      return index < 0 ? undefined : identifier(dialect, index, id);
    }),
  );
}

/** A matched pair, the left-hand item at `left` given the right-hand text of the pair at `right`. */
function pairOf(dialect: ScormDialect, left: number, right: number): string | undefined {
  const source = identifier(dialect, left);
  const target = identifier(dialect, right);
  return source !== undefined && target !== undefined ? `${source}${dialect.pairSeparator}${target}` : undefined;
}

/**
 * An answer to `question` as the dialect writes a response of its interaction type (the learner's
 * response, or the correct-response pattern), or undefined when it cannot be written within the limits.
 */
export function responseOf(dialect: ScormDialect, question: Question, given: QuizAnswer): string | undefined {
  let response: string | undefined;
  switch (question.type) {
    case 'single':
    case 'multiple':
      response = ofItems(dialect, question.choices, typeof given === 'string' ? [given] : (given as string[]));
      break;
    case 'true-false':
      response = dialect.version === '1.2' ? (given ? 't' : 'f') : String(given);
      break;
    case 'fill-blank':
      response = given as string;
      break;
    case 'order':
      response = ofItems(dialect, question.items, given as string[]);
      break;
    case 'match': {
      const rights = question.pairs.map((pair) => pair.right);
      const pairs = (given as string[]).flatMap((right, left) =>
        right === '' ? [] : [pairOf(dialect, left, rights.indexOf(right))],
      );
      response = list(dialect, pairs);
      break;
    }
  }
  return response !== undefined && response.length <= dialect.responseLimit ? response : undefined;
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
