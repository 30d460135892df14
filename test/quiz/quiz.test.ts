import { expect, oneEvent } from '@open-wc/testing';
import { emulateMedia, sendMouse, setViewport } from '@web/test-runner-commands';
import type { Article } from '../../src/model/types.js';
import type { GlossaAnswerDetail } from '../../src/quiz/quiz.js';
import { isShown, overflowingElements } from '../fixtures/dom.js';
import { seedArticle } from '../fixtures/seed-article.js';
import { activeIn, part, parts, quizFor, settled, textOf, validMinimal, visibleQuestions } from './quiz-helpers.js';
import { answerOnScreen, press } from './seed-run.js';

let seed: Article;
before(async () => {
  seed = await seedArticle();
});

/** Seed questions the scripted run answers wrongly; the other 14 of 19 it answers rightly. */
const WRONG = ['who-sent-troops', 'back-to-normal', 'kremlin-contact', 'wealthy', 'sequence'];

describe('<glossa-quiz>', () => {
  beforeEach(() => localStorage.clear());

  it('passes axe in the question state', async () => {
    const el = await quizFor(seed);
    await expect(el).to.be.accessible();
    const list = await quizFor(seed, { layout: 'list' });
    await expect(list).to.be.accessible();
  });

  it('shows one question at a time with "Question 1 of N" and a progress bar', async () => {
    const el = await quizFor(seed);
    const total = seed.quiz!.questions.length;
    expect(visibleQuestions(el)).to.have.length(1);
    expect(textOf(part(el, 'step'))).to.equal(`Question 1 of ${total}`);
    const bar = part<HTMLProgressElement>(el, 'progress-bar');
    expect([bar.value, bar.max]).to.deep.equal([1, total]);
    expect(textOf(part(el, 'title'))).to.equal(seed.quiz!.title);
    expect(part(el, 'previous-button').matches(':disabled')).to.be.true;
  });

  it('scores a scripted run of the seed quiz exactly, by real clicks and key presses', async () => {
    const el = await quizFor(seed);
    const questions = seed.quiz!.questions;
    const answers: GlossaAnswerDetail[] = [];
    el.addEventListener('glossa-answer', (event) => answers.push(event.detail));
    const expected = [];
    for (const [index, question] of questions.entries()) {
      expect(textOf(part(el, 'step'))).to.equal(`Question ${index + 1} of ${questions.length}`);
      const right = !WRONG.includes(question.id);
      const answer = await answerOnScreen(el, question, right);
      expected.push({ questionId: question.id, correct: right, answer });
      await press(el, 'check-button');
      expect(textOf(visibleQuestions(el)[0]!.querySelector('[part~="verdict"]')!)).to.equal(
        right ? '✓ Correct' : '✗ Incorrect',
      );
      if (index < questions.length - 1) await press(el, 'next-button');
    }
    expect(answers).to.deep.equal(expected);

    const completed = oneEvent(el, 'glossa-complete');
    await press(el, 'finish-button');
    const { detail } = await completed;
    expect(detail).to.deep.equal({ score: 14, total: 19, percent: 74, passed: true, results: expected });
    expect(answers, 'checked questions are not reported again').to.have.length(19);
    expect(textOf(part(el, 'score'))).to.equal('14 of 19 questions right (74%)');
    expect(textOf(part(el, 'pass-verdict'))).to.equal('✓ Passed: the pass mark is 70%.');
    expect(parts(el, 'result').map(textOf)).to.deep.equal(
      questions.map((question, index) =>
        WRONG.includes(question.id) ? `Question ${index + 1} ✗ Incorrect` : `Question ${index + 1} ✓ Correct`,
      ),
    );
    expect(activeIn(el), 'focus moves to the results').to.equal(part(el, 'results'));
    expect(visibleQuestions(el), 'every question is shown for review').to.have.length(19);
    await expect(el).to.be.accessible();
  });

  it('with feedback="end", keeps every verdict for the results and reports each answer on finishing', async () => {
    const article = validMinimal();
    const el = await quizFor(article, { feedback: 'end', layout: 'list', pass: 80 });
    expect(parts(el, 'check-button')).to.have.length(0);
    expect(visibleQuestions(el)).to.have.length(6);
    await answerOnScreen(el, article.quiz!.questions[0]!, true);
    const answers: GlossaAnswerDetail[] = [];
    el.addEventListener('glossa-answer', (event) => answers.push(event.detail));
    const completed = oneEvent(el, 'glossa-complete');
    await press(el, 'finish-button');
    const { detail } = await completed;
    expect(answers.map((answer) => answer.questionId)).to.deep.equal(['q1', 'q2', 'q3', 'q4', 'q5', 'q6']);
    expect(answers.slice(0, 2)).to.deep.equal([
      { questionId: 'q1', answer: 'a', correct: true },
      { questionId: 'q2', answer: null, correct: false },
    ]);
    expect([detail.score, detail.total, detail.percent, detail.passed]).to.deep.equal([1, 6, 17, false]);
    expect(parts(el, 'feedback')).to.have.length(6);
    expect(textOf(part(el, 'pass-verdict'))).to.equal('✗ Not passed yet: the pass mark is 80%.');
    expect(parts(el, 'result').map(textOf)[1]).to.equal('Question 2 ✗ Not answered');
    await expect(el).to.be.accessible();
  });
});
