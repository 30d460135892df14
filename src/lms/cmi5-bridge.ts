import type { GlossaQuiz } from '../quiz/quiz.js';
import { LrsSender } from '../xapi/lrs-sender.js';
import { answerStatement } from '../xapi/statements.js';
import { cmi5LaunchOf, launchDataOf, type Cmi5Launch, type StateKey } from './cmi5-launch.js';
import { authorization, getState, putState } from './cmi5-requests.js';
import {
  allowedStatement,
  finishStatements,
  initializedStatement,
  terminatedStatement,
  type Cmi5Reported,
  type Cmi5Session,
} from './cmi5-statements.js';
import { recordOfSuspendData, suspendDataOf } from './suspend-data.js';

/**
 * The launch page's link between its `<glossa-quiz>` and a cmi5 LMS (cmi5 "quartz", the AU's side):
 * it reads the launch URL, asks the fetch URL for credentials, reads `LMS.LaunchData`, resumes the
 * learner's attempt from a state document of its own, and sends `initialized`, each settled answer,
 * `completed` and `passed` or `failed` when the quiz is finished (only in Normal launch mode), and
 * `terminated` when the page goes, after which it goes to the LMS's `returnURL` if the learner chose
 * to exit. Statements go through the LRS sender (queued, batched, retried). Without a launch the quiz
 * works as on any page, and the page's note says that nothing is reported. It ships only in a
 * `glossa package --cmi5`, never in the reader bundles.
 */

/** The state document where the AU keeps the quiz's progress and what it reported, per registration. */
const PROGRESS_STATE = 'glossa-quiz-progress';
/** A keepalive request's body may not pass 64 KiB. */
const PROGRESS_LIMIT = 60_000;
/** How long an exit waits for the LRS to take the last statements before it leaves anyway. */
const EXIT_WAIT_MS = 5000;

interface SavedProgress {
  readonly progress?: string;
  readonly reported: Cmi5Reported;
}

function savedProgressOf(document: unknown): SavedProgress {
  const saved = (typeof document === 'object' && document !== null ? document : {}) as Partial<SavedProgress>;
  return {
    ...(typeof saved.progress === 'string' && { progress: saved.progress }),
    reported: { completed: saved.reported?.completed === true, passed: saved.reported?.passed === true },
  };
}

const showNote = () => document.querySelector<HTMLElement>('[data-glossa-lms-note]')?.removeAttribute('hidden');

async function connect(): Promise<void> {
  await customElements.whenDefined('glossa-quiz');
  const quiz = document.querySelector('glossa-quiz');
  const launch = cmi5LaunchOf(new URL(location.href));
  if (!quiz || !launch) {
    showNote();
    return;
  }
  // Until the attempt is restored and the session initialized, an answer would be lost or overwritten.
  quiz.inert = true;
  try {
    await run(quiz, launch);
  } catch (error) {
    console.warn(`<glossa-quiz>: cmi5: ${(error as Error).message}; nothing is reported`);
    showNote();
  } finally {
    quiz.inert = false;
  }
}

async function run(quiz: GlossaQuiz, launch: Cmi5Launch): Promise<void> {
  const auth = await authorization(launch.fetch);
  const key = (stateId: string): StateKey => ({
    activityId: launch.activityId,
    agent: launch.actor,
    registration: launch.registration,
    stateId,
  });
  const launchData = launchDataOf(await getState(launch.endpoint, auth, key('LMS.LaunchData')));
  if (!launchData) throw new Error('the LMS gave no LMS.LaunchData');
  const saved = savedProgressOf(await getState(launch.endpoint, auth, key(PROGRESS_STATE)));
  quiz.restoreProgress(saved.progress === undefined ? null : recordOfSuspendData(saved.progress));
  let reported = saved.reported;
  const session: Cmi5Session = { ...launch, launchData, startedAt: Date.now() };

  const saveProgress = () => {
    const progress = suspendDataOf(quiz.progressRecord, PROGRESS_LIMIT);
    putState(launch.endpoint, auth, key(PROGRESS_STATE), { ...(progress && { progress }), reported }).catch(
      (error: Error) => console.warn(`<glossa-quiz>: cmi5: progress not kept: ${error.message}`),
    );
  };

  const sender = new LrsSender(launch.endpoint);
  sender.auth = auth;
  let terminated = false;
  const terminate = () => {
    if (terminated) return;
    terminated = true;
    saveProgress();
    sender.send([terminatedStatement(session, Date.now())]);
  };
  // Before the sender's own listener, which then sends `terminated` at once with whatever else waits.
  window.addEventListener('pagehide', terminate);
  sender.start();
  sender.send([initializedStatement(session, session.startedAt)]);

  quiz.addEventListener('glossa-answer', ({ detail }) => {
    const asked = quiz.validArticle;
    const made =
      asked?.quiz &&
      answerStatement(detail, {
        actor: launch.actor,
        quiz: asked.quiz,
        activityId: launch.activityId,
        lang: asked.lang,
        registration: launch.registration,
      });
    if (made && !terminated) sender.send([allowedStatement(made, session)]);
    saveProgress();
  });
  quiz.addEventListener('glossa-complete', ({ detail }) => {
    const finished = finishStatements(detail, session, reported, Date.now());
    reported = finished.reported;
    if (!terminated) sender.send(finished.statements);
    saveProgress();
  });
  quiz.addEventListener('glossa-reset', saveProgress);

  const { returnURL } = launchData;
  const exit = document.querySelector<HTMLButtonElement>('[data-glossa-lms-exit]');
  if (!exit || returnURL === undefined) return;
  exit.hidden = false;
  exit.addEventListener('click', () => {
    exit.disabled = true;
    terminate();
    const left = new Promise((resolve) => setTimeout(resolve, EXIT_WAIT_MS));
    void Promise.race([sender.whenSent(), left]).then(() => location.assign(new URL(returnURL, location.href)));
  });
}

void connect();
