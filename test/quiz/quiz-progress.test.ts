import { expect, fixture, html } from '@open-wc/testing';
import type { GlossaCompleteDetail, GlossaQuiz } from '../../src/quiz/quiz.js';
import { activeIn, part, parts, quizFor, settled, textOf, validMinimal, visibleQuestions } from './quiz-helpers.js';
import { answerOnScreen, press } from './seed-run.js';
import { nextEvent } from '../fixtures/dom.js';

const storedKeys = () => Object.keys(localStorage).filter((key) => key.startsWith('glossa-quiz:'));

/** Answers q1 rightly and checks it, answers q2 wrongly, and leaves the quiz on q2. */
async function partWay(el: GlossaQuiz) {
  const [q1, q2] = el.validArticle!.quiz!.questions;
  await answerOnScreen(el, q1!, true);
  await press(el, 'check-button');
  await press(el, 'next-button');
  await answerOnScreen(el, q2!, false);
}

/** Finishes the quiz from wherever it is, answering nothing more. */
async function finish(el: GlossaQuiz): Promise<GlossaCompleteDetail> {
  while (parts(el, 'next-button').length) await press(el, 'next-button');
  const completed = nextEvent(el, 'glossa-complete');
  await press(el, 'finish-button');
  return (await completed).detail;
}

describe('<glossa-quiz> progress', () => {
  beforeEach(() => localStorage.clear());

  it('is restored on reload: answers, checked questions and the step', async () => {
    const article = validMinimal();
    const first = await quizFor(article);
    await partWay(first);
    const keys = storedKeys();
    expect(keys).to.have.length(1);
    expect(keys[0]).to.match(/^glossa-quiz:minimal:[a-z0-9]+$/);
    first.remove();

    const el = await quizFor(validMinimal());
    expect(textOf(part(el, 'step'))).to.equal('Question 2 of 6');
    const checked = parts<HTMLInputElement>(el, 'choice-input').filter((input) => input.checked);
    expect(checked.map((input) => `${input.name}=${input.value}`)).to.deep.equal(['q-q1=a', 'q-q2=a']);
    expect(part<HTMLFieldSetElement>(el, 'fieldset').disabled, 'q1 stays checked').to.be.true;
    expect(textOf(el.shadowRoot!.querySelector('#q-q1 [part~="verdict"]')!)).to.equal('✓ Correct');

    const detail = await finish(el);
    expect(detail.results.map((result) => result.correct)).to.deep.equal([true, false, false, false, false, false]);
    el.remove();
    const finished = await quizFor(validMinimal());
    expect(textOf(part(finished, 'score')), 'a finished quiz reopens on its results').to.equal(
      '1 of 6 questions right (17%)',
    );
  });

  it('drops only the answer of a question that was edited, and keeps the reader on their question', async () => {
    const first = await quizFor(validMinimal());
    await partWay(first);
    first.remove();
    const el = await quizFor(validMinimal((input) => (input.quiz!.questions[0]!.prompt = 'Who spoke?')));
    expect(textOf(part(el, 'step'))).to.equal('Question 2 of 6');
    const checked = parts<HTMLInputElement>(el, 'choice-input').filter((input) => input.checked);
    expect(
      checked.map((input) => `${input.name}=${input.value}`),
      'q1 changed, q2 did not',
    ).to.deep.equal(['q-q2=a']);
    expect(parts(el, 'feedback'), 'q1 is no longer checked').to.have.length(0);
    expect(storedKeys()).to.have.length(1);
  });

  it('ignores stored progress that is malformed, entry by entry', async () => {
    const first = await quizFor(validMinimal());
    await partWay(first);
    const [key] = storedKeys();
    const stored = JSON.parse(localStorage.getItem(key!)!) as {
      questions: Record<string, unknown> & { q1: { answer?: unknown } };
      position: unknown;
    };
    first.remove();
    stored.questions.q1.answer = 7;
    stored.questions.q2 = 'not an entry';
    stored.questions.q5 = { fingerprint: 'x', answer: ['nope'], checked: true };
    stored.position = { current: 'q6', retry: 'q1', at: 'yesterday' };
    localStorage.setItem(key!, JSON.stringify(stored));
    const el = await quizFor(validMinimal());
    expect(textOf(part(el, 'step'))).to.equal('Question 6 of 6');
    expect(parts(el, 'feedback')).to.have.length(0);
    expect(parts<HTMLInputElement>(el, 'choice-input').some((input) => input.checked)).to.be.false;
    expect(parts(el, 'order-text').map(textOf)).to.deep.equal(['The repairs', 'The vote']);

    localStorage.setItem(key!, '{"version":2,"seed":');
    el.remove();
    const fresh = await quizFor(validMinimal());
    expect(textOf(part(fresh, 'step')), 'a record that is not JSON is no record').to.equal('Question 1 of 6');
  });

  describe('when storage throws', () => {
    const originals = {
      getItem: Storage.prototype.getItem,
      setItem: Storage.prototype.setItem,
      removeItem: Storage.prototype.removeItem,
    };
    const fail = () => {
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    };
    beforeEach(() => Object.assign(Storage.prototype, { getItem: fail, setItem: fail, removeItem: fail }));
    afterEach(() => Object.assign(Storage.prototype, originals));

    it('still lets the reader answer, finish and start over', async () => {
      const el = await quizFor(validMinimal((input) => (input.id = 'no-storage')));
      await partWay(el);
      const detail = await finish(el);
      expect([detail.score, detail.total]).to.deep.equal([1, 6]);
      await press(el, 'start-over-button');
      expect(textOf(part(el, 'step'))).to.equal('Question 1 of 6');
    });
  });

  it('does not put a stored answer into a question whose choices were edited', async () => {
    const first = await quizFor(validMinimal());
    await partWay(first);
    first.remove();
    // q2 keeps its id and its choice ids, but the choice "a" now says something else.
    const edited = validMinimal((input) => {
      const q2 = input.quiz!.questions[1]!;
      if (q2.type !== 'multiple' || q2.sealed) throw new Error('q2 is a multiple-select question');
      q2.choices = [
        { id: 'a', text: 'The bridge is new' },
        { id: 'b', text: 'The vote was on Monday' },
        { id: 'c', text: 'Repairs take two years' },
      ];
      q2.answers = ['b', 'c'];
    });
    const el = await quizFor(edited, { layout: 'list' });
    const checked = parts<HTMLInputElement>(el, 'choice-input').filter((input) => input.checked);
    expect(
      checked.map((input) => `${input.name}=${input.value}`),
      'only the unchanged q1 keeps its answer',
    ).to.deep.equal(['q-q1=a']);
    expect(parts(el, 'feedback')).to.have.length(1);
    const q2 = edited.quiz!.questions[1]!;
    await answerOnScreen(el, q2, true);
    const completed = nextEvent(el, 'glossa-complete');
    await press(el, 'finish-button');
    const detail = (await completed).detail;
    expect(detail.results.find((result) => result.questionId === 'q2')).to.deep.equal({
      questionId: 'q2',
      correct: true,
      answer: ['b', 'c'],
    });
  });

  describe('when storage is full (setItem throws, reading works)', () => {
    const { setItem } = Storage.prototype;
    const full = () => {
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    };
    afterEach(() => (Storage.prototype.setItem = setItem));

    it('keeps the answers given since, for a quiz rendered again in the same page, and finishes', async () => {
      const first = await quizFor(validMinimal());
      const [q1, q2] = first.validArticle!.quiz!.questions;
      await answerOnScreen(first, q1!, true);
      await press(first, 'check-button');
      Storage.prototype.setItem = full;
      await press(first, 'next-button');
      await answerOnScreen(first, q2!, false);
      first.remove();

      const el = await quizFor(validMinimal());
      expect(textOf(part(el, 'step')), 'not the step storage last kept').to.equal('Question 2 of 6');
      const checked = parts<HTMLInputElement>(el, 'choice-input').filter((input) => input.checked);
      expect(checked.map((input) => `${input.name}=${input.value}`)).to.deep.equal(['q-q1=a', 'q-q2=a']);
      const detail = await finish(el);
      expect([detail.score, detail.total]).to.deep.equal([1, 6]);
      expect(detail.results[1]).to.deep.equal({ questionId: 'q2', correct: false, answer: ['a'] });
    });
  });

  it('"Retry wrong answers" asks only the wrong ones again, and the results count every question', async () => {
    const el = await quizFor(validMinimal(), { layout: 'list' });
    const questions = el.validArticle!.quiz!.questions;
    for (const question of questions) await answerOnScreen(el, question, question.id !== 'q3' && question.id !== 'q5');
    await press(el, 'finish-button');
    expect(textOf(part(el, 'retry-wrong-button'))).to.equal('Retry the 2 wrong answers');
    const reset = nextEvent(el, 'glossa-reset');
    await press(el, 'retry-wrong-button');
    expect((await reset).detail.questionIds).to.deep.equal(['q3', 'q5']);
    expect(visibleQuestions(el).map((question) => question.id)).to.deep.equal(['q-q3', 'q-q5']);
    expect(activeIn(el)).to.equal(el.shadowRoot!.querySelector('#q-q3-prompt'));
    await answerOnScreen(el, questions[2]!, true);
    await answerOnScreen(el, questions[4]!, true);
    const completed = nextEvent(el, 'glossa-complete');
    await press(el, 'finish-button');
    const { detail } = await completed;
    expect([detail.score, detail.total, detail.passed]).to.deep.equal([6, 6, true]);
    expect(parts(el, 'retry-wrong-button'), 'nothing left to retry').to.have.length(0);
  });

  it('"Start over" clears everything and fires glossa-reset; reset() does the same silently', async () => {
    const el = await quizFor(validMinimal());
    await partWay(el);
    await finish(el);
    const reset = nextEvent(el, 'glossa-reset');
    await press(el, 'start-over-button');
    expect((await reset).detail.questionIds).to.deep.equal(['q1', 'q2', 'q3', 'q4', 'q5', 'q6']);
    expect(textOf(part(el, 'step'))).to.equal('Question 1 of 6');
    expect(parts(el, 'feedback')).to.have.length(0);
    expect(activeIn(el)).to.equal(el.shadowRoot!.querySelector('#q-q1-prompt'));

    await partWay(el);
    await finish(el);
    expect(activeIn(el)).to.equal(part(el, 'results'));
    let events = 0;
    el.addEventListener('glossa-reset', () => (events += 1));
    el.reset();
    await settled(el);
    expect(events).to.equal(0);
    expect(activeIn(el), 'focus is not lost with the results').to.equal(el.shadowRoot!.querySelector('#q-q1-prompt'));
    expect(storedKeys()).to.have.length(0);
    expect(textOf(part(el, 'step'))).to.equal('Question 1 of 6');
    expect(parts<HTMLInputElement>(el, 'choice-input').some((input) => input.checked)).to.be.false;
  });
});

describe('<glossa-quiz> without a quiz to ask', () => {
  it('says the article has no quiz', async () => {
    const el = await fixture<GlossaQuiz>(
      html`<glossa-quiz .article=${validMinimal((input) => delete input.quiz)}></glossa-quiz>`,
    );
    expect(textOf(part(el, 'message'))).to.equal('This article has no quiz.');
    await expect(el).to.be.accessible();
  });
});
