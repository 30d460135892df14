import { BLANK } from '../../model/primitives.js';
import type { FormatWarning, OpenQuestionInput } from '../types.js';
import { holdsCharactersXmlCannot } from '../../shared/xml/escape-xml.js';
import { element, type XmlElement, type XmlNode } from '../../shared/xml/xml-node.js';
import { responseProcessing, type FeedbackShown, type Template } from './response-processing.js';
import { trueFalseWords } from './true-false-words.js';
import { writtenText } from './written-text.js';
import {
  EXPLANATION,
  FEEDBACK,
  MAP_RESPONSE,
  MATCH_CORRECT,
  MAX_SCORE,
  QTI_NAMESPACE,
  QTI_SCHEMA_LOCATION,
  RESPONSE,
  SCORE,
  XSI_NAMESPACE,
} from './qti-vocabulary.js';

type ChoiceInput = Extract<OpenQuestionInput, { type: 'single' }>['choices'][number];
type MatchInput = Extract<OpenQuestionInput, { type: 'match' }>;

/** The identifiers of a true/false item's two choices, which say what they are in any language. */
export const TRUE_ID = 'true';
export const FALSE_ID = 'false';

/** What one question becomes: the declaration of its response, its interaction, how it is graded. */
interface Interaction {
  readonly declaration: XmlElement;
  /** The item body's content: the interaction, with the prompt where it belongs. */
  readonly body: readonly XmlNode[];
  readonly template: Template;
  /** Whether the chosen choices' ids go into FEEDBACK: only a choice interaction's response is ids. */
  readonly choiceFeedback: boolean;
}

const values = (list: readonly string[]) => list.map((value) => element('qti-value', {}, [value]));

function declaration(cardinality: string, baseType: string, correct: readonly string[], mapping?: XmlElement) {
  return element('qti-response-declaration', { identifier: RESPONSE, cardinality, 'base-type': baseType }, [
    element('qti-correct-response', {}, values(correct)),
    ...(mapping ? [mapping] : []),
  ]);
}

function floatOutcome(identifier: string, value: string): XmlElement {
  return element('qti-outcome-declaration', { identifier, cardinality: 'single', 'base-type': 'float' }, [
    element('qti-default-value', {}, values([value])),
  ]);
}

const prompt = (text: string) => element('qti-prompt', {}, writtenText(text));

/** A choice's feedback shows inline, once the choice is chosen and the response processed. */
function simpleChoice(choice: ChoiceInput): XmlElement {
  const feedback = choice.feedback
    ? [
        element('qti-feedback-inline', { 'outcome-identifier': FEEDBACK, identifier: choice.id, 'show-hide': 'show' }, [
          ...writtenText(choice.feedback),
        ]),
      ]
    : [];
  return element('qti-simple-choice', { identifier: choice.id }, [...writtenText(choice.text), ...feedback]);
}

function choiceInteraction(
  question: OpenQuestionInput,
  choices: readonly ChoiceInput[],
  correct: readonly string[],
  maxChoices: number,
): Interaction {
  const cardinality = maxChoices === 1 ? 'single' : 'multiple';
  return {
    declaration: declaration(cardinality, 'identifier', correct),
    body: [
      element('qti-choice-interaction', { 'response-identifier': RESPONSE, 'max-choices': String(maxChoices) }, [
        prompt(question.prompt),
        ...choices.map(simpleChoice),
      ]),
    ],
    template: MATCH_CORRECT,
    choiceFeedback: choices.some((choice) => choice.feedback !== undefined),
  };
}

/** Any list but one item long, written from its second item on, so that the file's order is no answer. */
function rotated<T>(list: readonly T[]): T[] {
  return [...list.slice(1), ...list.slice(0, 1)];
}

/** The blank of the prompt becomes the text entry; accepted answers score 1, whatever their case. */
function textEntry(prompt: string, accept: readonly string[]): Interaction {
  const [before = '', ...after] = prompt.split(BLANK);
  const entry = element('qti-text-entry-interaction', {
    'response-identifier': RESPONSE,
    'expected-length': String(Math.max(...accept.map((answer) => answer.length))),
  });
  const mapping = element(
    'qti-mapping',
    { 'default-value': '0', 'upper-bound': '1' },
    accept.map((answer) =>
      element('qti-map-entry', { 'map-key': answer, 'mapped-value': '1', 'case-sensitive': 'false' }),
    ),
  );
  return {
    declaration: declaration('single', 'string', accept.slice(0, 1), mapping),
    body: [element('p', {}, [...writtenText(before), entry, ...writtenText(after.join(BLANK))])],
    template: MAP_RESPONSE,
    choiceFeedback: false,
  };
}

/**
 * Left texts as the source set, right texts as the target set; a right text that several lefts share
 * is one choice matched as many times, so that either copy is not a trap.
 */
function matchInteraction(question: MatchInput): Interaction {
  const rights = [...new Set(question.pairs.map((pair) => pair.right))];
  const rightId = (text: string) => `right-${rights.indexOf(text) + 1}`;
  const uses = (text: string) => question.pairs.filter((pair) => pair.right === text).length;
  const left = question.pairs.map((pair, index) =>
    element(
      'qti-simple-associable-choice',
      { identifier: `left-${index + 1}`, 'match-max': '1' },
      writtenText(pair.left),
    ),
  );
  const right = rotated(rights).map((text) =>
    element(
      'qti-simple-associable-choice',
      { identifier: rightId(text), 'match-max': String(uses(text)) },
      writtenText(text),
    ),
  );
  const correct = question.pairs.map((pair, index) => `left-${index + 1} ${rightId(pair.right)}`);
  return {
    declaration: declaration('multiple', 'directedPair', correct),
    body: [
      element(
        'qti-match-interaction',
        { 'response-identifier': RESPONSE, 'max-associations': String(question.pairs.length), shuffle: 'true' },
        [
          prompt(question.prompt),
          element('qti-simple-match-set', {}, left),
          element('qti-simple-match-set', {}, right),
        ],
      ),
    ],
    template: MATCH_CORRECT,
    choiceFeedback: false,
  };
}

function interactionOf(question: OpenQuestionInput, lang: string): Interaction {
  switch (question.type) {
    case 'single':
      return choiceInteraction(question, question.choices, [question.answer], 1);
    case 'multiple':
      return choiceInteraction(question, question.choices, question.answers, question.choices.length);
    case 'true-false': {
      const words = trueFalseWords(lang);
      const choices = [
        { id: TRUE_ID, text: words.true },
        { id: FALSE_ID, text: words.false },
      ];
      return choiceInteraction(question, choices, [question.answer ? TRUE_ID : FALSE_ID], 1);
    }
    case 'fill-blank':
      return textEntry(question.prompt, question.accept);
    case 'order':
      return {
        declaration: declaration(
          'ordered',
          'identifier',
          question.items.map((item) => item.id),
        ),
        body: [
          element('qti-order-interaction', { 'response-identifier': RESPONSE, shuffle: 'true' }, [
            prompt(question.prompt),
            ...rotated(question.items).map(simpleChoice),
          ]),
        ],
        template: MATCH_CORRECT,
        choiceFeedback: false,
      };
    case 'match':
      return matchInteraction(question);
  }
}

/** The explanation shows once the item is answered and its response processed, right or wrong. */
function explanationFeedback(explanation: string): XmlElement {
  return element(
    'qti-modal-feedback',
    { 'outcome-identifier': FEEDBACK, identifier: EXPLANATION, 'show-hide': 'show' },
    [element('qti-content-body', {}, [element('p', {}, writtenText(explanation))])],
  );
}

/** Every text of a question that goes into its item. */
function textsOf(question: OpenQuestionInput): string[] {
  const own = [question.prompt, question.explanation ?? ''];
  switch (question.type) {
    case 'single':
    case 'multiple':
      return [...own, ...question.choices.flatMap((choice) => [choice.text, choice.feedback ?? ''])];
    case 'order':
      return [...own, ...question.items.flatMap((item) => [item.text, item.feedback ?? ''])];
    case 'match':
      return [...own, ...question.pairs.flatMap((pair) => [pair.left, pair.right])];
    case 'fill-blank':
      return [...own, ...question.accept];
    case 'true-false':
      return own;
  }
}

function warningsFor(question: OpenQuestionInput): FormatWarning[] {
  const warnings: FormatWarning[] = [];
  if (question.evidence && question.evidence.length > 0)
    warnings.push({ question: question.id, message: 'QTI has no place for evidence: it is left out' });
  if (textsOf(question).some(holdsCharactersXmlCannot))
    warnings.push({
      question: question.id,
      message: 'a text holds control characters that XML cannot hold: each is written as U+FFFD',
    });
  return warnings;
}

/** An item's title, which item banks list: the prompt's first line, cut short. */
function titleOf(prompt: string): string {
  const [line = prompt] = prompt.split(/\r\n|\r|\n/);
  return line.length > 100 ? `${line.slice(0, 99)}…` : line;
}

/** One QTI 3 assessment item for one question, scored 0 or 1, and what it could not carry. */
export function writeItem(question: OpenQuestionInput, lang: string): { item: XmlElement; warnings: FormatWarning[] } {
  const interaction = interactionOf(question, lang);
  const shown: FeedbackShown = {
    choices: interaction.choiceFeedback,
    explanation: question.explanation !== undefined,
  };
  const feedbackOutcome =
    shown.choices || shown.explanation
      ? [
          element('qti-outcome-declaration', {
            identifier: FEEDBACK,
            cardinality: 'multiple',
            'base-type': 'identifier',
          }),
        ]
      : [];
  const item = element(
    'qti-assessment-item',
    {
      xmlns: QTI_NAMESPACE,
      'xmlns:xsi': XSI_NAMESPACE,
      'xsi:schemaLocation': QTI_SCHEMA_LOCATION,
      identifier: question.id,
      title: titleOf(question.prompt),
      adaptive: 'false',
      'time-dependent': 'false',
      'xml:lang': lang,
    },
    [
      interaction.declaration,
      floatOutcome(SCORE, '0'),
      floatOutcome(MAX_SCORE, '1'),
      ...feedbackOutcome,
      element('qti-item-body', {}, interaction.body),
      responseProcessing(interaction.template, shown),
      ...(question.explanation === undefined ? [] : [explanationFeedback(question.explanation)]),
    ],
  );
  return { item, warnings: warningsFor(question) };
}
