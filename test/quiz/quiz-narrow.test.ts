import { expect, fixture, html } from '@open-wc/testing';
import { setViewport } from '@web/test-runner-commands';
import '../../src/quiz/define.js';
import type { GlossaQuiz } from '../../src/quiz/quiz.js';
import type { Article } from '../../src/model/types.js';
import { demoArticle, SEED_URL } from '../fixtures/seed-article.js';
import { overflowingElements, part, parts, textOf } from '../fixtures/dom.js';
import { settled } from './quiz-helpers.js';
import { answerOnScreen } from './seed-run.js';

/**
 * WCAG 1.4.10 (reflow): on a 320 px screen every question type fits its container, before an answer
 * and after it is checked (marks, feedback and evidence shown), and the page does not scroll sideways.
 */
const WIDTH = 320;

describe('every question type on a 320 px screen', () => {
  let article: Article;
  before(async () => {
    article = await demoArticle(SEED_URL);
    await setViewport({ width: WIDTH, height: 800 });
  });
  after(() => setViewport({ width: 800, height: 600 }));
  beforeEach(() => localStorage.clear());

  const types = ['single', 'multiple', 'true-false', 'fill-blank', 'order', 'match'] as const;
  for (const type of types) {
    it(`fits a ${type} question, unanswered and checked`, async () => {
      const questions = article.quiz!.questions.filter((question) => question.type === type);
      expect(questions, `the seed has ${type} questions`).to.not.be.empty;
      for (const question of questions) {
        const { id } = question;
        const el = await fixture<GlossaQuiz>(
          html`<glossa-quiz style="display: block" questions=${id} .article=${article}></glossa-quiz>`,
        );
        await settled(el);
        expect(el.getBoundingClientRect().width).to.be.at.most(WIDTH);
        expect(overflowingElements(el), `${id}, unanswered`).to.deep.equal([]);
        await answerOnScreen(el, question, true);
        part(el, 'check-button').click();
        await settled(el);
        expect(part(el, 'feedback'), `${id} was checked`).to.exist;
        if (question.type === 'match')
          expect(parts(el, 'match-answer').map(textOf), `${id}: each answer in full, as text`).to.deep.equal(
            question.pairs.map((pair) => pair.right),
          );
        el.shadowRoot!.querySelector<HTMLElement>('[part~="evidence-summary"]')?.click();
        await settled(el);
        expect(overflowingElements(el), `${id}, checked`).to.deep.equal([]);
        expect(document.documentElement.scrollWidth, `${id}: the page scrolls sideways`).to.be.at.most(WIDTH);
      }
    });
  }
});
