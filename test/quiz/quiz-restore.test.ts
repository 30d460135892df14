import { expect, fixture, html } from '@open-wc/testing';
import type { QuizAnswer } from '../../src/quiz/answers.js';
import type { GlossaQuiz } from '../../src/quiz/quiz.js';
import { nextEvent } from '../fixtures/dom.js';
import { waitUntil } from '../fixtures/wait.js';
import { promptOf, quizFor, validMinimal, visibleQuestions } from './quiz-helpers.js';
import { answerOnScreen, press } from './seed-run.js';

/** Answers every question of a list-layout quiz on screen, right and wrong by turns, without checking. */
async function answerAll(el: GlossaQuiz): Promise<Record<string, QuizAnswer>> {
  const given: Record<string, QuizAnswer> = {};
  for (const [index, question] of el.validArticle!.quiz!.questions.entries()) {
    given[question.id] = await answerOnScreen(el, question, index % 2 === 0 || question.type === 'order');
  }
  return given;
}

/** The answers the quiz reports when the reader finishes now. */
async function reportedAnswers(el: GlossaQuiz): Promise<Record<string, QuizAnswer | null>> {
  const completed = nextEvent(el, 'glossa-complete');
  await press(el, 'finish-button');
  const { results } = (await completed).detail;
  return Object.fromEntries(results.map((result) => [result.questionId, result.answer]));
}

/** The record a learning platform would keep: JSON text, read back. */
const keptElsewhere = (el: GlossaQuiz): unknown => JSON.parse(JSON.stringify(el.progressRecord)) as unknown;

describe('<glossa-quiz> progress restored from outside the page', () => {
  beforeEach(() => localStorage.clear());

  it('gives back every answer from its record, with nothing stored on the device', async () => {
    const first = await quizFor(validMinimal(), { layout: 'list' });
    const given = await answerAll(first);
    const record = keptElsewhere(first);
    first.remove();
    localStorage.clear();

    const el = await quizFor(validMinimal(), { layout: 'list' });
    el.restoreProgress(record);
    await el.updateComplete;
    expect(await reportedAnswers(el)).to.deep.equal(given);
  });

  it('takes a record given before its article has loaded', async () => {
    const first = await quizFor(validMinimal(), { layout: 'list' });
    const given = await answerAll(first);
    const record = keptElsewhere(first);
    first.remove();
    localStorage.clear();

    const el = await fixture<GlossaQuiz>(html`<glossa-quiz layout="list"></glossa-quiz>`);
    el.restoreProgress(record);
    el.article = validMinimal();
    await el.updateComplete;
    expect(await reportedAnswers(el)).to.deep.equal(given);
  });

  it('starts afresh on null, whatever this device stored', async () => {
    const first = await quizFor(validMinimal(), { layout: 'list' });
    await answerAll(first);
    first.remove();

    const el = await quizFor(validMinimal(), { layout: 'list' });
    el.restoreProgress(null);
    await waitUntil(() => Object.keys(el.progressRecord?.questions ?? {}).length > 0, 'the quiz is shown again');
    const reported = await reportedAnswers(el);
    expect(Object.values(reported).every((answer) => answer === null)).to.equal(true);
  });

  it('asks a shuffled quiz in the order of the record', async () => {
    const first = await quizFor(validMinimal(), { layout: 'list', shuffle: true });
    const order = visibleQuestions(first).map(promptOf);
    const record = keptElsewhere(first);
    first.remove();

    for (let attempt = 0; attempt < 20; attempt += 1) {
      localStorage.clear();
      const el = await quizFor(validMinimal(), { layout: 'list', shuffle: true });
      const unrestored = visibleQuestions(el).map(promptOf);
      el.restoreProgress(record);
      await el.updateComplete;
      expect(visibleQuestions(el).map(promptOf)).to.deep.equal(order);
      el.remove();
      // A fresh seed can give the same order by chance: the check counts once the orders differed.
      if (unrestored.join() !== order.join()) return;
    }
    expect.fail('twenty fresh seeds all gave the first order');
  });
});
