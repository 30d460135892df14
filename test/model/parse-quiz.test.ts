import { expect } from '@open-wc/testing';
import { checkQuizEvidence, parseArticle, parseQuiz, type ArticleIssue } from '../../src/model/index.js';
import type { ArticleInput } from '../../src/model/types.js';
import { minimalArticle } from '../fixtures/minimal-article.js';
import { seedArticle, seedJson } from '../fixtures/seed-article.js';

type QuizDraft = NonNullable<ArticleInput['quiz']> & Record<string, unknown>;
// Questions are a union of types; tests break fields of any of them, so they are handled as records.
type QuestionDraft = Record<string, unknown>;

function withQuiz(quiz: QuizDraft): ArticleInput {
  return { ...minimalArticle(), quiz };
}

function issuesOf(result: ReturnType<typeof parseQuiz> | ReturnType<typeof parseArticle>): readonly ArticleIssue[] {
  return result.ok ? [] : result.issues;
}

/** A broken quiz: the minimal article's quiz after `change`. */
function brokenQuiz(change: (quiz: QuizDraft, questions: QuestionDraft[]) => void): QuizDraft {
  const quiz = minimalArticle().quiz as QuizDraft;
  change(quiz, quiz.questions);
  return quiz;
}

const breakages: [string, (quiz: QuizDraft, questions: QuestionDraft[]) => void, string, RegExp][] = [
  ['an unknown field', (quiz) => (quiz.titel = 'x'), 'quiz.titel', /not a field/],
  ['a pass mark above 100', (quiz) => (quiz.passPercent = 120), 'quiz.passPercent', /between 0 and 100/],
  ['a pass mark that is not whole', (quiz) => (quiz.passPercent = 70.5), 'quiz.passPercent', /whole number/],
  [
    'a pass mark as text',
    (quiz) => ((quiz as Record<string, unknown>).passPercent = '70'),
    'quiz.passPercent',
    /must be a number/,
  ],
  ['no questions', (quiz) => (quiz.questions = []), 'quiz.questions', /at least one question/],
  ['an unknown question type', (_, q) => (q[0]!.type = 'essay'), 'quiz.questions[0].type', /"single"/],
  [
    'a repeated question id',
    (_, q) => (q[1]!.id = 'q1'),
    'quiz.questions[1].id',
    /repeats the id "q1" of quiz\.questions\[0\]/,
  ],
  [
    'a repeated choice id',
    (_, q) => ((q[0]!.choices as { id: string }[])[1]!.id = 'a'),
    'quiz.questions[0].choices[1].id',
    /repeats/,
  ],
  [
    'a single answer that is no choice',
    (_, q) => (q[0]!.answer = 'z'),
    'quiz.questions[0].answer',
    /one of the choices \(got "z"\)/,
  ],
  ['a missing single answer', (_, q) => delete q[0]!.answer, 'quiz.questions[0].answer', /is missing/],
  [
    'one choice only',
    (_, q) => (q[0]!.choices = [{ id: 'a', text: 'Ana Ruiz' }]),
    'quiz.questions[0].choices',
    /at least two choices/,
  ],
  [
    'a multiple answer that is no choice',
    (_, q) => (q[1]!.answers = ['a', 'z']),
    'quiz.questions[1].answers[1]',
    /one of the choices/,
  ],
  ['a repeated multiple answer', (_, q) => (q[1]!.answers = ['a', 'a']), 'quiz.questions[1].answers[1]', /repeats/],
  ['no multiple answer', (_, q) => (q[1]!.answers = []), 'quiz.questions[1].answers', /at least one right choice/],
  ['a true/false answer as text', (_, q) => (q[2]!.answer = 'false'), 'quiz.questions[2].answer', /true or false/],
  [
    'a fill-in prompt without a blank',
    (_, q) => (q[3]!.prompt = 'How many years?'),
    'quiz.questions[3].prompt',
    /"___"/,
  ],
  ['nothing to accept', (_, q) => (q[3]!.accept = []), 'quiz.questions[3].accept', /at least one accepted answer/],
  [
    'a repeated item id',
    (_, q) => ((q[4]!.items as { id: string }[])[1]!.id = 'vote'),
    'quiz.questions[4].items[1].id',
    /repeats/,
  ],
  ['one item only', (_, q) => (q[4]!.items = [{ id: 'x', text: 'X' }]), 'quiz.questions[4].items', /two items/],
  [
    'a match with one pair',
    (_, q) => (q[5]!.pairs = [{ left: 'A', right: 'B' }]),
    'quiz.questions[5].pairs',
    /two pairs/,
  ],
  [
    'a repeated side of a match',
    (_, q) => ((q[5]!.pairs as { right: string }[])[1]!.right = 'Mayor'),
    'quiz.questions[5].pairs[1].right',
    /repeats "Mayor"/,
  ],
  [
    'HTML in a choice',
    (_, q) => ((q[0]!.choices as { text: string }[])[0]!.text = '<b>Ana</b>'),
    'quiz.questions[0].choices[0].text',
    /plain text/,
  ],
];

describe('parseQuiz', () => {
  it('accepts the seed article’s quiz, as the same model parseArticle gives', async () => {
    const json = (await seedJson()) as { quiz: unknown };
    const result = parseQuiz(json.quiz);
    expect(issuesOf(result)).to.deep.equal([]);
    if (result.ok) expect(result.quiz).to.deep.equal((await seedArticle()).quiz);
  });

  it('normalizes bare evidence ids as parseArticle does', () => {
    const result = parseQuiz({
      questions: [{ id: 'q1', type: 'true-false', prompt: 'Yes?', answer: true, evidence: ['p2'] }],
    });
    expect(result.ok && result.quiz.questions[0]!.evidence).to.deep.equal([{ paragraph: 'p2' }]);
  });

  it('refuses values that are not objects, at the path "quiz"', () => {
    for (const value of [null, 42, 'text', [], undefined]) {
      const issues = issuesOf(parseQuiz(value));
      expect(issues, String(value)).to.have.length(1);
      expect(issues[0]!.path).to.equal('quiz');
      expect(issues[0]!.message).to.match(/must be an object/);
    }
  });

  describe('applies the rules parseArticle applies to a quiz, with the same paths and messages', () => {
    for (const [name, change, path, message] of breakages) {
      it(name, () => {
        const issues = issuesOf(parseQuiz(brokenQuiz(change)));
        const found = issues.find((issue) => issue.path === path);
        expect(found, `no issue at ${path}; got ${JSON.stringify(issues)}`).to.exist;
        expect(found!.message).to.match(message);
        expect(issues).to.deep.equal(issuesOf(parseArticle(withQuiz(brokenQuiz(change)))));
      });
    }
  });

  it('leaves evidence to checkQuizEvidence, which needs the article', () => {
    const quiz = brokenQuiz((_, q) => {
      q[0]!.evidence = [{ paragraph: 'p2', quote: 'Mayor Ana Ruiz said' }, 'p9'];
      q[2]!.evidence = [{ paragraph: 'p1', quote: 'unanimously' }];
    });
    const result = parseQuiz(quiz);
    expect(issuesOf(result)).to.deep.equal([]);
    if (!result.ok) return;
    const article = parseArticle(minimalArticle());
    if (!article.ok) throw new Error('the minimal article is invalid');
    const issues = checkQuizEvidence(result.quiz, article.article);
    expect(issues.map((issue) => issue.path)).to.deep.equal([
      'quiz.questions[0].evidence[1]',
      'quiz.questions[2].evidence[0].quote',
    ]);
    expect(issues[0]!.message).to.match(/paragraph "p9", which does not exist/);
    expect(issues).to.deep.equal(issuesOf(parseArticle(withQuiz(quiz))));
  });
});
