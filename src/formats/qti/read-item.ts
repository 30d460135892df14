import { BLANK } from '../../model/primitives.js';
import type { FormatWarning } from '../types.js';
import { bodyText } from './body-text.js';
import { withGlossaIds } from './glossa-ids.js';
import { faultAt } from './located-error.js';
import { QTI_NAMESPACE } from './qti-vocabulary.js';
import { trueFalseWords } from './true-false-words.js';
import { FALSE_ID, TRUE_ID } from './write-item.js';
import type { QuestionInput } from '../types.js';
import { childElements, rawText, type XmlElement, type XmlNode } from '../../shared/xml/xml-node.js';

const READ_INTERACTIONS = [
  'qti-choice-interaction',
  'qti-text-entry-interaction',
  'qti-order-interaction',
  'qti-match-interaction',
];
const CHOICES = new Set(['qti-simple-choice', 'qti-simple-associable-choice']);
const FEEDBACK = new Set(['qti-feedback-inline', 'qti-feedback-block']);
/** Item body content that is not the prompt: the interaction's choices, feedback, notes for scorers. */
const NOT_PROMPT = new Set([...CHOICES, ...FEEDBACK, 'qti-simple-match-set', 'qti-rubric-block']);

export interface ReadItem {
  readonly question: QuestionInput;
  readonly warnings: readonly FormatWarning[];
}

/** Where an item comes from: its file in a package (for errors), the id it gets, the test's language. */
export interface ItemSource {
  readonly file: string | undefined;
  readonly id: string;
  readonly lang: string | undefined;
}

/** A choice as the file has it: its identifier there, its text, and the feedback shown with it. */
interface FileChoice {
  readonly identifier: string;
  readonly text: string;
  readonly feedback: string[];
}

/** A question but for what every type has: what each interaction gives. */
type QuestionBody = QuestionInput extends infer Question
  ? Question extends QuestionInput
    ? Omit<Question, 'id' | 'prompt' | 'explanation' | 'evidence'>
    : never
  : never;

/** The elements below `parent` named in `names`, not looking into them, nor into `skip`. */
function findAll(parent: XmlElement, names: (name: string) => boolean, skip = new Set<string>()): XmlElement[] {
  return childElements(parent).flatMap((child) => {
    if (names(child.name)) return [child];
    return skip.has(child.name) ? [] : findAll(child, names, skip);
  });
}

function correctValues(declaration: XmlElement): string[] {
  return childElements(declaration, 'qti-correct-response')
    .flatMap((correct) => childElements(correct, 'qti-value'))
    .map((value) => rawText(value).trim());
}

/** The mapping's keys that score, best first: a file may say what is right by them alone. */
function scoringKeys(declaration: XmlElement): string[] {
  return childElements(declaration, 'qti-mapping')
    .flatMap((mapping) => childElements(mapping, 'qti-map-entry'))
    .map((entry) => ({ key: entry.attributes['map-key'] ?? '', value: Number(entry.attributes['mapped-value']) }))
    .filter((entry) => entry.key !== '' && entry.value > 0)
    .sort((a, b) => b.value - a.value)
    .map((entry) => entry.key);
}

/** Whether a choice says True or False: by its identifier, or its words in the item's language or English. */
function truthOf(choice: FileChoice, lang: string): boolean | undefined {
  const fold = (text: string) => text.trim().toLocaleLowerCase(lang);
  const words = [trueFalseWords(lang), trueFalseWords('en')];
  const says = (truth: boolean) =>
    fold(choice.identifier) === (truth ? TRUE_ID : FALSE_ID) ||
    words.some((word) => fold(truth ? word.true : word.false) === fold(choice.text));
  if (says(true)) return true;
  if (says(false)) return false;
  return undefined;
}

/** Two choices without feedback of their own, one True and one False: a true/false question. */
function isTrueFalse(choices: readonly FileChoice[], lang: string): boolean {
  const truths = choices.map((choice) => truthOf(choice, lang));
  return (
    choices.length === 2 &&
    choices.every((choice) => choice.feedback.length === 0) &&
    truths.includes(true) &&
    truths.includes(false)
  );
}

class ItemReader {
  readonly warnings: FormatWarning[] = [];
  readonly lang: string;

  constructor(
    readonly item: XmlElement,
    readonly source: ItemSource,
  ) {
    this.lang = item.attributes['xml:lang'] ?? source.lang ?? 'en';
  }

  fault(node: XmlElement, message: string): Error {
    const name = this.item.attributes['identifier'] ?? this.source.id;
    return faultAt(this.source.file, node, `item "${name}": ${message}`);
  }

  warn(message: string): void {
    this.warnings.push({ question: this.source.id, message });
  }

  text(nodes: readonly XmlNode[], replace?: (node: XmlElement) => string | undefined): string {
    const { text, dropped } = bodyText(nodes, replace);
    if (dropped.length > 0) this.warn(`${[...new Set(dropped)].join(', ')} in the item cannot become text: left out`);
    return text;
  }

  /** The only interaction of the body: a Glossa question has one. */
  interaction(body: XmlElement): XmlElement {
    const [first, second] = findAll(body, (name) => name.endsWith('-interaction'));
    if (!first) throw this.fault(body, 'the item body holds no interaction');
    if (second) throw this.fault(second, `a second interaction (${second.name}); a Glossa question has one`);
    if (!READ_INTERACTIONS.includes(first.name))
      throw this.fault(
        first,
        `${first.name} is not an interaction Glossa reads (it reads ${READ_INTERACTIONS.join(', ')})`,
      );
    return first;
  }

  declaration(interaction: XmlElement): XmlElement {
    const identifier = interaction.attributes['response-identifier'];
    if (identifier === undefined) throw this.fault(interaction, `${interaction.name} has no response-identifier`);
    const found = childElements(this.item, 'qti-response-declaration').find(
      (declaration) => declaration.attributes['identifier'] === identifier,
    );
    if (!found) throw this.fault(interaction, `the response "${identifier}" has no qti-response-declaration`);
    return found;
  }

  /** What the file counts right: the correct response, or else the mapping's scoring keys. */
  correct(declaration: XmlElement, interaction: XmlElement): string[] {
    const values = correctValues(declaration);
    const keys = scoringKeys(declaration);
    if (values.length === 0 && keys.length === 0)
      throw this.fault(declaration, 'the response declares no qti-correct-response, and no qti-mapping that scores');
    if (keys.length > 0 && interaction.name !== 'qti-text-entry-interaction')
      this.warn('a qti-mapping scores it; Glossa scores it right or wrong by its correct response');
    return values.length > 0 ? values : keys;
  }

  choices(parent: XmlElement, name: string): FileChoice[] {
    return childElements(parent, name).map((choice) => {
      const identifier = choice.attributes['identifier'];
      if (identifier === undefined) throw this.fault(choice, `${name} has no identifier`);
      const feedback = findAll(choice, (child) => FEEDBACK.has(child)).map((element) => this.text(element.children));
      const text = this.text(choice.children, (node) => (FEEDBACK.has(node.name) ? '' : undefined));
      return { identifier, text, feedback };
    });
  }

  /** The one of `choices` that `identifier` names, or a fault at `at`, the declaration that names it. */
  choice<T extends FileChoice>(choices: readonly T[], identifier: string, at: XmlElement): T {
    const found = choices.find((choice) => choice.identifier === identifier);
    if (!found) throw this.fault(at, `the correct response names "${identifier}", which is not one of the choices`);
    return found;
  }
}

/** A choice of the model, from a choice of the file with its Glossa id. */
function modelChoice(choice: FileChoice & { readonly id: string }) {
  const feedback = choice.feedback.length > 0 ? { feedback: choice.feedback.join('\n\n') } : {};
  return { id: choice.id, text: choice.text, ...feedback };
}

/** The feedback of an item that is not inside a choice, each with the identifier that shows it. */
class Feedbacks {
  #entries: readonly { readonly identifier: string; readonly text: string }[];

  constructor(entries: readonly { readonly identifier: string; readonly text: string }[]) {
    this.#entries = entries;
  }

  /** The texts shown for `identifier`, a choice's: they become that choice's feedback. */
  take(identifier: string): string[] {
    const taken = this.#entries.filter((entry) => entry.identifier === identifier);
    this.#entries = this.#entries.filter((entry) => entry.identifier !== identifier);
    return taken.map((entry) => entry.text);
  }

  rest(): readonly { readonly identifier: string; readonly text: string }[] {
    return this.#entries;
  }
}

function choiceQuestion(
  reader: ItemReader,
  interaction: XmlElement,
  declaration: XmlElement,
  feedbacks: Feedbacks,
): QuestionBody {
  const read = reader.choices(interaction, 'qti-simple-choice').map((choice) => ({
    ...choice,
    feedback: [...choice.feedback, ...feedbacks.take(choice.identifier)],
  }));
  const choices = withGlossaIds(read, (choice) => choice.identifier, 'c');
  const correct = reader
    .correct(declaration, interaction)
    .map((identifier) => reader.choice(choices, identifier, declaration));
  const [first] = correct;
  if (!first) throw reader.fault(declaration, 'the correct response is empty');
  if (declaration.attributes['cardinality'] !== 'single')
    return {
      type: 'multiple',
      choices: choices.map(modelChoice),
      answers: [...new Set(correct.map((choice) => choice.id))],
    };
  if (isTrueFalse(choices, reader.lang)) return { type: 'true-false', answer: truthOf(first, reader.lang) === true };
  return { type: 'single', choices: choices.map(modelChoice), answer: first.id };
}

function orderQuestion(reader: ItemReader, interaction: XmlElement, declaration: XmlElement): QuestionBody {
  const choices = withGlossaIds(reader.choices(interaction, 'qti-simple-choice'), (choice) => choice.identifier, 'c');
  const items = reader
    .correct(declaration, interaction)
    .map((identifier) => reader.choice(choices, identifier, declaration));
  if (new Set(items).size !== choices.length)
    throw reader.fault(declaration, 'the correct order must list every choice once');
  return { type: 'order', items: items.map(modelChoice) };
}

function textEntryQuestion(reader: ItemReader, interaction: XmlElement, declaration: XmlElement): QuestionBody {
  const keys = scoringKeys(declaration);
  const accept = [...new Set([...reader.correct(declaration, interaction), ...keys])].filter((answer) => answer !== '');
  return { type: 'fill-blank', accept };
}

/** Left choices matched to right ones by the correct response's pairs ("left right"). */
function matchQuestion(reader: ItemReader, interaction: XmlElement, declaration: XmlElement): QuestionBody {
  const sets = childElements(interaction, 'qti-simple-match-set');
  const [leftSet, rightSet] = sets;
  if (!leftSet || !rightSet || sets.length !== 2)
    throw reader.fault(interaction, `qti-match-interaction needs two qti-simple-match-set (it has ${sets.length})`);
  const lefts = reader.choices(leftSet, 'qti-simple-associable-choice');
  const rights = reader.choices(rightSet, 'qti-simple-associable-choice');
  const pairs = reader.correct(declaration, interaction).map((value) => {
    const [source = '', target = ''] = value.split(/\s+/);
    const forward = lefts.some((choice) => choice.identifier === source);
    const [leftId, rightId] = forward ? [source, target] : [target, source];
    return { left: reader.choice(lefts, leftId, declaration), right: reader.choice(rights, rightId, declaration) };
  });
  const kept = lefts.flatMap((left) => {
    const matches = pairs.filter((pair) => pair.left === left);
    const [match] = matches;
    if (!match) reader.warn(`"${left.text}" has no right-hand match: left out`);
    else if (matches.length > 1) reader.warn(`"${left.text}" has several matches; Glossa keeps the first`);
    return match ? [{ left: left.text, right: match.right.text }] : [];
  });
  for (const right of rights)
    if (!pairs.some((pair) => pair.right === right))
      reader.warn(`"${right.text}" matches nothing; Glossa matches have no distractors: left out`);
  for (const choice of [...lefts, ...rights])
    if (choice.feedback.length > 0)
      reader.warn(`"${choice.text}" has feedback, which a Glossa match cannot hold: left out`);
  return { type: 'match', pairs: kept };
}

function questionBody(
  reader: ItemReader,
  interaction: XmlElement,
  declaration: XmlElement,
  feedbacks: Feedbacks,
): QuestionBody {
  switch (interaction.name) {
    case 'qti-choice-interaction':
      return choiceQuestion(reader, interaction, declaration, feedbacks);
    case 'qti-order-interaction':
      return orderQuestion(reader, interaction, declaration);
    case 'qti-match-interaction':
      return matchQuestion(reader, interaction, declaration);
    default:
      return textEntryQuestion(reader, interaction, declaration);
  }
}

/** Modal feedback, and feedback blocks in the body outside the choices, with what shows each. */
function itemFeedbacks(reader: ItemReader, body: XmlElement): Feedbacks {
  const inBody = findAll(body, (name) => FEEDBACK.has(name), CHOICES);
  const modal = childElements(reader.item, 'qti-modal-feedback');
  return new Feedbacks(
    [...modal, ...inBody].map((feedback) => ({
      identifier: feedback.attributes['identifier'] ?? '',
      text: reader.text(feedback.children),
    })),
  );
}

/** The feedback no choice took, as the question's explanation: Glossa shows it after any answer. */
function explanationOf(reader: ItemReader, feedbacks: Feedbacks): { explanation?: string } {
  const rest = feedbacks.rest().filter((feedback) => feedback.text !== '');
  if (rest.length > 1)
    reader.warn(
      `its feedbacks (${rest.map((feedback) => feedback.identifier).join(', ')}) are joined into one explanation, which Glossa shows after any answer`,
    );
  return rest.length > 0 ? { explanation: rest.map((feedback) => feedback.text).join('\n\n') } : {};
}

/**
 * A Glossa question from a QTI 3 assessment item, and what of it Glossa cannot hold. Throws a
 * `FormatSyntaxError` where the item lacks what a question needs.
 */
export function readItem(item: XmlElement, source: ItemSource): ReadItem {
  const reader = new ItemReader(item, source);
  if (item.name !== 'qti-assessment-item' || item.namespace !== QTI_NAMESPACE)
    throw reader.fault(item, `expected a qti-assessment-item of QTI 3.0 (${QTI_NAMESPACE}), found ${item.name}`);
  const [body] = childElements(item, 'qti-item-body');
  if (!body) throw reader.fault(item, 'the item has no qti-item-body');
  const interaction = reader.interaction(body);
  const declaration = reader.declaration(interaction);
  const prompt = reader.text(body.children, (node) => {
    if (node === interaction && node.name === 'qti-text-entry-interaction') return BLANK;
    return NOT_PROMPT.has(node.name) ? '' : undefined;
  });
  const feedbacks = itemFeedbacks(reader, body);
  const question = {
    id: source.id,
    prompt,
    ...questionBody(reader, interaction, declaration, feedbacks),
    ...explanationOf(reader, feedbacks),
  } as QuestionInput;
  return { question, warnings: reader.warnings };
}
