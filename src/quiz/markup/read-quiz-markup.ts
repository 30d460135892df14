/**
 * The HTML a teacher writes for a quiz, read into the quiz object the JSON would hold. The tags are data,
 * never defined as custom elements, so a page without JavaScript still shows their text.
 */

import { letterId } from '../../shared/letter-id.js';
import { MARKUP_TAGS } from './markup-tags.js';

/** One question as read from the markup; its fields are what the JSON of that question would hold. */
export type QuestionMarkup = Record<string, unknown> & { readonly type?: string };

/** The quiz as read from the markup, in the shape of the JSON quiz, for `parseQuiz`. */
export interface QuizMarkup {
  readonly title?: string;
  /** A number when the attribute holds one; otherwise its text, for `parseQuiz` to refuse. */
  readonly passPercent?: number | string;
  readonly questions: readonly QuestionMarkup[];
}

const QUESTION = 'glossa-question';
const TITLE = 'glossa-quiz-title';
/** The parts that hold other parts. */
const CONTAINERS = `${QUESTION}, glossa-pair`;

/** The tags of the vocabulary: each holds its own text, which is not part of the text around it. */
const VOCABULARY = new Set<string>(MARKUP_TAGS);

/** Elements whose text a reader never sees. */
const UNSEEN = new Set(['script', 'style', 'template']);

type ListTag = 'glossa-choice' | 'glossa-item' | 'glossa-accept' | 'glossa-pair';

/** Each question type's list field and the tag of its entries; a type's own list is always read. */
const LISTS: readonly { field: string; tag: ListTag; types: readonly string[] }[] = [
  { field: 'choices', tag: 'glossa-choice', types: ['single', 'multiple'] },
  { field: 'items', tag: 'glossa-item', types: ['order'] },
  { field: 'accept', tag: 'glossa-accept', types: ['fill-blank'] },
  { field: 'pairs', tag: 'glossa-pair', types: ['match'] },
];

/** HTML's whitespace, folded as a browser folds it; a no-break space is kept, as the author meant it. */
function foldSpace(text: string): string {
  return text.replace(/[\t\n\f\r ]+/g, ' ').replace(/^ | $/g, '');
}

/** The text of `node` without the text of vocabulary parts inside it (such as a choice after an unclosed `<p>`). */
function ownText(node: Node): string {
  let text = '';
  for (const child of node.childNodes) {
    if (child.nodeType === Node.TEXT_NODE) text += child.nodeValue;
    else if (child instanceof Element && !VOCABULARY.has(child.localName) && !UNSEEN.has(child.localName)) {
      text += ownText(child);
    }
  }
  return text;
}

function textOf(element: Element): string {
  return foldSpace(ownText(element));
}

function attribute(element: Element, name: string): string | undefined {
  const value = element.getAttribute(name);
  return value === null ? undefined : foldSpace(value);
}

/** The closest vocabulary element around `element`. */
function enclosingPart(element: Element): Element | null {
  for (let parent = element.parentElement; parent; parent = parent.parentElement) {
    if (VOCABULARY.has(parent.localName)) return parent;
  }
  return null;
}

/**
 * The parts of `owner` (a question or a pair) matching `selector`, wherever they sit inside it: in a
 * list, a `<div>`, or inside the previous part when its closing tag was left out.
 */
function partsOf(owner: Element, selector: string): Element[] {
  return [...owner.querySelectorAll(selector)].filter((part) => part.parentElement?.closest(CONTAINERS) === owner);
}

/** The first `<glossa-prompt>` or `<p>` of the question itself, not a paragraph of its explanation. */
function promptOf(question: Element): Element | undefined {
  return partsOf(question, 'glossa-prompt, p').find((element) => enclosingPart(element) === question);
}

/** The object without its undefined fields, so it equals the JSON that leaves them out. */
function defined<T extends object>(fields: T): T {
  return Object.fromEntries(Object.entries(fields).filter(([, value]) => value !== undefined)) as T;
}

function readChoice(element: Element, index: number): Record<string, unknown> {
  return defined({
    id: attribute(element, 'name') ?? letterId(index),
    text: textOf(element),
    feedback: attribute(element, 'feedback'),
  });
}

function readPair(pair: Element): Record<string, unknown> {
  const side = (tag: string) => {
    const element = partsOf(pair, tag)[0];
    return element && textOf(element);
  };
  return defined({ left: side('glossa-left'), right: side('glossa-right') });
}

function readList(tag: ListTag, parts: readonly Element[]): unknown[] {
  switch (tag) {
    case 'glossa-choice':
    case 'glossa-item':
      return parts.map(readChoice);
    case 'glossa-accept':
      return parts.map(textOf);
    case 'glossa-pair':
      return parts.map(readPair);
  }
}

/** Which choices are right, as the JSON says it: one id for `single`, a list for `multiple`. */
function readAnswer(type: string | undefined, question: Element, choices: readonly Element[]): Record<string, unknown> {
  const correct = choices.flatMap((choice, index) =>
    choice.hasAttribute('correct') ? [attribute(choice, 'name') ?? letterId(index)] : [],
  );
  switch (type) {
    case 'single':
      // Several right choices stay a list, which the schema refuses for `answer`.
      return { answer: correct.length > 1 ? correct : correct[0] };
    case 'multiple':
      return { answers: correct };
    case 'true-false': {
      const answer = attribute(question, 'answer');
      const lower = answer?.toLowerCase();
      return { answer: lower === 'true' ? true : lower === 'false' ? false : answer };
    }
    default:
      return {};
  }
}

/** `evidence="p3 p5"` on the question first, then each `<glossa-evidence paragraph="p3">quote</glossa-evidence>`. */
function readEvidence(question: Element): unknown[] | undefined {
  const ids = attribute(question, 'evidence')?.split(' ').filter(Boolean) ?? [];
  const quoted = partsOf(question, 'glossa-evidence').map((element) =>
    defined({ paragraph: attribute(element, 'paragraph'), quote: textOf(element) || undefined }),
  );
  const evidence = [...ids, ...quoted];
  return evidence.length > 0 ? evidence : undefined;
}

function readQuestion(question: Element, index: number): QuestionMarkup {
  const type = attribute(question, 'type')?.toLowerCase();
  // Another type's list is passed on, so the schema names it as out of place rather than it vanishing.
  const lists = LISTS.flatMap(({ field, tag, types }): [string, unknown[]][] => {
    const parts = partsOf(question, tag);
    return parts.length > 0 || (type !== undefined && types.includes(type)) ? [[field, readList(tag, parts)]] : [];
  });
  const prompt = promptOf(question);
  const explanation = partsOf(question, 'glossa-explanation')[0];
  return defined({
    id: attribute(question, 'name') ?? `q${index + 1}`,
    type,
    prompt: prompt && textOf(prompt),
    ...Object.fromEntries(lists),
    ...readAnswer(type, question, partsOf(question, 'glossa-choice')),
    explanation: explanation && textOf(explanation),
    evidence: readEvidence(question),
  });
}

/** `70` and `70%` are numbers; anything else stays text, for the schema to refuse. */
function readPercent(value: string | undefined): number | string | undefined {
  const digits = value === undefined ? undefined : /^(-?\d+(?:\.\d+)?) ?%?$/.exec(value)?.[1];
  return digits === undefined ? value : Number(digits);
}

/**
 * Reads a quiz written as HTML inside `host` (normally a `<glossa-quiz>`) into the object its JSON would
 * be, to validate with `parseQuiz`. Returns `undefined` when `host` holds no `<glossa-question>`.
 * Reads text only, never markup, and never throws: whatever is malformed is passed on so that
 * `parseQuiz` reports it with its path.
 */
export function readQuizMarkup(host: Element): QuizMarkup | undefined {
  const questions = [...host.querySelectorAll(QUESTION)];
  if (questions.length === 0) return undefined;
  const title = [...host.querySelectorAll(TITLE)].find((element) => element.closest(QUESTION) === null);
  return defined({
    title: title && textOf(title),
    passPercent: readPercent(attribute(host, 'pass-percent')),
    questions: questions.map(readQuestion),
  });
}
