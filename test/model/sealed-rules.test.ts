import { expect } from '@open-wc/testing';
import { parseArticle, parseQuiz, type ArticleIssue } from '../../src/model/index.js';
import type { ArticleInput } from '../../src/model/types.js';
import { minimalArticle } from '../fixtures/minimal-article.js';

type QuizDraft = NonNullable<ArticleInput['quiz']> & Record<string, unknown>;
// Questions are a union of types; tests break fields of any of them, so they are handled as records.
type QuestionDraft = Record<string, unknown>;
const sealedOf = (question: QuestionDraft) => question.sealed as Record<string, unknown>;

/** Shaped as glossa seal writes them: a hash is 43 base64url characters, a box an IV and a cipher text. */
const HASH = 'A'.repeat(43);
const OTHER_HASH = 'B'.repeat(43);
const BOX = `${'i'.repeat(16)}.${'c'.repeat(22)}`;

/** What each question seals besides its key (a hash of the right answer): explanations and feedback. */
const SEALED_EXTRAS: Readonly<Record<string, Record<string, unknown>>> = {
  q1: { explanation: [BOX], feedback: { a: BOX, b: BOX } },
  q2: { feedback: { c: BOX } },
  q4: { right: [HASH, OTHER_HASH], explanation: [BOX, BOX] },
};

/** The fields a sealed question may not hold in the open. */
const OPEN_ONLY = new Set(['answer', 'answers', 'accept', 'evidence', 'explanation', 'feedback']);

/** The minimal article's six questions, sealed: no answer key, explanation or feedback in the open. */
function sealedQuiz(): QuizDraft {
  const quiz = minimalArticle().quiz!;
  const questions = quiz.questions.map((question) => {
    const open: QuestionDraft = Object.fromEntries(Object.entries(question).filter(([key]) => !OPEN_ONLY.has(key)));
    // A sealed order question shows its items out of order, or the order would give the answer away.
    if (question.type === 'order') open.items = [...question.items].reverse();
    return { ...open, sealed: { right: [HASH], ...SEALED_EXTRAS[question.id] } };
  });
  return { ...quiz, seal: { version: 1, salt: 's'.repeat(22) }, questions } as QuizDraft;
}

function issuesOf(result: ReturnType<typeof parseQuiz> | ReturnType<typeof parseArticle>): readonly ArticleIssue[] {
  return result.ok ? [] : result.issues;
}

/** The sealed quiz after `change`: its issues, the same alone and in an article. */
function issuesAfter(change: (quiz: QuizDraft, questions: QuestionDraft[]) => void): readonly ArticleIssue[] {
  const broken = () => {
    const quiz = sealedQuiz();
    change(quiz, quiz.questions);
    return quiz;
  };
  const issues = issuesOf(parseQuiz(broken()));
  expect(issuesOf(parseArticle({ ...minimalArticle(), quiz: broken() }))).to.deep.equal(issues);
  return issues;
}

const breakages: [string, (quiz: QuizDraft, questions: QuestionDraft[]) => void, ArticleIssue][] = [
  [
    'an explanation in the open',
    (_, q) => (q[0]!.explanation = 'Ana Ruiz is the mayor.'),
    { path: 'quiz.questions[0].explanation', message: 'is sealed: it goes in "sealed.explanation"' },
  ],
  [
    'evidence in the open',
    (_, q) => (q[2]!.evidence = [{ paragraph: 'p1' }]),
    { path: 'quiz.questions[2].evidence', message: 'is sealed: it goes in "sealed.explanation"' },
  ],
  [
    'two right answers to a multiple-select question, whose one answer is its set of choices',
    (_, q) => (sealedOf(q[1]!).right = [HASH, OTHER_HASH]),
    { path: 'quiz.questions[1].sealed.right', message: 'must hold one hash' },
  ],
  [
    'an explanation box short of the right answers',
    (_, q) => (sealedOf(q[3]!).explanation = [BOX]),
    { path: 'quiz.questions[3].sealed.explanation', message: 'must hold one box per right answer (2)' },
  ],
  [
    'a box too many in the explanation',
    (_, q) => (sealedOf(q[0]!).explanation = [BOX, BOX]),
    { path: 'quiz.questions[0].sealed.explanation', message: 'must hold one box per right answer (1)' },
  ],
  [
    'a single choice’s feedback in the open',
    (_, q) => ((q[0]!.choices as Record<string, unknown>[])[1]!.feedback = 'It was the mayor.'),
    { path: 'quiz.questions[0].choices[1].feedback', message: 'is sealed: it goes in "sealed.feedback"' },
  ],
  [
    'a multiple-select choice’s feedback in the open',
    (_, q) => ((q[1]!.choices as Record<string, unknown>[])[2]!.feedback = 'It is old.'),
    { path: 'quiz.questions[1].choices[2].feedback', message: 'is sealed: it goes in "sealed.feedback"' },
  ],
  [
    'sealed feedback for a choice the question does not have',
    (_, q) => (sealedOf(q[0]!).feedback = { a: BOX, z: BOX }),
    { path: 'quiz.questions[0].sealed.feedback.z', message: 'must be the id of one of the choices (got "z")' },
  ],
  [
    'sealed feedback on a question without choices',
    (_, q) => (sealedOf(q[2]!).feedback = { true: BOX }),
    { path: 'quiz.questions[2].sealed.feedback.true', message: 'must be the id of one of the choices (got "true")' },
  ],
  [
    'sealed questions without the quiz’s seal, named at the first of them',
    (quiz, q) => {
      delete quiz.seal;
      delete q[0]!.sealed;
      q[0]!.answer = 'a';
    },
    { path: 'quiz.questions[1].sealed', message: 'needs the quiz\'s "seal", which holds its salt' },
  ],
];

describe('sealed questions', () => {
  it('are accepted as glossa seal writes them: hashes, boxes and feedback for their own choices only', () => {
    expect(issuesAfter(() => {})).to.deep.equal([]);
  });

  it('may hold several right answers in a fill-in question, each with its explanation box', () => {
    expect(issuesAfter((_, q) => (sealedOf(q[3]!).right = [HASH, OTHER_HASH, HASH]))).to.deep.equal([
      { path: 'quiz.questions[3].sealed.explanation', message: 'must hold one box per right answer (3)' },
    ]);
    expect(issuesAfter((_, q) => delete sealedOf(q[3]!).explanation)).to.deep.equal([]);
  });

  describe('keep nothing of the key in the open, and are refused with', () => {
    for (const [name, change, issue] of breakages) {
      it(name, () => expect(issuesAfter(change)).to.deep.equal([issue]));
    }
  });
});
