import { expect } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import type { GlossaQuiz } from '../../src/quiz/quiz.js';
import type { Article } from '../../src/model/types.js';
import { demoArticle, SEED_URL } from '../fixtures/seed-article.js';
import { activeIn, clickOn, part, parts, quizFor, settled, textOf } from './quiz-helpers.js';
import { answerOnScreen } from './seed-run.js';

/** What the quiz's live region says now. */
const announced = (el: GlossaQuiz) => textOf(el.shadowRoot!.querySelector('[role="status"]')!);

describe('a quiz says what is missing and how it ended', () => {
  let article: Article;
  const questionOf = (id: string) => article.quiz!.questions.find((question) => question.id === id)!;
  before(async () => {
    article = await demoArticle(SEED_URL);
  });
  beforeEach(() => localStorage.clear());

  it('shows "answer first" beside the button of a question checked with nothing given, until an answer', async () => {
    const el = await quizFor(article, { layout: 'list', questions: 'trigger who-sent-troops' });
    await expect(el).to.be.accessible();
    const button = el.shadowRoot!.querySelector<HTMLElement>('#q-trigger [part~="check-button"]')!;
    await clickOn(button);
    await settled(el);
    const message = part(el, 'answer-first');
    expect(textOf(message)).to.equal('Answer the question first.');
    expect(message.closest('[part~="question"]')!.id).to.equal('q-trigger');
    expect(button.getAttribute('aria-describedby')).to.equal(message.id);
    expect(el.shadowRoot!.querySelectorAll('[part~="answer-first"]')).to.have.length(1);
    await expect(el).to.be.accessible();
    await answerOnScreen(el, questionOf('trigger'), true);
    await settled(el);
    expect(el.shadowRoot!.querySelector('[part~="answer-first"]')).to.equal(null);
    expect(button.hasAttribute('aria-describedby')).to.equal(false);
  });

  it('tells skipped from wrong in the results, announces the score, and offers the retry first', async () => {
    const el = await quizFor(article, { layout: 'list', questions: 'trigger who-sent-troops blinken-warning' });
    await answerOnScreen(el, questionOf('trigger'), true);
    await clickOn(el.shadowRoot!.querySelector('#q-trigger [part~="check-button"]')!);
    await settled(el);
    await answerOnScreen(el, questionOf('who-sent-troops'), false);
    await clickOn(el.shadowRoot!.querySelector('#q-who-sent-troops [part~="check-button"]')!);
    await settled(el);
    await clickOn(part(el, 'finish-button'));
    await settled(el);

    const results = parts(el, 'result');
    expect(results.map((result) => result.getAttribute('part'))).to.deep.equal([
      'result result-correct',
      'result result-incorrect',
      'result result-skipped',
    ]);
    expect(textOf(results[2]!)).to.match(/Not answered$/);
    expect(announced(el)).to.equal(textOf(part(el, 'score')));
    expect(announced(el)).to.match(/1 of 3/);
    await expect(el).to.be.accessible();

    expect(activeIn(el)).to.equal(part(el, 'results'));
    await sendKeys({ press: 'Tab' });
    expect(activeIn(el)).to.equal(part(el, 'retry-wrong-button'));
  });
});
