import { expect, fixture, html } from '@open-wc/testing';
import { inTurn } from '../../src/shared/render-turns.js';
import '../../src/quiz/define.js';
import type { GlossaQuiz } from '../../src/quiz/quiz.js';
import { minimalArticle } from '../fixtures/minimal-article.js';
import { afterTimersOf, waitUntil } from '../fixtures/wait.js';

/** A render that holds the main thread for `ms`, as a long first render does. */
const busy = (ms: number, done: number[], index: number) => () => {
  const end = performance.now() + ms;
  while (performance.now() < end);
  done.push(index);
};

describe('first renders in turns', () => {
  // A slice lasts one task: each test starts in a new one.
  beforeEach(() => afterTimersOf(0));

  it('renders at once while the slice lasts, the rest in order after paints', async () => {
    const done: number[] = [];
    const paints: number[] = [];
    const countPaints = () => {
      paints.push(done.length);
      if (done.length < 40) requestAnimationFrame(countPaints);
    };
    requestAnimationFrame(countPaints);
    const turns = Array.from({ length: 40 }, (_, index) => inTurn(busy(5, done, index)));
    const atOnce = done.length;
    expect(atOnce, 'some at once').to.be.within(1, 39);
    expect(
      turns.slice(0, atOnce).every((turn) => turn === undefined),
      'the first ones render now',
    ).to.be.true;
    await Promise.all(turns.flatMap((turn) => (turn ? [turn] : [])));
    expect(done, 'in the order they asked').to.deep.equal([...Array(40).keys()]);
    expect(
      paints.some((count) => count > 0 && count < 40),
      'a paint between the first renders and the last',
    ).to.be.true;
  });

  it('renders one widget alone at once, as before', () => {
    const done: number[] = [];
    expect(inTurn(busy(0, done, 0))).to.equal(undefined);
    expect(done).to.deep.equal([0]);
  });

  it('a server-rendered widget hydrates at once, even when other first renders wait their turn', async () => {
    const page = await fixture<HTMLElement>(html`<div></div>`);
    const waiting = document.createElement('glossa-quiz');
    waiting.article = minimalArticle();
    // A declared shadow root, as the parser gives a widget that `glossa render` printed.
    const rendered = document.createElement('div');
    rendered.setHTMLUnsafe(
      '<glossa-quiz><template shadowrootmode="open"><p>From the server</p></template></glossa-quiz>',
    );
    const hydrating = rendered.firstElementChild as GlossaQuiz;
    hydrating.article = minimalArticle();
    // Renders that fill this task's slice, so the next first render must wait for a paint.
    void inTurn(busy(60, [], 0));
    page.append(waiting, rendered);
    // Set in this task, this timer runs before the slice that waits for a paint, which sets its own.
    await afterTimersOf(0);
    expect(hydrating.hasUpdated, 'the hydrating quiz rendered').to.be.true;
    expect(getComputedStyle(hydrating).display, 'styled as the server drew it').to.equal('block');
    expect(waiting.hasUpdated, 'the quiz that asked first still waits').to.be.false;
    await waiting.updateComplete;
  });

  it('a widget waiting its turn is as its tag was before its definition, empty and inline, and gets its styles as it renders', async () => {
    const page = await fixture<HTMLElement>(html`<div></div>`);
    const waiting = document.createElement('glossa-quiz');
    waiting.article = minimalArticle();
    void inTurn(busy(60, [], 0));
    page.append(waiting);
    expect(waiting.hasUpdated, 'still waiting').to.be.false;
    expect(waiting.shadowRoot?.adoptedStyleSheets, 'no styles yet').to.have.length(0);
    expect(getComputedStyle(waiting).display).to.equal('inline');
    await waiting.updateComplete;
    expect(waiting.shadowRoot?.adoptedStyleSheets.length, 'its styles').to.be.above(0);
    expect(getComputedStyle(waiting).display).to.equal('block');
    expect(waiting.shadowRoot?.querySelector('[part~="question"]'), 'rendered').to.exist;
  });

  it('a page of many quizzes shows the first ones before the last, in page order', async () => {
    const count = 300;
    const page = await fixture<HTMLElement>(html`<div></div>`);
    const quizzes = Array.from({ length: count }, () => {
      const quiz = document.createElement('glossa-quiz');
      quiz.setAttribute('layout', 'list');
      quiz.article = minimalArticle();
      return quiz;
    });
    const rendered = () => quizzes.map((quiz) => Boolean(quiz.shadowRoot?.querySelector('[part~="question"]')));
    const seen: boolean[][] = [];
    const watch = () => {
      seen.push(rendered());
      if (!seen[seen.length - 1]!.every(Boolean)) requestAnimationFrame(watch);
    };
    page.append(...quizzes);
    requestAnimationFrame(watch);
    await waitUntil(() => rendered().every(Boolean), 'not every quiz rendered');
    const partly = seen.filter((frame) => frame.some(Boolean) && !frame.every(Boolean));
    expect(partly.length, 'a frame painted some quizzes but not all').to.be.above(0);
    for (const frame of partly) expect(frame.indexOf(false) < frame.lastIndexOf(true), 'page order').to.be.false;
  });
});
