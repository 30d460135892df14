import type { GiftChar } from './lexer.js';
import { GiftFault, joined } from './question-syntax.js';

/** One answer of a choice or short-answer block: `=text#feedback` or `~%50%text#feedback`. */
export interface GiftAnswer {
  readonly mark: '=' | '~';
  /** The percentage written as `%50%`, when there is one. */
  readonly weight?: number;
  readonly text: readonly GiftChar[];
  readonly feedback?: readonly GiftChar[];
  readonly offset: number;
}

export interface GiftPair {
  readonly left: readonly GiftChar[];
  readonly right: readonly GiftChar[];
  readonly offset: number;
}

/** The answer block of a question, by the kind of question it makes. */
export type GiftAnswers = { readonly general?: readonly GiftChar[] } & (
  | { readonly kind: 'essay' }
  | { readonly kind: 'true-false'; readonly value: boolean; readonly feedback: readonly (readonly GiftChar[])[] }
  | { readonly kind: 'numeric'; readonly answers: readonly GiftAnswer[] }
  | { readonly kind: 'choices'; readonly answers: readonly GiftAnswer[] }
  | { readonly kind: 'matching'; readonly pairs: readonly GiftPair[] }
);

const isMark = (char: GiftChar | undefined, ...marks: string[]) =>
  char !== undefined && !char.escaped && marks.includes(char.text);
const isSpace = (char: GiftChar) => !char.escaped && /\s/.test(char.text);
const blank = (chars: readonly GiftChar[]) => chars.every(isSpace);

/** Splits `chars` before each unescaped mark of `marks`; the first part is what comes before the first mark. */
function splitAt(chars: readonly GiftChar[], ...marks: string[]): GiftChar[][] {
  const parts: GiftChar[][] = [[]];
  for (const char of chars) {
    if (isMark(char, ...marks)) parts.push([char]);
    else parts[parts.length - 1]!.push(char);
  }
  return parts;
}

function indexOfRun(chars: readonly GiftChar[], mark: string, length: number): number {
  return chars.findIndex((_, index) =>
    Array.from({ length }, (__, step) => chars[index + step]).every((char) => isMark(char, mark)),
  );
}

function indexOfArrow(chars: readonly GiftChar[]): number {
  return chars.findIndex((char, index) => isMark(char, '-') && isMark(chars[index + 1], '>'));
}

const WEIGHT = /^\s*%(-?\d+(?:[.,]\d+)?)%/;

/** One answer from its mark onwards: `=`/`~`, an optional `%weight%`, its text and its `#feedback`. */
function readAnswer(part: readonly GiftChar[]): GiftAnswer {
  const [mark, ...rest] = part;
  const weightMatch = WEIGHT.exec(joined(rest));
  if (
    !weightMatch &&
    isMark(
      rest.find((char) => !isSpace(char)),
      '%',
    )
  ) {
    const percent = rest.find((char) => !isSpace(char))!;
    if (joined(rest).trimStart().slice(1).includes('%'))
      throw new GiftFault('expected a weight such as %50% (a number between the two %)', percent.offset);
  }
  const body = weightMatch ? rest.slice(weightMatch[0].length) : rest;
  const feedbackAt = body.findIndex((char) => isMark(char, '#'));
  return {
    mark: mark!.text as '=' | '~',
    ...(weightMatch ? { weight: Number(weightMatch[1]!.replace(',', '.')) } : {}),
    text: feedbackAt < 0 ? body : body.slice(0, feedbackAt),
    ...(feedbackAt < 0 ? {} : { feedback: body.slice(feedbackAt + 1) }),
    offset: mark!.offset,
  };
}

function answerList(main: readonly GiftChar[], marks: string[], what: string): GiftAnswer[] {
  const [lead, ...parts] = splitAt(main, ...marks);
  const stray = lead!.find((char) => !isSpace(char));
  if (stray) throw new GiftFault(`expected ${what} to start an answer, found "${stray.text}"`, stray.offset);
  return parts.map(readAnswer);
}

const TRUE_FALSE = /^\s*(T|TRUE|F|FALSE)\s*$/i;

/** What the characters between `{` and `}` hold; throws a `GiftFault` where they are not GIFT. */
export function answersSyntax(chars: readonly GiftChar[]): GiftAnswers {
  const generalAt = indexOfRun(chars, '#', 4);
  const main = generalAt < 0 ? chars : chars.slice(0, generalAt);
  const general = generalAt < 0 ? {} : { general: chars.slice(generalAt + 4) };
  if (blank(main)) return { kind: 'essay', ...general };
  const first = main.find((char) => !isSpace(char))!;
  if (isMark(first, '#')) {
    const rest = main.slice(main.indexOf(first) + 1);
    const answers = rest.some((char) => isMark(char, '='))
      ? answerList(rest, ['='], '"="')
      : [{ ...readAnswer([first, ...rest]), mark: '=' as const }];
    return { kind: 'numeric', answers, ...general };
  }
  const [head, ...feedback] = splitAt(main, '#');
  const truth = TRUE_FALSE.exec(joined(head!));
  if (truth && head!.every((char) => !char.escaped)) {
    return {
      kind: 'true-false',
      value: truth[1]!.toUpperCase().startsWith('T'),
      feedback: feedback.map((part) => part.slice(1)),
      ...general,
    };
  }
  const answers = answerList(main, ['=', '~'], '"=" or "~"');
  if (answers.some((answer) => indexOfArrow(answer.text) >= 0)) {
    const pairs = answers.map((answer) => {
      const arrow = indexOfArrow(answer.text);
      if (answer.mark !== '=' || arrow < 0)
        throw new GiftFault('expected "=left -> right": each answer of a matching question is a pair', answer.offset);
      return { left: answer.text.slice(0, arrow), right: answer.text.slice(arrow + 2), offset: answer.offset };
    });
    return { kind: 'matching', pairs, ...general };
  }
  return { kind: 'choices', answers, ...general };
}
