import { expect, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import type { Article } from '../../src/model/types.js';
import { isShown } from '../fixtures/dom.js';
import { seedArticle } from '../fixtures/seed-article.js';
import { activeIn, clickOn, part, parts, quizFor, settled, textOf, validMinimal, visibleQuestions } from './quiz-helpers.js';

let seed: Article;
before(async () => {
  seed = await seedArticle();
});

describe('<glossa-quiz>', () => {
  beforeEach(() => localStorage.clear());

  it('passes axe in the question state', async () => {
    const el = await quizFor(seed);
    await expect(el).to.be.accessible();
  });

  it('shows one question at a time with "Question 1 of N" and a progress bar', async () => {
    const el = await quizFor(seed);
    const total = seed.quiz!.questions.length;
    expect(visibleQuestions(el)).to.have.length(1);
    expect(textOf(part(el, 'step'))).to.equal(`Question 1 of ${total}`);
    const bar = part<HTMLProgressElement>(el, 'progress-bar');
    expect([bar.value, bar.max]).to.deep.equal([1, total]);
    expect(textOf(part(el, 'title'))).to.equal(seed.quiz!.title);
  });
});
