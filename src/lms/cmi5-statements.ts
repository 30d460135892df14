import type { QuizScore } from '../quiz/score.js';
import { adlVerb, xapiDuration } from '../xapi/statements.js';
import type { XapiActivity, XapiActor, XapiContext, XapiResult, XapiStatement } from '../xapi/statement-types.js';
import { randomUuid } from '../xapi/uuid.js';
import type { Cmi5LaunchData } from './cmi5-launch.js';

/** One session of the AU: who, which AU, which registration, what the LMS asked, and since when. */
export interface Cmi5Session {
  readonly actor: XapiActor;
  readonly activityId: string;
  readonly registration: string;
  readonly launchData: Cmi5LaunchData;
  /** When the AU was initialized (ms since the epoch), for the durations. */
  readonly startedAt: number;
}

/** What the AU has reported in this registration, which it may not report twice (cmi5 "quartz", 9.3). */
export interface Cmi5Reported {
  readonly completed: boolean;
  readonly passed: boolean;
}

const category = (id: string): XapiActivity => ({ objectType: 'Activity', id });
/** Marks the statements cmi5 defines, and only them (9.6.2.1). */
export const CMI5_CATEGORY = 'https://w3id.org/xapi/cmi5/context/categories/cmi5';
/** Marks the statements that may satisfy the AU's moveOn: completed, passed, failed (9.6.2.2). */
export const MOVE_ON_CATEGORY = 'https://w3id.org/xapi/cmi5/context/categories/moveon';
export const MASTERY_SCORE_EXTENSION = 'https://w3id.org/xapi/cmi5/context/extensions/masteryscore';

type ContextActivities = NonNullable<XapiContext['contextActivities']>;

/**
 * A statement's context with the LMS's context template merged in (9.6.1): the template's context
 * activities beside the statement's own, its extensions (the session id among them) beside the
 * statement's, and the launch's registration.
 */
export function withTemplate(
  context: XapiContext | undefined,
  template: Readonly<Record<string, unknown>>,
  registration: string,
): XapiContext {
  const ofTemplate = (template.contextActivities ?? {}) as ContextActivities;
  const own = context?.contextActivities ?? {};
  const keys = ['parent', 'grouping', 'category', 'other'] as const;
  const activities = Object.fromEntries(
    keys.flatMap((key) => {
      const list = [...(ofTemplate[key] ?? []), ...(own[key] ?? [])];
      return list.length ? [[key, list]] : [];
    }),
  ) as ContextActivities;
  const extensions = { ...(template.extensions as XapiContext['extensions']), ...context?.extensions };
  return {
    ...template,
    ...context,
    registration,
    ...(Object.keys(activities).length && { contextActivities: activities }),
    ...(Object.keys(extensions).length && { extensions }),
  };
}

/** An "allowed" statement (9.6.1), such as an answered question's: the template merged, no cmi5 category. */
export const allowedStatement = (statement: XapiStatement, session: Cmi5Session): XapiStatement => ({
  ...statement,
  actor: session.actor,
  context: withTemplate(statement.context, session.launchData.contextTemplate, session.registration),
});

/** A statement cmi5 defines, about the AU itself, at `now`. */
function definedStatement(
  session: Cmi5Session,
  verbName: string,
  now: number,
  { result, moveOn = false }: { readonly result?: XapiResult; readonly moveOn?: boolean } = {},
): XapiStatement {
  const { masteryScore } = session.launchData;
  const verdict = verbName === 'passed' || verbName === 'failed';
  const context: XapiContext = {
    contextActivities: { category: [category(CMI5_CATEGORY), ...(moveOn ? [category(MOVE_ON_CATEGORY)] : [])] },
    ...(verdict && masteryScore !== undefined && { extensions: { [MASTERY_SCORE_EXTENSION]: masteryScore } }),
  };
  return {
    id: randomUuid(),
    actor: session.actor,
    verb: adlVerb(verbName),
    object: { objectType: 'Activity', id: session.activityId },
    ...(result && { result }),
    context: withTemplate(context, session.launchData.contextTemplate, session.registration),
    timestamp: new Date(now).toISOString(),
  };
}

const sessionTime = (session: Cmi5Session, now: number) => xapiDuration(now - session.startedAt);

/** The first statement of a session. */
export const initializedStatement = (session: Cmi5Session, now: number): XapiStatement =>
  definedStatement(session, 'initialized', now);

/** The last statement of a session, with how long it lasted. */
export const terminatedStatement = (session: Cmi5Session, now: number): XapiStatement =>
  definedStatement(session, 'terminated', now, { result: { duration: sessionTime(session, now) } });

/**
 * Whether a finished quiz passes: against the LMS's mastery score when the launch data gives one
 * (it overrides the package's), else by the quiz's own pass mark, which the package's mastery score is.
 */
export function passes({ score, total, passed }: QuizScore, masteryScore: number | undefined): boolean {
  return masteryScore === undefined ? passed : (total ? score / total : 0) >= masteryScore;
}

/**
 * What a finished quiz reports: `completed`, once in a registration, and `passed` (once) or `failed`
 * (until passed), with the scaled score; nothing in Browse or Review mode, where the LMS records no
 * result (9.3). Gives the statements and what is reported after them.
 */
export function finishStatements(
  detail: QuizScore,
  session: Cmi5Session,
  reported: Cmi5Reported,
  now: number,
): { readonly statements: XapiStatement[]; readonly reported: Cmi5Reported } {
  if (session.launchData.launchMode !== 'Normal') return { statements: [], reported };
  const { score, total } = detail;
  const duration = sessionTime(session, now);
  const passed = passes(detail, session.launchData.masteryScore);
  const statements = [
    ...(reported.completed
      ? []
      : [definedStatement(session, 'completed', now, { result: { completion: true, duration }, moveOn: true })]),
    ...(reported.passed
      ? []
      : [
          definedStatement(session, passed ? 'passed' : 'failed', now, {
            result: {
              score: { scaled: total ? score / total : 0, raw: score, min: 0, max: total },
              success: passed,
              duration,
            },
            moveOn: true,
          }),
        ]),
  ];
  return { statements, reported: { completed: true, passed: reported.passed || passed } };
}
