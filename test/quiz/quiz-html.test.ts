import { expect, fixture, html } from '@open-wc/testing';
import { waitUntil } from '../fixtures/wait.js';
import { sendKeys } from '@web/test-runner-commands';
import { render } from 'lit';
import '../../src/article/define.js';
import '../../src/quiz/define.js';
import type { GlossaQuiz } from '../../src/quiz/quiz.js';
import { nextEvent, part, parts, textOf } from '../fixtures/dom.js';
import { seedArticle } from '../fixtures/seed-article.js';
import { tabTo } from './quiz-helpers.js';

/** A quiz a teacher might write by hand, with no article at all. */
const teacherQuiz = () => html`<glossa-quiz id="lesson-quiz" layout="list">
  <glossa-quiz-title>Kazakhstan, January 2022</glossa-quiz-title>
  <glossa-question type="single">
    <p>Who asked the CSTO for help?</p>
    <glossa-choice correct>Tokayev</glossa-choice>
    <glossa-choice feedback="He had not been seen in public.">Nazarbayev</glossa-choice>
  </glossa-question>
  <glossa-question type="true-false" answer="false">
    <p>The Kremlin confirmed that Putin had spoken to Nazarbayev.</p>
  </glossa-question>
</glossa-quiz>`;

describe('<glossa-quiz> written in HTML', () => {
  it('passes axe, with no article and no error', async () => {
    const errors: Event[] = [];
    document.addEventListener('glossa-error', (event) => errors.push(event));
    const el = await fixture<GlossaQuiz>(teacherQuiz());
    await expect(el).to.be.accessible();
    expect(textOf(part(el, 'title'))).to.equal('Kazakhstan, January 2022');
    expect(parts(el, 'question')).to.have.length(2);
    expect(errors).to.deep.equal([]);
  });

  it('is answered and checked by keyboard like a JSON quiz', async () => {
    const el = await fixture<GlossaQuiz>(teacherQuiz());
    const first = parts(el, 'question')[0]!;
    const tokayev = first.querySelector<HTMLInputElement>('input[type="radio"]')!;
    await tabTo(el, tokayev);
    await sendKeys({ press: 'Space' });
    const answered = nextEvent(el, 'glossa-answer');
    await tabTo(el, first.querySelector('[part="check-button"]')!);
    await sendKeys({ press: 'Enter' });
    const { detail } = await answered;
    expect(detail).to.deep.equal({ questionId: 'q1', answer: 'a', correct: true });
    await expect(el).to.be.accessible();
  });

  it('shows what is wrong with the markup, in the markup’s words, and fires glossa-error', async () => {
    const wrapper = await fixture(html`<div></div>`);
    const failed = nextEvent(wrapper, 'glossa-error');
    render(
      html`<glossa-quiz><glossa-question type="single"><p>Who?</p>
        <glossa-choice>Tokayev</glossa-choice><glossa-choice>Nazarbayev</glossa-choice></glossa-question></glossa-quiz>`,
      wrapper as HTMLElement,
    );
    const { detail } = await failed;
    expect(detail.error.kind).to.equal('invalid');
    const el = wrapper.querySelector('glossa-quiz')!;
    await waitUntil(() => el.shadowRoot!.querySelector('[part="error-issue"]'));
    expect(textOf(part(el, 'error-path'))).to.equal('quiz.questions[0].answer');
    expect(textOf(part(el, 'error-issue'))).to.match(/glossa-choice/);
  });

  it('appears when a framework renders the markup after the element', async () => {
    const el = await fixture<GlossaQuiz>(html`<glossa-quiz></glossa-quiz>`);
    expect(el.shadowRoot!.querySelector('[part="error"]')).to.exist;
    const question = document.createElement('glossa-question');
    question.setAttribute('type', 'true-false');
    question.setAttribute('answer', 'true');
    const prompt = document.createElement('p');
    prompt.textContent = 'Until recently, Tokayev was considered a weaker leader.';
    question.append(prompt);
    el.append(question);
    await waitUntil(() => parts(el, 'question').length === 1, 'the quiz did not appear');
    expect(el.shadowRoot!.querySelector('[part="error"]')).to.equal(null);
  });

  describe('inside an article', () => {
    // The seed's answers stored by another file of the run (one origin, one localStorage) would show
    // this question already checked.
    beforeEach(() => localStorage.clear());

    it('shows the article’s words as evidence', async () => {
      const article = await seedArticle();
      const page = await fixture(html`<glossa-article .article=${article}>
        <glossa-quiz layout="list">
          <glossa-question type="true-false" answer="true">
            <p>Until recently, Tokayev was considered a weaker leader.</p>
            <glossa-evidence paragraph="p7">Tokayev was considered a weaker leader</glossa-evidence>
          </glossa-question>
        </glossa-quiz>
      </glossa-article>`);
      const el = page.querySelector('glossa-quiz')!;
      await waitUntil(() => parts(el, 'question').length === 1);
      parts(el, 'question')[0]!.querySelector<HTMLInputElement>('input[type="radio"]')!.click();
      await waitUntil(() => parts(el, 'check-button').length === 1, 'the check button is shown');
      part(el, 'check-button').click();
      await waitUntil(() => parts(el, 'quote').length > 0, 'the evidence is shown');
      expect(textOf(part(el, 'quote'))).to.contain('Tokayev was considered a weaker leader');
      await expect(el).to.be.accessible();
    });

    it('refuses evidence the article does not have', async () => {
      const article = await seedArticle();
      const page = await fixture(html`<glossa-article .article=${article}>
        <glossa-quiz>
          <glossa-question type="true-false" answer="true" evidence="p99"><p>Something.</p></glossa-question>
        </glossa-quiz>
      </glossa-article>`);
      const el = page.querySelector('glossa-quiz')!;
      await waitUntil(() => el.shadowRoot!.querySelector('[part="error-path"]'));
      expect(textOf(part(el, 'error-path'))).to.equal('quiz.questions[0].evidence[0]');
    });
  });
});
