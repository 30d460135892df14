import { expect } from '@open-wc/testing';
import type { QuizAnswer } from '../../src/quiz/answers.js';
import { isCorrect } from '../../src/quiz/answers.js';
import { activityBase, questionActivityId, quizActivityId } from '../../src/xapi/activity-ids.js';
import { answerStatement, completionStatements, type StatementContext } from '../../src/xapi/statements.js';
import { validMinimal } from '../fixtures/minimal-article.js';
import { matchesPattern, specProblems } from './xapi-spec-rules.js';

const actor = { mbox: 'mailto:reader@example.org', name: 'A Reader' } as const;

function contextFor(change: Partial<StatementContext> = {}): StatementContext {
  const article = validMinimal();
  return {
    actor,
    quiz: article.quiz!,
    activityId: quizActivityId('https://news.example/glossa', article.id),
    lang: article.lang,
    name: article.title,
    ...change,
  };
}

/** Right and wrong answers of each question of the minimal article, as the quiz gives them. */
const ANSWERS: Record<string, { right: QuizAnswer[]; wrong: QuizAnswer[] }> = {
  q1: { right: ['a'], wrong: ['b'] },
  q2: { right: [['a', 'b']], wrong: [['a'], ['a', 'b', 'c'], ['c']] },
  q3: { right: [false], wrong: [true] },
  q4: { right: ['two', 'Two', '2'], wrong: ['three'] },
  q5: { right: [['vote', 'repairs']], wrong: [['repairs', 'vote']] },
  q6: {
    right: [['Mayor', 'Voted']],
    wrong: [
      ['Voted', 'Mayor'],
      ['Mayor', ''],
    ],
  },
};

const EXPECTED_TYPES = {
  q1: 'choice',
  q2: 'choice',
  q3: 'true-false',
  q4: 'fill-in',
  q5: 'sequencing',
  q6: 'matching',
};

describe('xAPI statements', () => {
  it('gives each question type its interaction type and component lists', () => {
    const context = contextFor();
    for (const [questionId, interactionType] of Object.entries(EXPECTED_TYPES)) {
      const statement = answerStatement({ questionId, answer: null, correct: false }, context)!;
      const definition = statement.object.definition!;
      expect(definition.type).to.equal('http://adlnet.gov/expapi/activities/cmi.interaction');
      expect(definition.interactionType, questionId).to.equal(interactionType);
      const lists = (['choices', 'source', 'target'] as const).filter((list) => definition[list] !== undefined);
      const expected =
        { choice: ['choices'], sequencing: ['choices'], matching: ['source', 'target'] }[interactionType] ?? [];
      expect(lists, questionId).to.deep.equal(expected);
    }
  });

  it('writes the right answers as the spec patterns them', () => {
    const context = contextFor();
    const pattern = (questionId: string) =>
      answerStatement({ questionId, answer: null, correct: false }, context)!.object.definition!
        .correctResponsesPattern;
    expect(pattern('q1')).to.deep.equal(['a']);
    expect(pattern('q2')).to.deep.equal(['a[,]b']);
    expect(pattern('q3')).to.deep.equal(['false']);
    expect(pattern('q4')).to.deep.equal(['two', '2']);
    expect(pattern('q5')).to.deep.equal(['vote[,]repairs']);
    expect(pattern('q6')).to.deep.equal(['left-1[.]right-1[,]left-2[.]right-2']);
    const match = answerStatement({ questionId: 'q6', answer: null, correct: false }, context)!.object.definition!;
    expect(match.source).to.deep.equal([
      { id: 'left-1', description: { en: 'Ana Ruiz' } },
      { id: 'left-2', description: { en: 'Council' } },
    ]);
    expect(match.target!.map((item) => item.description)).to.deep.equal([{ en: 'Mayor' }, { en: 'Voted' }]);
  });

  it('writes every response in the spec format, right exactly when the pattern says so', () => {
    const context = contextFor();
    const quiz = context.quiz;
    for (const question of quiz.questions) {
      const { right, wrong } = ANSWERS[question.id]!;
      for (const answer of [...right, ...wrong]) {
        const correct = isCorrect(question, answer);
        expect(correct, `${question.id} ${JSON.stringify(answer)}`).to.equal(right.includes(answer));
        const statement = answerStatement({ questionId: question.id, answer, correct }, context)!;
        expect(specProblems(statement), JSON.stringify(statement)).to.deep.equal([]);
        expect(statement.result!.success).to.equal(correct);
        const definition = statement.object.definition as Parameters<typeof matchesPattern>[1];
        expect(
          matchesPattern(statement.result!.response!, definition),
          `${question.id} ${statement.result!.response}`,
        ).to.equal(correct);
      }
    }
  });

  it('leaves out the left-hand items matched to nothing, and the delimiter out of a typed answer', () => {
    const context = contextFor();
    const response = (questionId: string, answer: QuizAnswer) =>
      answerStatement({ questionId, answer, correct: false }, context)!.result!.response;
    expect(response('q6', ['', 'Mayor'])).to.equal('left-2[.]right-1');
    expect(response('q4', '  a[,]b ')).to.equal('a,b');
    expect(response('q2', ['c', 'a'])).to.equal('c[,]a');
  });

  it('says answered, under the quiz, in the article language, with no response for a question left unanswered', () => {
    const context = contextFor({ registration: '7a0c2a8e-5a2e-4a37-9a56-3f1f2b9d7c11' });
    const statement = answerStatement({ questionId: 'q3', answer: null, correct: false }, context)!;
    expect(statement.verb.id).to.equal('http://adlnet.gov/expapi/verbs/answered');
    expect(statement.actor).to.equal(actor);
    expect(statement.object.id).to.equal('https://news.example/glossa/minimal/quiz/q3');
    expect(statement.object.definition!.description).to.deep.equal({ en: 'The vote was unanimous.' });
    expect(statement.context).to.deep.equal({
      registration: '7a0c2a8e-5a2e-4a37-9a56-3f1f2b9d7c11',
      language: 'en',
      contextActivities: { parent: [{ objectType: 'Activity', id: 'https://news.example/glossa/minimal/quiz' }] },
    });
    expect(statement.result).to.deep.equal({ success: false });
    expect(specProblems(statement)).to.deep.equal([]);
  });

  it('makes no statement for a question the quiz does not have', () => {
    expect(answerStatement({ questionId: 'nope', answer: 'a', correct: true }, contextFor())).to.equal(undefined);
  });

  it('gives each statement an id of its own', () => {
    const context = contextFor();
    const ids = new Set(
      Array.from({ length: 50 }, () => answerStatement({ questionId: 'q1', answer: 'a', correct: true }, context)!.id),
    );
    expect(ids.size).to.equal(50);
  });

  it('completes with the score, and passes or fails only against a pass mark', () => {
    const detail = { score: 4, total: 6, percent: 67, passed: true, results: [] };
    const [completed, ...rest] = completionStatements(detail, contextFor({ startedAt: Date.now() - 95_500 }));
    expect(rest).to.deep.equal([]);
    expect(completed!.verb.id).to.equal('http://adlnet.gov/expapi/verbs/completed');
    expect(completed!.object).to.deep.equal({
      objectType: 'Activity',
      id: 'https://news.example/glossa/minimal/quiz',
      definition: { type: 'http://adlnet.gov/expapi/activities/assessment', name: { en: 'A council votes' } },
    });
    expect(completed!.result!.score).to.deep.equal({ scaled: 4 / 6, raw: 4, min: 0, max: 6 });
    expect(completed!.result!.completion).to.equal(true);
    expect(completed!.result!.success).to.equal(undefined);
    expect(Number(/^PT([\d.]+)S$/.exec(completed!.result!.duration!)![1])).to.be.within(95.5, 120);
    expect(specProblems(completed!)).to.deep.equal([]);

    const graded = completionStatements(detail, contextFor({ passPercent: 50 }));
    expect(graded.map((statement) => statement.verb.id.split('/').pop())).to.deep.equal(['completed', 'passed']);
    expect(graded.every((statement) => statement.result!.success === true)).to.equal(true);
    const failed = completionStatements({ ...detail, score: 1, passed: false }, contextFor({ passPercent: 50 }));
    expect(failed[1]!.verb.id).to.equal('http://adlnet.gov/expapi/verbs/failed');
    expect(failed[1]!.result!.success).to.equal(false);
    expect(graded[0]!.id).not.to.equal(graded[1]!.id);
  });

  it('names a quiz with its title before the article title', () => {
    const context = contextFor();
    const titled = { ...context, quiz: { ...context.quiz, title: 'Test yourself' } };
    const [completed] = completionStatements({ score: 0, total: 6, percent: 0, passed: false, results: [] }, titled);
    expect(completed!.object.definition!.name).to.deep.equal({ en: 'Test yourself' });
  });
});

describe('xAPI activity ids', () => {
  const page = new URL('https://site.example/2022/story.html?utm_source=x#top');

  it('start at the page origin for an article, at the page for a quiz without one', () => {
    expect(activityBase(undefined, page, true)).to.equal('https://site.example/glossa');
    expect(activityBase(null, page, false)).to.equal('https://site.example/2022/story.html');
  });

  it('start at the base the page gives, read against the page, when it passes the URL check', () => {
    expect(activityBase('https://lms.example/courses/7/', page, true)).to.equal('https://lms.example/courses/7');
    expect(activityBase('/activities', page, true)).to.equal('https://site.example/activities');
    expect(activityBase('javascript:alert(1)', page, true)).to.equal('https://site.example/glossa');
  });

  it('end without a slash, however many the base or the page’s address ends with, so each names one activity', () => {
    expect(activityBase('https://lms.example/courses/7//', page, true)).to.equal('https://lms.example/courses/7');
    const folder = new URL('https://site.example/lessons//?step=2');
    expect(activityBase(undefined, folder, false)).to.equal('https://site.example/lessons');
    expect(activityBase(undefined, new URL('https://site.example/'), false)).to.equal('https://site.example');
  });

  it('put the article id, then the question id, under the base', () => {
    const quiz = quizActivityId('https://site.example/glossa', 'kazakhstan-2022');
    expect(quiz).to.equal('https://site.example/glossa/kazakhstan-2022/quiz');
    expect(questionActivityId(quiz, 'q_1')).to.equal('https://site.example/glossa/kazakhstan-2022/quiz/q_1');
  });
});
