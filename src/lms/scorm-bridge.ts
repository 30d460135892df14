import type { GlossaQuiz } from '../quiz/quiz.js';
import { findScormApi } from './find-scorm-api.js';
import { dialectOf } from './scorm-dialect.js';
import { interactionValues, launchValues, scoreValues, type ScormValues } from './scorm-report.js';
import { ScormSession } from './scorm-session.js';
import { recordOfSuspendData, suspendDataOf } from './suspend-data.js';

/**
 * The launch page's link between its `<glossa-quiz>` and the learning platform, in the SCORM version
 * its `<meta name="glossa-scorm">` names: it finds the platform's API, resumes the learner's attempt
 * from the suspend data (or starts afresh), reports each settled answer as an interaction and the
 * finished quiz's score and status, keeps the progress in the suspend data, and ends the session when
 * the page goes. Without a platform the quiz works as on any page, and the page's note says that
 * nothing is reported. It ships only in a `glossa package`, never in the reader bundles.
 */
const dialect = dialectOf(document.querySelector('meta[name="glossa-scorm"]')?.getAttribute('content'));

async function connect(): Promise<void> {
  await customElements.whenDefined('glossa-quiz');
  const quiz = document.querySelector('glossa-quiz');
  if (!quiz) return;
  const api = findScormApi(window, dialect.apiName);
  const session = api && new ScormSession(api, dialect);
  if (!session?.initialize()) {
    document.querySelector<HTMLElement>('[data-glossa-lms-note]')?.removeAttribute('hidden');
    return;
  }
  const resumed = session.get(dialect.entry) === 'resume';
  // A new attempt starts afresh, whatever an earlier learner of this browser left in its storage.
  quiz.restoreProgress(resumed ? recordOfSuspendData(session.get(dialect.suspendData)) : null);
  const flush = flushing(session, quiz);
  session.set(launchValues(dialect, session.get(dialect.completion)));
  flush();

  const report = (values: ScormValues) => {
    session.set(values);
    flush();
  };
  quiz.addEventListener('glossa-answer', ({ detail }) => {
    const question = quiz.validArticle?.quiz?.questions.find(({ id }) => id === detail.questionId);
    const index = Number(session.get(`${dialect.interactions}._count`)) || 0;
    report(question ? interactionValues(dialect, index, question, detail) : []);
  });
  quiz.addEventListener('glossa-complete', ({ detail }) => report(scoreValues(dialect, detail)));
  quiz.addEventListener('glossa-reset', () => report([]));
  window.addEventListener('pagehide', () => {
    // Answers given but not checked are kept too.
    saveProgress(session, quiz);
    session.commit();
    session.terminate();
  });
}

/** Stores the quiz's progress as suspend data, unless it is over the platform's limit. */
function saveProgress(session: ScormSession, quiz: GlossaQuiz): void {
  const data = suspendDataOf(quiz.progressRecord, dialect.suspendLimit);
  if (data !== undefined) session.set([[dialect.suspendData, data]]);
  else if (quiz.progressRecord)
    console.warn(`<glossa-quiz>: progress is over ${dialect.suspendLimit} characters, not kept for resuming`);
}

/**
 * Saves the progress and commits once after a burst of reports: finishing settles every unchecked
 * answer, then completes, in one task.
 */
function flushing(session: ScormSession, quiz: GlossaQuiz): () => void {
  let scheduled = false;
  return () => {
    if (scheduled) return;
    scheduled = true;
    queueMicrotask(() => {
      scheduled = false;
      saveProgress(session, quiz);
      session.commit();
    });
  };
}

void connect();
