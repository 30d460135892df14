import { expect } from '@open-wc/testing';
import type { Cmi5LaunchData } from '../../src/lms/cmi5-launch.js';
import {
  allowedStatement,
  finishStatements,
  initializedStatement,
  passes,
  terminatedStatement,
  type Cmi5Session,
} from '../../src/lms/cmi5-statements.js';
import type { QuizScore } from '../../src/quiz/score.js';
import type { XapiStatement } from '../../src/xapi/statement-types.js';
import { CMI5, verbName } from './cmi5-rules.js';

const GROUPING = { objectType: 'Activity', id: 'https://school.example/courses/a' } as const;

function session(launchData: Partial<Cmi5LaunchData> = {}): Cmi5Session {
  return {
    actor: { mbox: 'mailto:learner@example.org' },
    activityId: 'https://school.example/courses/a/quiz',
    registration: 'reg-1',
    startedAt: Date.UTC(2026, 0, 1, 9),
    launchData: {
      contextTemplate: { contextActivities: { grouping: [GROUPING] }, extensions: { [CMI5.sessionId]: 'sess-1' } },
      launchMode: 'Normal',
      ...launchData,
    },
  };
}

const score = (right: number, total: number, passed: boolean): QuizScore => ({
  score: right,
  total,
  percent: Math.round((right / total) * 100),
  passed,
  results: [],
});

const NOT_REPORTED = { completed: false, passed: false };
const NOW = Date.UTC(2026, 0, 1, 9, 1, 30);
const categories = (statement: XapiStatement) => statement.context!.contextActivities!.category!.map(({ id }) => id);

describe('cmi5 statements', () => {
  it('initialized and terminated: the AU as object, the template merged, the cmi5 category, the session time', () => {
    const started = initializedStatement(session(), session().startedAt);
    expect(started.verb.id).to.equal('http://adlnet.gov/expapi/verbs/initialized');
    expect(started.object.id).to.equal('https://school.example/courses/a/quiz');
    expect(started.context).to.deep.equal({
      contextActivities: { grouping: [GROUPING], category: [{ objectType: 'Activity', id: CMI5.category }] },
      extensions: { [CMI5.sessionId]: 'sess-1' },
      registration: 'reg-1',
    });
    expect(started.result).to.equal(undefined);
    expect(terminatedStatement(session(), NOW).result).to.deep.equal({ duration: 'PT90S' });
  });

  it('an allowed statement keeps its own context, gains the template, the registration and no cmi5 category', () => {
    const parent = { objectType: 'Activity', id: 'https://school.example/courses/a/quiz' } as const;
    const answered = {
      id: 'x',
      actor: { mbox: 'mailto:other@example.org' },
      verb: { id: 'http://adlnet.gov/expapi/verbs/answered', display: { 'en-US': 'answered' } },
      object: { objectType: 'Activity', id: `${parent.id}/q1` },
      context: { language: 'en', contextActivities: { parent: [parent] } },
      timestamp: new Date(NOW).toISOString(),
    } as const satisfies XapiStatement;
    const allowed = allowedStatement(answered, session());
    expect(allowed.actor).to.deep.equal({ mbox: 'mailto:learner@example.org' });
    expect(allowed.context).to.deep.equal({
      language: 'en',
      contextActivities: { parent: [parent], grouping: [GROUPING] },
      extensions: { [CMI5.sessionId]: 'sess-1' },
      registration: 'reg-1',
    });
  });

  it('finishing: completed then passed, both with moveOn, the exact scaled score and the mastery score given', () => {
    const { statements, reported } = finishStatements(
      score(2, 3, true),
      session({ masteryScore: 0.6 }),
      NOT_REPORTED,
      NOW,
    );
    expect(statements.map(verbName)).to.deep.equal(['completed', 'passed']);
    const [completed, passed] = statements as [XapiStatement, XapiStatement];
    expect(completed.result).to.deep.equal({ completion: true, duration: 'PT90S' });
    expect(categories(completed)).to.deep.equal([CMI5.category, CMI5.moveOn]);
    expect(passed.result).to.deep.equal({
      score: { scaled: 2 / 3, raw: 2, min: 0, max: 3 },
      success: true,
      duration: 'PT90S',
    });
    expect(passed.context!.extensions).to.deep.equal({ [CMI5.sessionId]: 'sess-1', [CMI5.masteryScore]: 0.6 });
    expect(completed.context!.extensions).to.deep.equal({ [CMI5.sessionId]: 'sess-1' });
    expect(reported).to.deep.equal({ completed: true, passed: true });
  });

  it('the LMS mastery score overrides the quiz verdict either way', () => {
    expect(passes(score(2, 3, true), 0.7)).to.equal(false);
    expect(passes(score(2, 3, false), 0.6)).to.equal(true);
    expect(passes(score(2, 3, true), undefined)).to.equal(true);
    expect(passes(score(3, 3, false), 1)).to.equal(true);
    const failed = finishStatements(score(2, 3, true), session({ masteryScore: 0.7 }), NOT_REPORTED, NOW);
    expect(failed.statements.map(verbName)).to.deep.equal(['completed', 'failed']);
    expect(failed.statements[1]!.result!.success).to.equal(false);
    expect(failed.reported).to.deep.equal({ completed: true, passed: false });
  });

  it('once per registration: no second completed, failed again until passed, nothing after passed', () => {
    const again = finishStatements(score(1, 3, false), session(), { completed: true, passed: false }, NOW);
    expect(again.statements.map(verbName)).to.deep.equal(['failed']);
    const afterPass = finishStatements(score(3, 3, true), session(), { completed: true, passed: true }, NOW);
    expect(afterPass.statements).to.deep.equal([]);
  });

  it('Browse and Review report no result', () => {
    for (const launchMode of ['Browse', 'Review'] as const) {
      const finished = finishStatements(score(3, 3, true), session({ launchMode }), NOT_REPORTED, NOW);
      expect(finished.statements, launchMode).to.deep.equal([]);
      expect(finished.reported).to.deep.equal(NOT_REPORTED);
    }
  });
});
