import { expect, oneEvent } from '@open-wc/testing';
import { waitUntil } from '../fixtures/wait.js';
import type { Article, ArticleInput, Question } from '../../src/model/types.js';
import type { QuizAnswer } from '../../src/quiz/answers.js';
import type { GlossaQuiz } from '../../src/quiz/quiz.js';
import { part, parts, quizFor, textOf, validMinimal } from './quiz-helpers.js';
import { answerOnScreen, press, statusText } from './seed-run.js';
import { nextEvent } from '../fixtures/dom.js';

/** The minimal quiz with a seventh question, so six answers can outlive an edit to it. */
function sevenQuestions(change?: (input: ArticleInput) => void): Article {
  return validMinimal((input) => {
    input.quiz!.questions.push({ id: 'q7', type: 'true-false', prompt: 'The bridge is old.', answer: true });
    change?.(input);
  });
}

/** Answers every question of a list-layout quiz on screen, right and wrong by turns, without checking. */
async function answerAll(el: GlossaQuiz): Promise<Record<string, QuizAnswer>> {
  const given: Record<string, QuizAnswer> = {};
  for (const [index, question] of el.validArticle!.quiz!.questions.entries()) {
    // An untouched ordering question is unanswered, so it is always put in (the right) order.
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

const withoutQ7 = (answers: Record<string, unknown>) =>
  Object.fromEntries(Object.entries(answers).filter(([id]) => id !== 'q7'));

describe('<glossa-quiz> progress, when the quiz is edited', () => {
  beforeEach(() => localStorage.clear());

  const edits: [string, (input: ArticleInput) => void][] = [
    ['its prompt is rewritten', (input) => (input.quiz!.questions[6]!.prompt = 'The bridge is older than the town.')],
    ['it is removed', (input) => void input.quiz!.questions.pop()],
    ['its answer is changed', (input) => ((input.quiz!.questions[6] as Question & { answer: boolean }).answer = false)],
  ];
  for (const [edit, change] of edits) {
    it(`keeps the answers to six questions when a seventh changes: ${edit}`, async () => {
      const first = await quizFor(sevenQuestions(), { layout: 'list' });
      const given = await answerAll(first);
      first.remove();

      const el = await quizFor(sevenQuestions(change), { layout: 'list' });
      const reported = await reportedAnswers(el);
      expect(withoutQ7(reported)).to.deep.equal(withoutQ7(given));
      if ('q7' in reported) expect(reported['q7'], 'the edited question asks again').to.equal(null);
    });
  }

  it('keeps an answer whose question changed only in its spacing or its explanation', async () => {
    const first = await quizFor(sevenQuestions(), { layout: 'list' });
    const given = await answerAll(first);
    first.remove();

    const el = await quizFor(
      sevenQuestions((input) => {
        const [q1, q2] = input.quiz!.questions;
        q1!.prompt += ' ';
        q2!.prompt = q2!.prompt.replace(' ', '  ');
        q1!.explanation = 'She is the mayor.';
      }),
      { layout: 'list' },
    );
    expect(await reportedAnswers(el)).to.deep.equal(given);
  });

  it('drops the answer of a question whose choices were swapped', async () => {
    const first = await quizFor(sevenQuestions(), { layout: 'list' });
    const given = await answerAll(first);
    first.remove();

    const el = await quizFor(
      sevenQuestions((input) => {
        const q1 = input.quiz!.questions[0] as Question & { choices: unknown[] };
        q1.choices.reverse();
      }),
      { layout: 'list' },
    );
    const reported = await reportedAnswers(el);
    expect(reported['q1']).to.equal(null);
    expect({ ...reported, q1: given['q1'] }).to.deep.equal(given);
  });
});

/** A same-origin frame is a second tab for storage: its own window and memory, the same localStorage. */
async function secondTab(article: Article): Promise<GlossaQuiz> {
  const frame = document.createElement('iframe');
  frame.src = new URL('./second-tab.html', import.meta.url).href;
  frame.style.inlineSize = '600px';
  const loaded = oneEvent(frame, 'load');
  document.body.append(frame);
  await loaded;
  const tab = frame.contentWindow!;
  await tab.customElements.whenDefined('glossa-quiz');
  const quiz = tab.document.createElement('glossa-quiz');
  quiz.layout = 'list';
  quiz.article = article;
  tab.document.body.append(quiz);
  await quiz.updateComplete;
  return quiz;
}

/** Clicks a choice in the other tab as its reader would. */
async function choose(quiz: GlossaQuiz, questionId: string, value: string): Promise<void> {
  quiz.shadowRoot!.querySelector<HTMLInputElement>(`input[name="q-${questionId}"][value="${value}"]`)!.click();
  await quiz.updateComplete;
}

const chosen = (quiz: GlossaQuiz) =>
  [...quiz.shadowRoot!.querySelectorAll<HTMLInputElement>('[part~="choice-input"]')]
    .filter((input) => input.checked)
    .map((input) => `${input.name}=${input.value}`);

describe('<glossa-quiz> progress in two tabs', () => {
  let frames: HTMLIFrameElement[] = [];
  beforeEach(() => localStorage.clear());
  afterEach(() => {
    for (const frame of frames) frame.remove();
    frames = [];
  });

  it('keeps the answers given in each tab, shows the other tab’s, and keeps both on reload', async () => {
    const article = validMinimal();
    const [q1, , q3] = article.quiz!.questions;
    const here = await quizFor(article, { layout: 'list' });
    const there = await secondTab(article);
    frames.push(there.ownerDocument.defaultView!.frameElement as HTMLIFrameElement);

    await answerOnScreen(here, q1!, true);
    await choose(there, 'q3', 'false');
    await answerOnScreen(here, q3!, false);
    await choose(there, 'q2', 'b');

    await waitUntil(() => chosen(here).includes('q-q2=b'), 'this tab shows the answer given in the other');
    await waitUntil(() => chosen(there).includes('q-q1=a'), 'the other tab shows the answer given here');
    expect(chosen(here)).to.deep.equal(['q-q1=a', 'q-q2=b', 'q-q3=true']);
    expect(chosen(there)).to.deep.equal(['q-q1=a', 'q-q2=b', 'q-q3=true']);

    here.remove();
    const reloaded = await quizFor(validMinimal(), { layout: 'list' });
    expect(chosen(reloaded)).to.deep.equal(['q-q1=a', 'q-q2=b', 'q-q3=true']);
  });

  it('follows "Start over" in the other tab', async () => {
    const article = validMinimal();
    const here = await quizFor(article, { layout: 'list' });
    const there = await secondTab(article);
    frames.push(there.ownerDocument.defaultView!.frameElement as HTMLIFrameElement);
    await answerOnScreen(here, article.quiz!.questions[0]!, true);
    await waitUntil(() => chosen(there).includes('q-q1=a'));
    there.reset();
    await waitUntil(() => chosen(here).length === 0, 'the answers cleared there are cleared here');
  });
});

describe('<glossa-quiz> when storage refuses progress', () => {
  const { setItem } = Storage.prototype;
  beforeEach(() => {
    localStorage.clear();
    Storage.prototype.setItem = () => {
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    };
  });
  afterEach(() => (Storage.prototype.setItem = setItem));

  it('tells the reader once, politely, that progress cannot be kept', async () => {
    const el = await quizFor(validMinimal(), { layout: 'list' });
    expect(parts(el, 'storage-note'), 'nothing is said before anything is lost').to.have.length(0);
    const [q1, q2] = el.validArticle!.quiz!.questions;
    await answerOnScreen(el, q1!, true);
    const note = 'Your answers can’t be saved on this device: they will be lost if you leave or reload this page.';
    expect(textOf(part(el, 'storage-note'))).to.equal(note);
    expect(statusText(el)).to.equal(note);
    await answerOnScreen(el, q2!, true);
    expect(parts(el, 'storage-note')).to.have.length(1);
    await expect(el).to.be.accessible();
  });
});
