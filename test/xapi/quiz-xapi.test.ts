import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import type { GlossaQuiz } from '../../src/quiz/quiz.js';
import type { XapiStatement } from '../../src/xapi/statement-types.js';
import { queueKey } from '../../src/xapi/statement-queue.js';
import { nextEvent } from '../fixtures/dom.js';
import { waitUntil } from '../fixtures/wait.js';
import { part, parts, settled, tabOnTo, tabTo, validMinimal } from '../quiz/quiz-helpers.js';
import { fakeLrs, type LrsLog } from './fake-lrs.js';
import { specProblems } from './xapi-spec-rules.js';

const actor = { mbox: 'mailto:reader@example.org', name: 'A Reader' } as const;
const AUTH = 'Basic cmVhZGVyOnNlY3JldA==';
const press = (key: string) => sendKeys({ press: key });

async function xapiQuiz(endpoint: string, { layout = 'stepper', feedback = 'immediate', questions = 'q1 q2 q3' } = {}) {
  const el = await fixture<GlossaQuiz>(html`<glossa-quiz
    layout=${layout}
    feedback=${feedback}
    questions=${questions}
    xapi-endpoint=${endpoint}
    xapi-activity-base="https://school.example/xapi"
    .xapiActor=${actor}
    .xapiAuth=${AUTH}
    .article=${validMinimal()}
  ></glossa-quiz>`);
  await settled(el);
  return el;
}

/** Picks the first choice of the question on screen with the keyboard and checks it with Enter. */
async function answerFirstChoice(el: GlossaQuiz): Promise<readonly XapiStatement[]> {
  const question = parts(el, 'question').find((candidate) => !candidate.hidden)!;
  await tabTo(el, question.querySelector('[part~="choice-input"]')!);
  await press('Space');
  await tabOnTo(el, question.querySelector('[part~="check-button"]')!);
  const answered = nextEvent(el, 'glossa-answer');
  await press('Enter');
  return (await answered).detail.statements!;
}

async function goNext(el: GlossaQuiz): Promise<void> {
  await tabOnTo(el, part(el, 'next-button'));
  await press('Enter');
  await settled(el);
}

const stored = (log: LrsLog) => Object.keys(log.stored);
const queuedIds = (endpoint: string) =>
  (
    (JSON.parse(localStorage.getItem(queueKey(new URL(endpoint, document.baseURI).href)) ?? '[]') as XapiStatement[]) ??
    []
  ).map(({ id }) => id);

describe('<glossa-quiz> with xAPI', () => {
  beforeEach(() => localStorage.clear());

  it('loads no xAPI code for a quiz without xapi-endpoint, and puts no statements on its events', async () => {
    const el = await fixture<GlossaQuiz>(html`<glossa-quiz .article=${validMinimal()} questions="q1"></glossa-quiz>`);
    await settled(el);
    const statements = (await answerFirstChoiceDetail(el)).statements;
    expect(statements).to.equal(undefined);
    const loaded = performance.getEntriesByType('resource').map((entry) => entry.name);
    expect(loaded.some((name) => name.includes('/src/xapi/quiz-xapi.'))).to.equal(false);
    expect(
      loaded.some((name) => name.includes('/src/quiz/')),
      'the quiz itself is seen',
    ).to.equal(true);
  });

  it('sends every settled answer and the completion in one request, valid, with the version and the credentials', async () => {
    const lrs = fakeLrs('batch');
    const el = await xapiQuiz(lrs.endpoint, { layout: 'list', feedback: 'end', questions: '' });
    await expect(el).to.be.accessible();
    await tabTo(el, parts(el, 'choice-input')[0]!);
    await press('Space');
    const details: (readonly XapiStatement[])[] = [];
    const onEvent = (event: CustomEvent<{ statements?: readonly XapiStatement[] }>) =>
      details.push(event.detail.statements!);
    document.body.addEventListener('glossa-answer', onEvent);
    document.body.addEventListener('glossa-complete', onEvent);
    await tabOnTo(el, part(el, 'finish-button'));
    await press('Enter');
    document.body.removeEventListener('glossa-answer', onEvent);
    document.body.removeEventListener('glossa-complete', onEvent);

    const statements = details.flat();
    expect(statements.map((statement) => statement.verb.id.split('/').pop())).to.deep.equal([
      ...Array<string>(6).fill('answered'),
      'completed',
      'failed',
    ]);
    for (const statement of statements) expect(specProblems(statement)).to.deep.equal([]);
    expect(statements[0]!.result).to.deep.equal({ response: 'a', success: true });
    expect(statements[0]!.object.id).to.equal('https://school.example/xapi/minimal/quiz/q1');
    expect(statements[6]!.result!.score).to.deep.include({ raw: 1, max: 6 });

    await waitUntil(async () => stored(await lrs.log()).length === 8, 'the LRS stores all eight');
    const { requests } = await lrs.log();
    expect(requests).to.have.length(1);
    expect(requests[0]).to.deep.equal({
      authorization: AUTH,
      version: '1.0.3',
      contentType: 'application/json',
      ids: statements.map(({ id }) => id),
      status: 200,
      warnings: [],
    });
    await waitUntil(() => queuedIds(lrs.endpoint).length === 0, 'the queue empties once the LRS has them');
  });

  it('stores a statement before sending it, and sends it again with the same id after a 503', async () => {
    const lrs = fakeLrs('retry');
    await lrs.script([{ status: 503, retryAfter: '0' }]);
    const el = await xapiQuiz(lrs.endpoint);
    let queuedAsSettled: string[] = [];
    el.addEventListener('glossa-answer', () => (queuedAsSettled = queuedIds(lrs.endpoint)), { once: true });
    const [statement] = await answerFirstChoice(el);
    expect(queuedAsSettled, 'in storage as the answer settles').to.deep.equal([statement!.id]);
    await waitUntil(async () => stored(await lrs.log()).length === 1, 'the LRS stores it at the second try');
    const { requests } = await lrs.log();
    expect(requests.map(({ status, ids }) => [status, ids])).to.deep.equal([
      [503, [statement!.id]],
      [200, [statement!.id]],
    ]);
  });

  it('keeps statements while offline and sends them, in one request, when the browser is back online', async () => {
    const lrs = fakeLrs('offline');
    const onLine = Object.getOwnPropertyDescriptor(Navigator.prototype, 'onLine')!;
    let online = false;
    Object.defineProperty(navigator, 'onLine', { configurable: true, get: () => online });
    try {
      const el = await xapiQuiz(lrs.endpoint);
      const first = await answerFirstChoice(el);
      await goNext(el);
      const second = await answerFirstChoice(el);
      const ids = [...first, ...second].map(({ id }) => id);
      expect(queuedIds(lrs.endpoint)).to.deep.equal(ids);
      online = true;
      window.dispatchEvent(new Event('online'));
      await waitUntil(async () => stored(await lrs.log()).length === 2, 'sent once online');
      const { requests } = await lrs.log();
      expect(requests.map((request) => request.ids)).to.deep.equal([ids]);
    } finally {
      delete (navigator as { onLine?: boolean }).onLine;
      expect(Object.getOwnPropertyDescriptor(Navigator.prototype, 'onLine')).to.deep.equal(onLine);
    }
  });

  it('loses nothing across a reload: a new quiz on the same storage sends what the old one could not', async () => {
    const lrs = fakeLrs('reload');
    // The LRS is down and asks for an hour: the first page never gets its statements through.
    await lrs.script([{ status: 503, retryAfter: '3600' }]);
    const first = await xapiQuiz(lrs.endpoint);
    const settledFirst = await answerFirstChoice(first);
    await waitUntil(async () => (await lrs.log()).requests.length === 1, 'the first try fails');
    await goNext(first);
    const settledSecond = await answerFirstChoice(first);
    const ids = [...settledFirst, ...settledSecond].map(({ id }) => id);
    expect(queuedIds(lrs.endpoint)).to.deep.equal(ids);
    first.remove();

    const second = await xapiQuiz(lrs.endpoint);
    await waitUntil(async () => stored(await lrs.log()).length === 2, 'the next page sends both');
    expect(stored(await lrs.log()).sort()).to.deep.equal([...ids].sort());
    await waitUntil(() => queuedIds(lrs.endpoint).length === 0, 'and empties the queue');
    second.remove();
  });

  it('sends at once when the page goes, without waiting out the backoff', async () => {
    const lrs = fakeLrs('pagehide');
    await lrs.script([{ status: 503, retryAfter: '3600' }]);
    const el = await xapiQuiz(lrs.endpoint);
    const [statement] = await answerFirstChoice(el);
    await waitUntil(async () => (await lrs.log()).requests.length === 1, 'the first try fails');
    window.dispatchEvent(new PageTransitionEvent('pagehide'));
    await waitUntil(async () => stored(await lrs.log()).includes(statement!.id), 'sent as the page goes');
  });

  it('drops only the statement the LRS refuses for good, and sends the rest of its batch', async () => {
    const lrs = fakeLrs('refused');
    await lrs.script([{ status: 400 }, { status: 400 }]);
    const el = await xapiQuiz(lrs.endpoint, { layout: 'list', feedback: 'end', questions: 'q1 q2' });
    const warnings: unknown[][] = [];
    const warn = console.warn;
    console.warn = (...args: unknown[]) => warnings.push(args);
    try {
      const completed = nextEvent(el, 'glossa-complete');
      await tabTo(el, part(el, 'finish-button'));
      await press('Enter');
      await completed;
      await waitUntil(() => queuedIds(lrs.endpoint).length === 0, 'the queue empties');
    } finally {
      console.warn = warn;
    }
    const { requests, stored: kept } = await lrs.log();
    expect(requests.map(({ status, ids }) => [status, ids.length])).to.deep.equal([
      [400, 4],
      [400, 1],
      [200, 1],
      [200, 1],
      [200, 1],
    ]);
    expect(Object.keys(kept)).to.have.length(3);
    expect(kept).not.to.have.property(requests[1]!.ids[0]!);
    expect(warnings).to.have.length(1);
  });

  it('makes no statement without an actor, and says so once', async () => {
    const lrs = fakeLrs('no-actor');
    const el = await xapiQuiz(lrs.endpoint);
    el.xapiActor = undefined;
    const warnings: unknown[][] = [];
    const warn = console.warn;
    console.warn = (...args: unknown[]) => warnings.push(args);
    try {
      expect((await answerFirstChoiceDetail(el)).statements).to.equal(undefined);
    } finally {
      console.warn = warn;
    }
    expect(warnings.map(([message]) => message)).to.deep.equal([
      '<glossa-quiz> has xapi-endpoint but no xapiActor: no statements are made',
    ]);
    expect(queuedIds(lrs.endpoint)).to.deep.equal([]);
  });
});

async function answerFirstChoiceDetail(el: GlossaQuiz) {
  await tabTo(el, parts(el, 'choice-input')[0]!);
  await press('Space');
  await tabOnTo(el, part(el, 'check-button'));
  const answered = nextEvent(el, 'glossa-answer');
  await press('Enter');
  return (await answered).detail;
}
