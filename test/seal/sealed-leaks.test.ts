import { expect, fixture, html } from '@open-wc/testing';
import type { OpenQuestion } from '../../src/model/types.js';
import { sealArticle } from '../../src/seal/seal-quiz.js';
import type { GlossaQuiz } from '../../src/quiz/quiz.js';
import { demoArticle, SEED_URL } from '../fixtures/seed-article.js';
import { stubFetch } from '../fixtures/fetch-stub.js';
import { waitUntil } from '../fixtures/wait.js';
import { parts } from '../quiz/quiz-helpers.js';

/** Every shadow root's HTML under `root`, with the light DOM's. */
function allHtml(root: Element | ShadowRoot): string {
  const own = root instanceof Element ? root.outerHTML : root.innerHTML;
  const elements = [...root.querySelectorAll('*')];
  return [own, ...elements.filter((el) => el.shadowRoot).map((el) => allHtml(el.shadowRoot!))].join('\n');
}

/**
 * What would tell a reader which answer is right, per question: its explanation and feedback, the words
 * its evidence quotes, its accepted fill-in forms as a value, and the right order or match as the model
 * writes it. A choice's own text is on screen as an option either way, and the answer fields themselves
 * ("answer", "accept") are looked for by name.
 */
function revealing(question: OpenQuestion, asked: string): string[] {
  const texts = [
    question.explanation,
    ...(question.evidence ?? []).map((item) => ('quote' in item ? item.quote : undefined)),
  ];
  switch (question.type) {
    case 'single':
    case 'multiple':
      texts.push(...question.choices.map((choice) => choice.feedback));
      break;
    case 'fill-blank':
      texts.push(...question.accept.flatMap((form) => [JSON.stringify(form), `>${form}<`]));
      break;
    case 'order':
      texts.push(JSON.stringify(question.items.map((item) => ({ id: item.id, text: item.text }))));
      break;
    case 'match':
      texts.push(JSON.stringify(question.pairs));
      break;
    case 'true-false':
      break;
  }
  return texts.filter((text): text is string => text !== undefined && !asked.includes(text));
}

/** What a question shows whether sealed or not: its options. */
function shownTexts(question: OpenQuestion): string[] {
  switch (question.type) {
    case 'single':
    case 'multiple':
      return question.choices.map((choice) => choice.text);
    case 'order':
      return question.items.map((item) => item.text);
    case 'match':
      return question.pairs.flatMap((pair) => [pair.left, pair.right]);
    default:
      return [];
  }
}

describe('a sealed quiz in the page', () => {
  it('holds no right answer in its JSON, its network response or its rendered HTML', async () => {
    const open = await demoArticle(SEED_URL);
    const { article } = await sealArticle(open, 'bGVha3MtYXJlLXNlYXJjaGVkLWZvcg');
    const text = JSON.stringify(article);
    const served = JSON.stringify(article.quiz);
    const stub = stubFetch({ '/sealed/searched.json': { body: text } });
    const response = await (await fetch(new URL('/sealed/searched.json', location.href))).text();
    const el = await fixture<GlossaQuiz>(html`<glossa-quiz layout="list" src="/sealed/searched.json"></glossa-quiz>`);
    await waitUntil(() => parts(el, 'question').length > 0, 'the sealed quiz renders');
    stub.restore();
    await el.updateComplete;
    const page = allHtml(document.body);
    const quizHtml = allHtml(el.shadowRoot!);

    const questions = open.quiz!.questions as OpenQuestion[];
    const asked = questions.flatMap((question) => [question.prompt, ...shownTexts(question)]).join('\n');
    const searched = questions.flatMap((question) =>
      revealing(question, asked).map((needle) => ({ question, needle })),
    );
    expect(searched.length).to.be.greaterThan(50);
    // The article's own paragraphs hold the answers (it is what the quiz asks about): the quiz, its JSON
    // and the whole page are searched for explanations and feedback; the quiz for the rest.
    for (const { question, needle } of searched) {
      const where = `${question.id}: ${needle}`;
      expect(served.includes(needle), `the sealed quiz's JSON: ${where}`).to.be.false;
      expect(quizHtml.toLowerCase().includes(needle.toLowerCase()), `the quiz's HTML: ${where}`).to.be.false;
    }
    for (const question of questions) {
      const prose = [
        question.explanation,
        ...(question.type === 'single' || question.type === 'multiple'
          ? question.choices.map((choice) => choice.feedback)
          : []),
      ];
      for (const needle of prose.filter((text): text is string => text !== undefined)) {
        expect(response.includes(needle), `the response: ${question.id}: ${needle}`).to.be.false;
        expect(page.includes(needle), `the page: ${question.id}: ${needle}`).to.be.false;
      }
    }
    expect(served).not.to.match(/"(answer|answers|accept|evidence)":|"(explanation|feedback)":"/);
    const sequence = questions.find((question) => question.type === 'order')!;
    const shown = [...el.shadowRoot!.querySelectorAll<HTMLElement>(`#q-${sequence.id} [data-item]`)];
    expect(shown.map((item) => item.dataset['item'])).not.to.deep.equal(
      sequence.type === 'order' && sequence.items.map((item) => item.id),
    );
  });
});
