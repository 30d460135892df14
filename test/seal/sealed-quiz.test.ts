import { expect, fixture, html } from '@open-wc/testing';
import type { Article, OpenQuestion } from '../../src/model/types.js';
import { sealArticle, type SealedArticle } from '../../src/seal/seal-quiz.js';
import type { GlossaAnswerDetail, GlossaQuiz } from '../../src/quiz/quiz.js';
import { demoArticle, SEED_URL } from '../fixtures/seed-article.js';
import { stubFetch, type FetchStub } from '../fixtures/fetch-stub.js';
import { nextEvent } from '../fixtures/dom.js';
import { waitUntil } from '../fixtures/wait.js';
import { part, parts, quizFor, textOf } from '../quiz/quiz-helpers.js';
import { answerOnScreen, press } from '../quiz/seed-run.js';

const SALT = 'c2VhbGVkLXNlZWQtZm9yLXRlc3Rz';

/** The fixed answers: right and wrong by turns, so every type is answered both ways across the seed's questions. */
const answeredRight = (index: number) => index % 3 !== 1;

async function sealedSeed(): Promise<{ open: Article; sealed: SealedArticle; text: string }> {
  const open = await demoArticle(SEED_URL);
  const sealed = await sealArticle(open, SALT);
  return { open, sealed, text: JSON.stringify(sealed.article) };
}

let stub: FetchStub | undefined;

/** Serves the sealed article's text at `path`, until the test ends. */
function serve(path: string, text: string): void {
  stub = stubFetch({ [path]: { body: text } });
}

/** A quiz fetching the sealed article from `path`, as a page would, ready. */
async function sealedQuizAt(path: string, text: string): Promise<GlossaQuiz> {
  serve(path, text);
  const el = await fixture<GlossaQuiz>(html`<glossa-quiz layout="list" src=${path}></glossa-quiz>`);
  await waitUntil(() => parts(el, 'question').length > 0, 'the sealed quiz renders its questions');
  await el.updateComplete;
  return el;
}

/** Answers every question by clicks and key presses, checks each, and finishes; returns what the quiz reported. */
async function takeQuiz(el: GlossaQuiz, questions: readonly OpenQuestion[]) {
  const answers: GlossaAnswerDetail[] = [];
  el.addEventListener('glossa-answer', (event) => answers.push(event.detail));
  for (const [index, question] of questions.entries()) {
    await answerOnScreen(el, question, answeredRight(index));
    await press(el, 'check-button');
    await waitUntil(() => el.shadowRoot!.querySelector(`#q-${question.id}-feedback`), `${question.id} is checked`);
  }
  const completed = nextEvent(el, 'glossa-complete');
  await press(el, 'finish-button');
  const { detail } = await completed;
  return { answers, complete: detail };
}

const verdicts = (results: readonly { questionId: string; correct: boolean }[]) =>
  results.map(({ questionId, correct }) => `${questionId}: ${correct}`);

describe('a sealed quiz', () => {
  beforeEach(() => localStorage.clear());
  afterEach(() => stub?.restore());

  it('grades the sealed seed article as the open one: the same verdicts, events and score', async () => {
    const { open, text } = await sealedSeed();
    const questions = open.quiz!.questions as OpenQuestion[];
    const openRun = await takeQuiz(await quizFor(open, { layout: 'list' }), questions);
    localStorage.clear();
    const sealed = await sealedQuizAt('/sealed/graded.json', text);
    await expect(sealed).to.be.accessible();
    const sealedRun = await takeQuiz(sealed, questions);

    expect(verdicts(sealedRun.answers)).to.deep.equal(verdicts(openRun.answers));
    expect(verdicts(sealedRun.complete.results)).to.deep.equal(verdicts(openRun.complete.results));
    const { score, total, percent, passed } = openRun.complete;
    expect(sealedRun.complete).to.include({ score, total, percent, passed });
    expect(openRun.answers.filter((answer) => answer.correct).length).to.be.within(1, total - 1);
    // Every answer but an ordering one left as shown (whose shown order differs) is the very same answer.
    const given = (run: typeof openRun) => run.answers.filter((answer) => answer.questionId !== 'sequence');
    expect(given(sealedRun).map((answer) => answer.answer)).to.deep.equal(
      given(openRun).map((answer) => answer.answer),
    );
    await expect(sealed).to.be.accessible();
  });

  it('shows what an answer opens: the explanation of a right one, the feedback of the choice chosen', async () => {
    const { open, text } = await sealedSeed();
    const el = await sealedQuizAt('/sealed/opened.json', text);
    const [trigger, troops] = open.quiz!.questions as OpenQuestion[];
    await answerOnScreen(el, trigger!, true);
    await press(el, 'check-button');
    const right = part(el, 'feedback');
    await waitUntil(() => right.querySelector('[part~="explanation"]'), 'the explanation opens');
    expect(textOf(right.querySelector('[part~="explanation"]')!)).to.equal(trigger!.explanation);
    expect(right.querySelectorAll('[part~="quote"]'), 'the evidence opens with it').to.have.length(2);

    await answerOnScreen(el, troops!, false);
    await press(el, 'check-button');
    const wrong = el.shadowRoot!.querySelector('#q-who-sent-troops-feedback')!;
    expect(textOf(wrong.querySelector('[part~="verdict"]')!)).to.contain('Incorrect');
    expect(textOf(wrong.querySelector('[part~="right-answer"]')!)).to.contain('Sealed: this page does not hold it.');
    expect(wrong.querySelector('[part~="explanation"]'), 'a wrong answer opens no explanation').to.equal(null);
    const chosen =
      troops!.type === 'single' ? troops!.choices.find((choice) => choice.id !== troops!.answer)! : undefined;
    const question = el.shadowRoot!.querySelector('#q-who-sent-troops')!;
    expect(textOf(question.querySelector('[part~="choice-feedback"]')!)).to.equal(chosen!.feedback);
    expect(question.querySelectorAll('[part~="mark"]'), 'no mark can say which choice is right').to.have.length(0);
  });

  it('keeps its progress across a reload, grading the stored answers again', async () => {
    const { open, text } = await sealedSeed();
    const first = await sealedQuizAt('/sealed/stored.json', text);
    const [trigger] = open.quiz!.questions as OpenQuestion[];
    await answerOnScreen(first, trigger!, true);
    await press(first, 'check-button');
    first.remove();
    const el = await fixture<GlossaQuiz>(html`<glossa-quiz layout="list" src="/sealed/stored.json"></glossa-quiz>`);
    await waitUntil(() => el.shadowRoot!.querySelector('#q-trigger-feedback'), 'the stored answer is checked again');
    expect(textOf(el.shadowRoot!.querySelector('#q-trigger-feedback [part~="verdict"]')!)).to.contain('Correct');
  });

  it('prints its answer key only with the key file', async () => {
    const { open, sealed, text } = await sealedSeed();
    serve('/sealed/printed.json', text);
    const el = await fixture<GlossaQuiz>(html`<glossa-quiz print-key src="/sealed/printed.json"></glossa-quiz>`);
    await waitUntil(() => el.shadowRoot!.querySelector('[part~="answer-key"]'), 'the key section renders');
    const key = () => textOf(part(el, 'answer-key'));
    const [trigger] = open.quiz!.questions as OpenQuestion[];
    const rightText = trigger!.type === 'single' ? trigger!.choices.find((c) => c.id === trigger!.answer)!.text : '';
    expect(key()).to.contain('Sealed: this page does not hold it.');
    expect(key()).not.to.contain(rightText);
    el.answerKey = JSON.stringify(sealed.key);
    await waitUntil(() => key().includes(rightText), 'the key file opens the printed key');
    expect(key()).not.to.contain('Sealed');
  });
});
