import { expect, fixture, html } from '@open-wc/testing';
import '../../src/lang/ru.js';
import '../../src/quiz/define.js';
import type { Question } from '../../src/model/types.js';
import type { GlossaQuiz } from '../../src/quiz/quiz.js';
import { part, settled, textOf, validMinimal } from './quiz-helpers.js';

/** `total` true/false questions whose answer is always "true". */
function statements(total: number): Question[] {
  return Array.from({ length: total }, (_, index) => ({
    id: `s${index + 1}`,
    type: 'true-false' as const,
    prompt: `Утверждение ${index + 1}.`,
    answer: true,
  }));
}

/** A Russian page's quiz of `total` questions, answered with `right` of them right, at its results. */
async function resultsOf(total: number, right: number): Promise<GlossaQuiz> {
  const article = validMinimal((input) => {
    input.id = `ru-${total}-${right}`;
    input.quiz = { passPercent: 50, questions: statements(total) };
  });
  const page = await fixture<HTMLElement>(html`<section lang="ru">
    <glossa-quiz layout="list" feedback="end" .article=${article}></glossa-quiz>
  </section>`);
  const el = page.querySelector<GlossaQuiz>('glossa-quiz')!;
  await settled(el);
  const inputs = [...el.shadowRoot!.querySelectorAll<HTMLInputElement>('[part~="choice-input"]')];
  for (let index = 0; index < total; index += 1) {
    const value = index < right ? 'true' : 'false';
    inputs.find((input) => input.name === `q-s${index + 1}` && input.value === value)!.click();
  }
  await settled(el);
  part(el, 'finish-button').click();
  await settled(el);
  return el;
}

/** The percentage as Russian writes it, spaces folded as `textOf` folds them. */
const percent = (score: number, total: number) =>
  new Intl.NumberFormat('ru', { style: 'percent' })
    .format(Math.round((score / total) * 100) / 100)
    .replace(/\s+/g, ' ');

describe('<glossa-quiz> results in Russian', () => {
  beforeEach(() => localStorage.clear());
  after(() => localStorage.clear());

  // [questions, right answers, "из N …" form, "Исправить N …" form]
  const cases: [number, number, string, string][] = [
    [1, 0, 'из 1 вопроса', 'Исправить 1 ошибку'],
    [3, 0, 'из 3 вопросов', 'Исправить 3 ошибки'],
    [5, 0, 'из 5 вопросов', 'Исправить 5 ошибок'],
    [12, 3, 'из 12 вопросов', 'Исправить 9 ошибок'],
    [11, 0, 'из 11 вопросов', 'Исправить 11 ошибок'],
    [21, 19, 'из 21 вопроса', 'Исправить 2 ошибки'],
    [22, 1, 'из 22 вопросов', 'Исправить 21 ошибку'],
  ];

  for (const [total, right, scoreForm, retryForm] of cases) {
    it(`${right} of ${total} right: «Правильно: ${right} ${scoreForm}», «${retryForm}»`, async function () {
      const el = await resultsOf(total, right);
      expect(textOf(part(el, 'results-heading'))).to.equal('Ваш результат');
      expect(textOf(part(el, 'score'))).to.equal(`Правильно: ${right} ${scoreForm} (${percent(right, total)})`);
      expect(textOf(part(el, 'retry-wrong-button'))).to.equal(retryForm);
    });
  }

  it('counts the stepper in Russian: «Вопрос 1 из 12»', async () => {
    const article = validMinimal((input) => (input.quiz = { questions: statements(12) }));
    const page = await fixture<HTMLElement>(
      html`<section lang="ru"><glossa-quiz .article=${article}></glossa-quiz></section>`,
    );
    const el = page.querySelector<GlossaQuiz>('glossa-quiz')!;
    await settled(el);
    expect(textOf(part(el, 'step'))).to.equal('Вопрос 1 из 12');
    await expect(el).to.be.accessible();
  });
});
