import type { XapiStatement } from '../../src/xapi/statement-types.js';

/** The IRIs of cmi5 "quartz", written out from the spec, not taken from the code under test. */
export const CMI5 = {
  category: 'https://w3id.org/xapi/cmi5/context/categories/cmi5',
  moveOn: 'https://w3id.org/xapi/cmi5/context/categories/moveon',
  sessionId: 'https://w3id.org/xapi/cmi5/context/extensions/sessionid',
  masteryScore: 'https://w3id.org/xapi/cmi5/context/extensions/masteryscore',
} as const;

const ADL = 'http://adlnet.gov/expapi/verbs/';
/** The verbs of the statements cmi5 defines (9.3); any other statement is "allowed" (9.6.1). */
const DEFINED = ['initialized', 'completed', 'passed', 'failed', 'terminated'].map((name) => ADL + name);
const MOVE_ON_VERBS = ['completed', 'passed', 'failed'].map((name) => ADL + name);

export const verbName = (statement: XapiStatement) => statement.verb.id.replace(ADL, '');

/** What the launch was, against which the statements of its session are checked. */
export interface Cmi5Expected {
  readonly registration: string;
  readonly sessionId: string;
  readonly activityId: string;
  readonly masteryScore?: number;
}

const categories = (statement: XapiStatement) =>
  (statement.context?.contextActivities?.category ?? []).map(({ id }) => id);

/**
 * The cmi5 rules one session's statements (in the order the LRS received them) break, as messages:
 * initialized first and terminated last (9.3.2, 9.3.8), at most one completed and one of passed or
 * failed, each with the moveOn category and its result (9.3.4–9.3.6, 9.6.2.2), the cmi5 category on
 * the defined statements and on no other (9.6.2.1), the launch's registration and session id on every
 * one (9.6.1, 9.6.3.1), the AU as the object of the defined ones (9.4).
 */
export function cmi5Problems(statements: readonly XapiStatement[], expected: Cmi5Expected): string[] {
  const problems: string[] = [];
  const verbs = statements.map(verbName);
  if (verbs[0] !== 'initialized') problems.push(`the first statement is ${verbs[0]}, not initialized`);
  if (verbs.at(-1) !== 'terminated') problems.push(`the last statement is ${verbs.at(-1)}, not terminated`);
  for (const verb of ['initialized', 'terminated', 'completed'])
    if (verbs.filter((name) => name === verb).length > 1) problems.push(`${verb} more than once`);
  if (verbs.filter((name) => name === 'passed' || name === 'failed').length > 1)
    problems.push('passed or failed twice');
  statements.forEach((statement, index) => {
    const at = `${index} (${verbs[index]})`;
    const defined = DEFINED.includes(statement.verb.id);
    if (statement.context?.registration !== expected.registration)
      problems.push(`${at}: not the launch's registration`);
    if (statement.context?.extensions?.[CMI5.sessionId] !== expected.sessionId)
      problems.push(`${at}: not the session id`);
    if (categories(statement).includes(CMI5.category) !== defined)
      problems.push(`${at}: the cmi5 category ${defined ? 'missing' : 'on an allowed statement'}`);
    if (categories(statement).includes(CMI5.moveOn) !== MOVE_ON_VERBS.includes(statement.verb.id))
      problems.push(`${at}: the moveOn category where it does not belong, or missing`);
    if (defined && statement.object.id !== expected.activityId) problems.push(`${at}: the object is not the AU`);
    const result = statement.result;
    if (verbs[index] === 'completed' && result?.completion !== true) problems.push(`${at}: no completion`);
    if (verbs[index] === 'passed' || verbs[index] === 'failed') {
      const passed = verbs[index] === 'passed';
      if (result?.success !== passed) problems.push(`${at}: success is not ${passed}`);
      const scaled = result?.score?.scaled;
      if (expected.masteryScore !== undefined && scaled !== undefined && scaled >= expected.masteryScore !== passed)
        problems.push(`${at}: ${scaled} against the mastery score ${expected.masteryScore}`);
      if (
        expected.masteryScore !== undefined &&
        statement.context?.extensions?.[CMI5.masteryScore] !== expected.masteryScore
      )
        problems.push(`${at}: no masteryScore extension`);
    }
    if (verbs[index] === 'terminated' && !/^PT[\d.]+S$/.test(result?.duration ?? ''))
      problems.push(`${at}: no duration`);
  });
  return problems;
}
