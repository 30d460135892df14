import type { ArticleIssue } from '../../model/index.js';
import type { QuizMarkup } from './read-quiz-markup.js';

/**
 * A message in the words of the markup, for an issue whose JSON wording would puzzle a teacher who never
 * saw the JSON (an `answer` that "is missing" means no choice was marked `correct`).
 */
interface Hint {
  /** The issue's path below its question (`answer`, `pairs[1].left`), or from the top for the quiz itself. */
  readonly at: RegExp;
  /** Only for questions of this type. */
  readonly type?: string;
  /** Only for issues whose message matches. */
  readonly message?: RegExp;
  readonly say: (message: string) => string;
}

const TYPES = 'type="single", "multiple", "true-false", "fill-blank", "order" or "match"';
const NAMED = (message: string) => `its name="…" ${message}`;
const RENAME = (message: string) => `${message}: give each a different name="…"`;

const QUIZ_HINTS: readonly Hint[] = [
  {
    at: /^quiz\.passPercent$/,
    say: () => 'pass-percent="…" must be a whole number from 0 to 100, such as pass-percent="70"',
  },
];

const QUESTION_HINTS: readonly Hint[] = [
  { at: /^type$/, say: () => `the <glossa-question> needs ${TYPES}` },
  { at: /^((choices|items)\[\d+\]\.)?id$/, message: /repeats/, say: RENAME },
  { at: /^((choices|items)\[\d+\]\.)?id$/, say: NAMED },
  {
    at: /^prompt$/,
    message: /missing/,
    say: () => 'is missing: write the question in a <p> (or <glossa-prompt>) inside the <glossa-question>',
  },
  {
    at: /^answer$/,
    type: 'single',
    message: /list/,
    say: () => 'mark only one <glossa-choice> as correct, or make the question type="multiple"',
  },
  { at: /^answer$/, type: 'single', say: () => 'mark one <glossa-choice> as correct' },
  { at: /^answers$/, type: 'multiple', say: () => 'mark at least one <glossa-choice> as correct' },
  { at: /^answer$/, type: 'true-false', say: () => 'write answer="true" or answer="false" on the <glossa-question>' },
  {
    at: /^choices$/,
    message: /not a field/,
    say: () => '<glossa-choice> is only for type="single" and type="multiple"',
  },
  { at: /^choices$/, say: () => 'needs at least two <glossa-choice> elements' },
  { at: /^items$/, message: /not a field/, say: () => '<glossa-item> is only for type="order"' },
  { at: /^items$/, say: () => 'needs at least two <glossa-item> elements, in the right order' },
  { at: /^accept$/, message: /not a field/, say: () => '<glossa-accept> is only for type="fill-blank"' },
  { at: /^accept$/, say: () => 'needs at least one <glossa-accept> holding an accepted answer' },
  { at: /^pairs$/, message: /not a field/, say: () => '<glossa-pair> is only for type="match"' },
  { at: /^pairs$/, say: () => 'needs at least two <glossa-pair> elements' },
  {
    at: /^pairs\[\d+\]\.(left|right)$/,
    message: /missing/,
    say: () => 'is missing: each <glossa-pair> needs a <glossa-left> and a <glossa-right>',
  },
  {
    at: /^evidence\[\d+\](\.paragraph)?$/,
    say: () =>
      'must be a paragraph id such as "p3": evidence="p3 p5" on the question, or <glossa-evidence paragraph="p3">',
  },
];

const QUESTION_PATH = /^quiz\.questions\[(\d+)\]\.(.+)$/;

function firstHint(hints: readonly Hint[], at: string, type: string | undefined, message: string): Hint | undefined {
  return hints.find(
    (hint) =>
      hint.at.test(at) && (hint.type === undefined || hint.type === type) && (hint.message?.test(message) ?? true),
  );
}

/** The issue, with its message in the words of the markup where the JSON wording would not help. */
export function withMarkupHint(issue: ArticleIssue, markup: QuizMarkup): ArticleIssue {
  const [, index, below] = QUESTION_PATH.exec(issue.path) ?? [];
  const hint =
    below === undefined
      ? firstHint(QUIZ_HINTS, issue.path, undefined, issue.message)
      : firstHint(QUESTION_HINTS, below, markup.questions[Number(index)]?.type, issue.message);
  return hint ? { path: issue.path, message: hint.say(issue.message) } : issue;
}
