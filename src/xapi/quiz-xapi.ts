import { isSafeUrl } from '../model/primitives.js';
import { passPercentOf } from '../quiz/progress.js';
import { loadProgress, saveProgress } from '../quiz/progress-store.js';
import type { GlossaQuiz } from '../quiz/quiz.js';
import type { Session } from '../quiz/quiz-session-controller.js';
import type { GlossaAnswerEvent } from '../shared/events/glossa-answer.js';
import type { GlossaCompleteEvent } from '../shared/events/glossa-complete.js';
import { activityBase, quizActivityId } from './activity-ids.js';
import { acquireSender, releaseSender, type LrsSender } from './lrs-sender.js';
import { answerStatement, completionStatements, type StatementContext } from './statements.js';
import type { XapiStatement } from './statement-types.js';
import { randomUuid } from './uuid.js';

/** One go at a quiz, from its first showing or "Start over" to the next: kept with the reader's progress. */
interface Attempt {
  readonly registration: string;
  readonly startedAt: number;
}

const attemptKey = (session: Session) => `glossa-xapi-attempt:${session.key}`;

function newAttempt(session: Session): Attempt {
  const attempt = { registration: randomUuid(), startedAt: Date.now() };
  saveProgress(attemptKey(session), attempt);
  return attempt;
}

function attemptOf(session: Session): Attempt {
  const stored = loadProgress(attemptKey(session)) as Partial<Attempt> | undefined;
  return typeof stored?.registration === 'string' && typeof stored.startedAt === 'number'
    ? (stored as Attempt)
    : newAttempt(session);
}

/** The LRS's address, absolute, when the page gave one that passes the URL check. */
function endpointOf(quiz: GlossaQuiz): string | undefined {
  const given = quiz.xapiEndpoint;
  if (given && isSafeUrl(given)) return new URL(given, document.baseURI).href;
  if (given)
    console.warn(
      `<glossa-quiz>: xapi-endpoint="${given}" is not an http(s) URL (a link to another site starts with https://): nothing is sent`,
    );
  return undefined;
}

/**
 * xAPI for one `<glossa-quiz>` with `xapi-endpoint`, loaded only for such a quiz. Its own listeners on
 * the element, in the capture phase, run before the page's listeners on the quiz or on any ancestor
 * as the event bubbles: they add the statements to the detail of `glossa-answer` and `glossa-complete`
 * (`detail.statements`) and hand them to the endpoint's sender, which stores them before returning and
 * sends them later. `glossa-reset` starts a new attempt (a new `registration`).
 */
export function attachXapi(quiz: GlossaQuiz, session: () => Session | undefined): void {
  let connected = false;
  let held: { readonly endpoint: string; readonly sender: LrsSender } | undefined;
  let warned = false;

  /** The sender of the endpoint the quiz names now, held while the quiz is in the page. */
  const sender = () => {
    const endpoint = connected ? endpointOf(quiz) : undefined;
    if (endpoint === held?.endpoint) return held?.sender;
    if (held) releaseSender(held.endpoint);
    held = endpoint ? { endpoint, sender: acquireSender(endpoint) } : undefined;
    return held?.sender;
  };

  const context = (current: Session): StatementContext | undefined => {
    const actor = quiz.xapiActor;
    if (!actor) {
      if (!warned) console.warn('<glossa-quiz> has xapi-endpoint but no xapiActor: no statements are made');
      warned = true;
      return undefined;
    }
    const { article, quiz: asked } = current;
    const base = activityBase(quiz.getAttribute('xapi-activity-base'), new URL(location.href), !!article);
    const lang = asked === article?.quiz ? article.lang : quiz.closest('[lang]')?.getAttribute('lang') || 'und';
    const { registration, startedAt } = attemptOf(current);
    const graded = quiz.pass !== undefined || asked.passPercent !== undefined;
    return {
      actor,
      quiz: asked,
      activityId: quizActivityId(base, article?.id ?? (quiz.id || 'quiz')),
      lang,
      ...(article && { name: article.title }),
      ...(graded && { passPercent: passPercentOf(quiz.pass, asked.passPercent) }),
      registration,
      startedAt,
    };
  };

  const settled = (
    event: GlossaAnswerEvent | GlossaCompleteEvent,
    make: (made: StatementContext) => XapiStatement[],
  ) => {
    const current = session();
    const made = current && context(current);
    if (!made) return;
    const statements = make(made);
    // The detail is the quiz's own object, made for this event: the page's listeners see it with its statements.
    Object.assign(event.detail, { statements });
    const target = sender();
    if (!target) return;
    target.auth = quiz.xapiAuth;
    target.send(statements);
  };

  const capture = { capture: true };
  quiz.addEventListener(
    'glossa-answer',
    (event) => settled(event, (made) => [answerStatement(event.detail, made)].filter((made) => made !== undefined)),
    capture,
  );
  quiz.addEventListener(
    'glossa-complete',
    (event) => settled(event, (made) => completionStatements(event.detail, made)),
    capture,
  );
  quiz.addEventListener('glossa-reset', () => {
    const current = session();
    if (current) newAttempt(current);
  });
  // The attempt starts when the quiz is first shown: its article may still be loading when xAPI attaches.
  let shown: Session['key'] | undefined;
  const startAttempt = () => {
    const current = session();
    if (!current || current.key === shown) return;
    shown = current.key;
    attemptOf(current);
  };
  quiz.addController({
    hostConnected: () => {
      connected = true;
      sender();
    },
    hostDisconnected: () => {
      connected = false;
      sender();
    },
    hostUpdated: startAttempt,
  });
  startAttempt();
}
