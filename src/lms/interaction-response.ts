import type { Question } from '../model/types.js';
import type { QuizAnswer } from '../quiz/answers.js';
import { responseParts, type ResponseParts } from '../quiz/cmi-interaction.js';
import type { ScormDialect } from './scorm-dialect.js';

// What a SCORM report needs of an interaction besides its responses, shared with xAPI.
export { interactionType, rightAnswerOf } from '../quiz/cmi-interaction.js';

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

/** A matched pair, the left-hand item at `left` given the right-hand text of the pair at `right`. */
function pairOf(dialect: ScormDialect, left: number, right: number): string | undefined {
  const source = identifier(dialect, left);
  const target = identifier(dialect, right);
  return source !== undefined && target !== undefined ? `${source}${dialect.pairSeparator}${target}` : undefined;
}

/** The parts of a response in the dialect's syntax, or undefined when an identifier cannot be written. */
function written(dialect: ScormDialect, parts: ResponseParts): string | undefined {
  switch (parts.kind) {
    case 'items':
      return list(
        dialect,
        parts.items.map(({ id, index }) => (index < 0 ? undefined : identifier(dialect, index, id))),
      );
    case 'truth':
      return dialect.version === '1.2' ? (parts.value ? 't' : 'f') : String(parts.value);
    case 'text':
      return parts.text;
    case 'pairs':
      return list(
        dialect,
        parts.pairs.map(({ left, right }) => pairOf(dialect, left, right)),
      );
  }
}

/**
 * An answer to `question` as the dialect writes a response of its interaction type (the learner's
 * response, or the correct-response pattern), or undefined when it cannot be written within the limits.
 */
export function responseOf(dialect: ScormDialect, question: Question, given: QuizAnswer): string | undefined {
  const response = written(dialect, responseParts(question, given));
  return response !== undefined && response.length <= dialect.responseLimit ? response : undefined;
}
