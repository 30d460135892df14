import type { OpenQuestion, Question } from '../model/types.js';
import type { QuizAnswer } from '../quiz/answers.js';
import { interactionType, responseParts, rightAnswerOf } from '../quiz/cmi-interaction.js';
import type { ActivityDefinition, InteractionComponent } from './statement-types.js';

/** The activity type of every question (xAPI 1.0.3, 2.4.4.1). */
export const INTERACTION_TYPE = 'http://adlnet.gov/expapi/activities/cmi.interaction';

/** Delimits the items of a response; `[.]` joins the two sides of a matching pair. */
const ITEMS = '[,]';
const PAIR = '[.]';

const component = (id: string, text: string, lang: string): InteractionComponent => ({
  id,
  description: { [lang]: text },
});

/**
 * The sides of a match have no ids in the model, only texts, unique on each side: their components are
 * numbered by the pair they come from, `left-1` and `right-1` for the first pair.
 */
const leftId = (index: number) => `left-${index + 1}`;
const rightId = (index: number) => `right-${index + 1}`;

/** Typed text never holds the item delimiter, which would read as two responses of one blank. */
const asResponseText = (text: string) => text.trim().replaceAll(ITEMS, ',');

/**
 * What the interaction is (xAPI 1.0.3, 2.4.4.1): its type, the right responses, and the components the
 * type lists. `lang` tags every text. A fill-in lists each accepted answer as one pattern; the case of
 * a fill-in does not matter, which is the spec's default, as Glossa's grading ignores it too.
 */
export function interactionDefinition(question: Question, lang: string): ActivityDefinition {
  const text = { [lang]: question.prompt };
  const base = {
    type: INTERACTION_TYPE,
    name: text,
    description: text,
    // A sealed question's page does not hold its right answers, so its statements cannot say them.
    ...(question.sealed === undefined ? { correctResponsesPattern: rightResponses(question) } : {}),
    interactionType: interactionType(question),
  };
  switch (question.type) {
    case 'single':
    case 'multiple':
      return { ...base, choices: question.choices.map((choice) => component(choice.id, choice.text, lang)) };
    case 'true-false':
    case 'fill-blank':
      return base;
    case 'order':
      return { ...base, choices: question.items.map((item) => component(item.id, item.text, lang)) };
    case 'match':
      return {
        ...base,
        source: question.pairs.map((pair, index) => component(leftId(index), pair.left, lang)),
        target: question.pairs.map((pair, index) => component(rightId(index), pair.right, lang)),
      };
  }
}

/** The responses that are right: each accepted form of a fill-in, the one right answer of any other type. */
function rightResponses(question: OpenQuestion): string[] {
  return question.type === 'fill-blank'
    ? question.accept.map(asResponseText)
    : [interactionResponse(question, rightAnswerOf(question))];
}

/**
 * The reader's answer in the format of the question's interaction type (xAPI 1.0.3, 2.4.4.1, "Response
 * Patterns"): the ids chosen or in the order given, `true`/`false`, the text typed, or each matched
 * pair `left-n[.]right-m`, leaving out the left-hand items the reader matched to nothing.
 */
export function interactionResponse(question: Question, answer: QuizAnswer): string {
  const parts = responseParts(question, answer);
  switch (parts.kind) {
    case 'items':
      return parts.items.map((item) => item.id).join(ITEMS);
    case 'truth':
      return String(parts.value);
    case 'text':
      return asResponseText(parts.text);
    case 'pairs':
      return parts.pairs.map(({ left, right }) => leftId(left) + PAIR + rightId(right)).join(ITEMS);
  }
}
