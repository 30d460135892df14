import { expect } from '@open-wc/testing';
import { sendKeys, sendMouse } from '@web/test-runner-commands';
import Cmi5 from '@xapi/cmi5';
import type { Article } from '../../src/model/types.js';
import type { XapiStatement } from '../../src/xapi/statement-types.js';
import { parts, textOf } from '../fixtures/dom.js';
import { waitUntil } from '../fixtures/wait.js';
import { fakeLrs, type LrsLog } from '../xapi/fake-lrs.js';
import { specProblems } from '../xapi/xapi-spec-rules.js';
import { CMI5, cmi5Problems, verbName } from './cmi5-rules.js';

/**
 * `glossa package --cmi5` as an LMS runs it: the zip imported by the fake LMS (which packages it with
 * the command line), its cmi5.xml read for the AU's id, `LMS.LaunchData` stored, and the launch page
 * opened in a frame with the launch URL's parameters; the fake LRS plays the LMS's fetch URL and State
 * API. The learner answers with real clicks and keys.
 */

const ACTOR = { objectType: 'Agent', account: { homePage: 'https://lms.example', name: 'learner-7' } } as const;

/** Three questions of the seed article (single choice, true/false, fill-in), passed at 60 %. */
async function quizArticle(): Promise<Article> {
  const article = (await (await fetch('/demo/articles/kazakhstan-2022.json')).json()) as Article;
  const ids = ['trigger', 'nazarbayev-seen', 'arrests'];
  return {
    ...article,
    quiz: {
      ...article.quiz!,
      passPercent: 60,
      questions: ids.map((id) => article.quiz!.questions.find((q) => q.id === id)!),
    },
  };
}

interface Imported {
  readonly base: string;
  readonly courseId: string;
  readonly auId: string;
  readonly masteryScore: number;
}

/** The package imported as an LMS imports it: its course structure tells the AU's id and mastery score. */
async function importPackage(): Promise<Imported> {
  const base = `/fake-lms/cmi5-${Math.random().toString(36).slice(2)}`;
  const imported = await fetch(`${base}/import?target=cmi5`, {
    method: 'POST',
    body: JSON.stringify(await quizArticle()),
  });
  expect(imported.status).to.equal(200);
  const xml = new DOMParser().parseFromString(
    await (await fetch(`${base}/package/cmi5.xml`)).text(),
    'application/xml',
  );
  const au = xml.querySelector('au')!;
  return {
    base,
    courseId: xml.querySelector('course')!.getAttribute('id')!,
    auId: au.getAttribute('id')!,
    masteryScore: Number(au.getAttribute('masteryScore')),
  };
}

interface LaunchOptions {
  readonly registration: string;
  readonly launchMode?: 'Normal' | 'Browse' | 'Review';
  readonly masteryScore?: number;
  readonly returnURL?: string;
  /** Whether the launch's fetch URL was used before the AU asks it. */
  readonly fetchedBefore?: boolean;
}

type Lrs = ReturnType<typeof fakeLrs>;

/** What the LMS does to launch the AU: LaunchData stored, a fresh fetch URL, the launch URL in a frame. */
async function launch(lrs: Lrs, pkg: Imported, options: LaunchOptions) {
  const sessionId = crypto.randomUUID();
  const { registration } = options;
  await lrs.lmsState(
    { stateId: 'LMS.LaunchData', activityId: pkg.auId, agent: ACTOR, registration },
    {
      contextTemplate: {
        contextActivities: { grouping: [{ objectType: 'Activity', id: pkg.courseId }] },
        extensions: { [CMI5.sessionId]: sessionId },
      },
      launchMode: options.launchMode ?? 'Normal',
      moveOn: 'CompletedAndPassed',
      ...(options.masteryScore !== undefined && { masteryScore: options.masteryScore }),
      ...(options.returnURL !== undefined && { returnURL: options.returnURL }),
    },
  );
  const url = new URL(`${pkg.base}/package/index.html`, location.href);
  url.search = new URLSearchParams({
    endpoint: new URL(lrs.endpoint, location.href).href,
    fetch: lrs.fetchUrl(sessionId),
    actor: JSON.stringify(ACTOR),
    registration,
    activityId: pkg.auId,
  }).toString();
  if (options.fetchedBefore) await fetch(lrs.fetchUrl(sessionId), { method: 'POST' });
  const frame = document.createElement('iframe');
  frame.style.cssText = 'position: fixed; inset: 0; width: 780px; height: 580px; border: 0';
  frame.src = url.href;
  document.body.append(frame);
  await waitUntil(() =>
    frame.contentDocument?.querySelector('glossa-quiz')?.shadowRoot?.querySelector('[part~="question"]'),
  );
  const quiz = frame.contentDocument!.querySelector('glossa-quiz')!;
  if (!options.fetchedBefore)
    await waitUntil(async () => (await statementsOf(lrs)).some((statement) => verbName(statement) === 'initialized'));
  return { frame, quiz, sessionId };
}

const statementsOf = async (lrs: Lrs) => Object.values((await lrs.log()).stored);
const shown = (quiz: Element) => parts(quiz, 'question').find((question) => !question.hidden)!;

/** A real click in the middle of an element of the frame. */
async function clickIn(frame: HTMLIFrameElement, element: Element): Promise<void> {
  element.scrollIntoView({ block: 'center' });
  const box = element.getBoundingClientRect();
  const offset = frame.getBoundingClientRect();
  await sendMouse({
    type: 'click',
    position: [Math.round(offset.x + box.x + box.width / 2), Math.round(offset.y + box.y + box.height / 2)],
  });
}

const inShown = (quiz: Element, name: string) => shown(quiz).querySelector(`[part~="${name}"]`)!;

async function waitForFeedback(quiz: Element) {
  await waitUntil(() => shown(quiz).querySelector('[part~="feedback"]'), 'the answer is checked');
}

/** The learner's answers: the first right, the second wrong (2 of 3, 0.667, passes 60 %), the third right. */
const answers = [
  async (frame: HTMLIFrameElement, quiz: Element) => {
    const choice = [...shown(quiz).querySelectorAll('[part~="choice"]')].find((c) =>
      textOf(c).includes('A rapid rise in fuel prices'),
    )!;
    await clickIn(frame, choice);
    await clickIn(frame, inShown(quiz, 'check-button'));
  },
  async (frame: HTMLIFrameElement, quiz: Element) => {
    const choice = [...shown(quiz).querySelectorAll('[part~="choice"]')].find((c) => textOf(c) === 'True')!;
    await clickIn(frame, choice);
    await clickIn(frame, inShown(quiz, 'check-button'));
  },
  async (frame: HTMLIFrameElement, quiz: Element) => {
    await clickIn(frame, inShown(quiz, 'blank-input'));
    await sendKeys({ type: '10,000' });
    await sendKeys({ press: 'Enter' });
  },
];

async function answer(frame: HTMLIFrameElement, quiz: Element, index: number) {
  await answers[index]!(frame, quiz);
  await waitForFeedback(quiz);
}

async function next(frame: HTMLIFrameElement, quiz: Element) {
  const before = shown(quiz);
  await clickIn(frame, quiz.shadowRoot!.querySelector('[part~="next-button"]')!);
  await waitUntil(() => shown(quiz) !== before, 'the next question is shown');
}

async function finish(frame: HTMLIFrameElement, quiz: Element) {
  await clickIn(frame, quiz.shadowRoot!.querySelector('[part~="finish-button"]')!);
  await waitUntil(() => quiz.shadowRoot!.querySelector('[part~="results"]'), 'the results are shown');
}

/** The learner answers the three questions, each shown after the last, and finishes. */
async function answerEveryQuestion(frame: HTMLIFrameElement, quiz: Element) {
  for (const index of answers.keys()) {
    await answer(frame, quiz, index);
    if (index < answers.length - 1) await next(frame, quiz);
  }
  await finish(frame, quiz);
}

/** The learner closes the AU: its page goes, and hears `pagehide`. */
async function leave(lrs: Lrs, frame: HTMLIFrameElement, sessionId: string) {
  frame.src = 'about:blank';
  await waitUntil(
    async () =>
      (await statementsOf(lrs)).some(
        (statement) =>
          verbName(statement) === 'terminated' && statement.context?.extensions?.[CMI5.sessionId] === sessionId,
      ),
    'terminated arrives',
  );
  frame.remove();
}

const ofSession = (statements: XapiStatement[], sessionId: string) =>
  statements.filter((statement) => statement.context?.extensions?.[CMI5.sessionId] === sessionId);

describe('glossa package --cmi5, launched by a fake cmi5 LMS', () => {
  let pkg: Imported;
  before(async () => {
    pkg = await importPackage();
  });
  beforeEach(() => {
    localStorage.clear();
    sessionStorage.clear();
  });

  it("course structure: one AU passed at the quiz's pass mark, launched by the package's launch page", () => {
    expect(pkg.auId).to.equal(`${pkg.courseId}/quiz`);
    expect(pkg.masteryScore).to.equal(0.6);
  });

  it('reports a finished quiz in the order and form cmi5 requires, with the fetched credentials', async () => {
    const lrs = fakeLrs('cmi5-normal');
    const registration = crypto.randomUUID();
    const { frame, quiz, sessionId } = await launch(lrs, pkg, { registration, masteryScore: pkg.masteryScore });
    await answerEveryQuestion(frame, quiz);
    await waitUntil(async () => (await statementsOf(lrs)).some((statement) => verbName(statement) === 'passed'));
    await leave(lrs, frame, sessionId);

    const log: LrsLog = await lrs.log();
    const statements = Object.values(log.stored);
    expect(
      cmi5Problems(statements, { registration, sessionId, activityId: pkg.auId, masteryScore: 0.6 }),
    ).to.deep.equal([]);
    expect(statements.flatMap(specProblems)).to.deep.equal([]);
    expect(statements.map(verbName)).to.deep.equal([
      'initialized',
      'answered',
      'answered',
      'answered',
      'completed',
      'passed',
      'terminated',
    ]);
    const passed = statements.find((statement) => verbName(statement) === 'passed')!;
    expect(passed.result!.score!.scaled).to.equal(2 / 3);
    expect(statements.filter((s) => verbName(s) === 'answered').map((s) => s.result!.success)).to.deep.equal([
      true,
      false,
      true,
    ]);
    expect(log.token, 'the fetch URL was asked').to.be.a('string');
    expect(log.requests.map((request) => request.authorization)).to.satisfy((auths: string[]) =>
      auths.every((auth) => auth === `Basic ${log.token}`),
    );
    expect(log.requests.every((request) => request.status === 200)).to.equal(true);
    expect(
      log.lmsRequests.filter((request) => request.route.startsWith('fetch/')).length,
      'the fetch URL once',
    ).to.equal(1);
    expect(log.lmsRequests.find((request) => request.stateId === 'LMS.LaunchData')?.status).to.equal(200);
  });

  it("judges against the LMS's mastery score when LaunchData gives one, over the package's", async () => {
    const lrs = fakeLrs('cmi5-mastery');
    const registration = crypto.randomUUID();
    const { frame, quiz, sessionId } = await launch(lrs, pkg, { registration, masteryScore: 0.8 });
    await answerEveryQuestion(frame, quiz);
    await leave(lrs, frame, sessionId);
    const statements = await statementsOf(lrs);
    expect(
      cmi5Problems(statements, { registration, sessionId, activityId: pkg.auId, masteryScore: 0.8 }),
    ).to.deep.equal([]);
    expect(statements.map(verbName)).to.include('failed').and.not.include('passed');
  });

  it('sends no completed, passed or failed in Browse mode', async () => {
    const lrs = fakeLrs('cmi5-browse');
    const registration = crypto.randomUUID();
    const { frame, quiz, sessionId } = await launch(lrs, pkg, { registration, launchMode: 'Browse' });
    await answerEveryQuestion(frame, quiz);
    await leave(lrs, frame, sessionId);
    const statements = await statementsOf(lrs);
    expect(statements.map(verbName)).to.deep.equal(['initialized', 'answered', 'answered', 'answered', 'terminated']);
    expect(cmi5Problems(statements, { registration, sessionId, activityId: pkg.auId })).to.deep.equal([]);
  });

  it('resumes from its state in the LRS on a relaunch, with nothing left in the browser', async () => {
    const lrs = fakeLrs('cmi5-resume');
    const registration = crypto.randomUUID();
    const first = await launch(lrs, pkg, { registration, masteryScore: 0.6 });
    await answer(first.frame, first.quiz, 0);
    await next(first.frame, first.quiz);
    await leave(lrs, first.frame, first.sessionId);
    await waitUntil(
      async () => Object.keys((await lrs.log()).states).length === 2,
      'the progress is kept in the state',
    );
    localStorage.clear();
    sessionStorage.clear();

    const second = await launch(lrs, pkg, { registration, masteryScore: 0.6 });
    await waitUntil(
      () => textOf(second.quiz.shadowRoot!.querySelector('[part~="step"]')!).includes('Question 2 of 3'),
      'resumed at 2',
    );
    await answer(second.frame, second.quiz, 1);
    await next(second.frame, second.quiz);
    await answer(second.frame, second.quiz, 2);
    await finish(second.frame, second.quiz);
    await leave(lrs, second.frame, second.sessionId);
    const statements = await statementsOf(lrs);
    const resumed = ofSession(statements, second.sessionId);
    expect(resumed.map(verbName)).to.deep.equal([
      'initialized',
      'answered',
      'answered',
      'completed',
      'passed',
      'terminated',
    ]);
    expect(
      cmi5Problems(resumed, { registration, sessionId: second.sessionId, activityId: pkg.auId, masteryScore: 0.6 }),
    ).to.deep.equal([]);
    expect(resumed.find((statement) => verbName(statement) === 'passed')!.result!.score!.scaled).to.equal(2 / 3);
  });

  it("on exit, terminates and goes to the LMS's returnURL", async () => {
    const lrs = fakeLrs('cmi5-exit');
    const registration = crypto.randomUUID();
    const returnURL = new URL('/demo/', location.href).href;
    const { frame, quiz } = await launch(lrs, pkg, { registration, returnURL });
    await answer(frame, quiz, 0);
    const exit = frame.contentDocument!.querySelector<HTMLButtonElement>('[data-glossa-lms-exit]')!;
    await waitUntil(() => !exit.hidden, 'the exit button is shown');
    await clickIn(frame, exit);
    await waitUntil(() => frame.contentWindow?.location.href === returnURL, 'the frame is at the returnURL');
    const verbs = (await statementsOf(lrs)).map(verbName);
    expect(verbs).to.deep.equal(['initialized', 'answered', 'terminated']);
    frame.remove();
  });

  it('says nothing is reported, and sends nothing, when the fetch URL was used already', async () => {
    const lrs = fakeLrs('cmi5-fetched');
    const { frame, quiz } = await launch(lrs, pkg, { registration: crypto.randomUUID(), fetchedBefore: true });
    const note = frame.contentDocument!.querySelector<HTMLElement>('[data-glossa-lms-note]')!;
    await waitUntil(() => !note.hidden, 'the note is shown');
    await answer(frame, quiz, 0);
    const log = await lrs.log();
    expect(log.requests).to.deep.equal([]);
    expect(
      log.lmsRequests.map(({ route }) => route.split('/')[0]),
      "the test's fetch and the AU's, then no State API request",
    ).to.deep.equal(['fetch', 'fetch']);
    frame.remove();
  });

  it('makes the statements @xapi/cmi5 makes for the same launch, part for part', async () => {
    const ours = fakeLrs('cmi5-ours');
    const theirs = fakeLrs('cmi5-theirs');
    const registration = crypto.randomUUID();
    const { frame, quiz, sessionId } = await launch(ours, pkg, { registration, masteryScore: 0.6 });
    await answerEveryQuestion(frame, quiz);
    await leave(ours, frame, sessionId);

    await theirs.lmsState(
      { stateId: 'LMS.LaunchData', activityId: pkg.auId, agent: ACTOR, registration },
      {
        contextTemplate: {
          contextActivities: { grouping: [{ objectType: 'Activity', id: pkg.courseId }] },
          extensions: { [CMI5.sessionId]: sessionId },
        },
        launchMode: 'Normal',
        moveOn: 'CompletedAndPassed',
        masteryScore: 0.6,
      },
    );
    const reference = new Cmi5({
      endpoint: new URL(theirs.endpoint, location.href).href,
      fetch: theirs.fetchUrl('reference'),
      actor: ACTOR,
      registration,
      activityId: pkg.auId,
    });
    await reference.initialize();
    await reference.complete();
    await reference.pass(2 / 3);
    await reference.terminate();

    const byVerb = (statements: XapiStatement[]) =>
      new Map(statements.map((statement) => [verbName(statement), statement]));
    const ourStatements = byVerb(await statementsOf(ours));
    const theirStatements = byVerb(await statementsOf(theirs));
    expect([...theirStatements.keys()]).to.deep.equal(['initialized', 'completed', 'passed', 'terminated']);
    for (const [verb, their] of theirStatements)
      expect(missingParts(ourStatements.get(verb), their), verb).to.deep.equal([]);
  });
});

/** Parts that differ by nature between two statements of the same thing: its own id, when, and how long. */
const isOwnPart = (path: string, key: string) =>
  (path === '' && (key === 'id' || key === 'timestamp')) || (path === '.result' && key === 'duration');

/** Every part of `theirs` (by path) that `ours` lacks or holds another value at; list items found anywhere in ours. */
function missingParts(ours: unknown, theirs: unknown, path = ''): string[] {
  if (Array.isArray(theirs))
    return theirs.flatMap((item: unknown, index) =>
      Array.isArray(ours) && ours.some((candidate) => missingParts(candidate, item, `${path}[]`).length === 0)
        ? []
        : [`${path}[${index}]`],
    );
  if (typeof theirs === 'object' && theirs !== null)
    return Object.entries(theirs).flatMap(([key, value]) =>
      isOwnPart(path, key)
        ? []
        : missingParts((ours as Record<string, unknown> | undefined)?.[key], value, `${path}.${key}`),
    );
  return ours === theirs ? [] : [`${path}: ${JSON.stringify(ours)} is not ${JSON.stringify(theirs)}`];
}
