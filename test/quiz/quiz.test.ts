import { expect } from '@open-wc/testing';
import { emulateMedia, executeServerCommand, sendMouse, setViewport } from '@web/test-runner-commands';
import type { Article } from '../../src/model/types.js';
import type { GlossaAnswerDetail } from '../../src/quiz/quiz.js';
import { firstLineOf, isShown, nextEvent, overflowingElements } from '../fixtures/dom.js';
import { seedArticle } from '../fixtures/seed-article.js';
import { targetOf } from '../fixtures/article-checks.js';
import {
  activeIn,
  clickOn,
  part,
  parts,
  quizFor,
  settled,
  textOf,
  validMinimal,
  visibleQuestions,
} from './quiz-helpers.js';
import { answerOnScreen, press } from './seed-run.js';

let seed: Article;
before(async () => {
  seed = await seedArticle();
});

/** Seed questions the scripted run answers wrongly; the other 14 of 19 it answers rightly. */
const WRONG = ['who-sent-troops', 'back-to-normal', 'kremlin-contact', 'class-of-people', 'sequence'];

describe('<glossa-quiz>', () => {
  beforeEach(() => localStorage.clear());

  it('passes axe in the question state', async () => {
    const el = await quizFor(seed);
    await expect(el).to.be.accessible();
    const list = await quizFor(seed, { layout: 'list' });
    await expect(list).to.be.accessible();
  });

  it('in the list layout, shows every question with its own "Check answer", and passes axe once checked', async () => {
    const article = validMinimal();
    const el = await quizFor(article, { layout: 'list' });
    expect(visibleQuestions(el)).to.have.length(6);
    expect(parts(el, 'check-button')).to.have.length(6);
    expect(parts(el, 'progress')).to.have.length(0);
    await answerOnScreen(el, article.quiz!.questions[1]!, false);
    await clickOn(el.shadowRoot!.querySelector('#q-q2 [part~="check-button"]')!);
    await settled(el);
    expect(textOf(el.shadowRoot!.querySelector('#q-q2 [part~="verdict"]')!)).to.equal('✗ Incorrect');
    expect(parts(el, 'check-button')).to.have.length(5);
    await expect(el).to.be.accessible();
  });

  it('takes the pass mark from the pass attribute over the quiz’s, and 70 % when neither gives one', async () => {
    const withoutMark = validMinimal((input) => delete input.quiz!.passPercent);
    for (const [article, pass, mark] of [
      [validMinimal(), undefined, '50%'],
      [validMinimal(), 90, '90%'],
      [withoutMark, undefined, '70%'],
    ] as const) {
      localStorage.clear();
      const el = await quizFor(article, { layout: 'list', feedback: 'end', pass });
      await press(el, 'finish-button');
      expect(textOf(part(el, 'pass-verdict'))).to.contain(`the pass mark is ${mark}.`);
    }
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

  it('offers one primary action at a time: "Check answer" until the question is checked, then "Next"', async () => {
    const el = await quizFor(seed);
    const background = (name: string) => getComputedStyle(part(el, name)).backgroundColor;
    const accent = background('check-button');
    expect(background('next-button'), 'Next is secondary before the check').not.to.equal(accent);
    await answerOnScreen(el, seed.quiz!.questions[0]!, true);
    await clickOn(part(el, 'check-button'));
    await settled(el);
    expect(parts(el, 'check-button').filter(isShown), 'no Check answer once checked').to.have.length(0);
    expect(background('next-button'), 'Next is primary once checked').to.equal(accent);
  });

  it('keeps a chosen option in its colour once checked, its control centred on the first line of its text', async () => {
    const el = await quizFor(seed, { layout: 'list' });
    const question = seed.quiz!.questions.find((candidate) => candidate.type === 'multiple')!;
    await answerOnScreen(el, question, true);
    const scope = el.shadowRoot!.querySelector(`#q-${question.id}`)!;
    const chosen = () =>
      [...scope.querySelectorAll<HTMLInputElement>('[part~="choice-input"]')].find((input) => input.checked)!;
    const before = getComputedStyle(chosen()).backgroundColor;
    await clickOn(scope.querySelector('[part~="check-button"]')!);
    await settled(el);
    expect(chosen().matches(':disabled'), 'the question is locked').to.be.true;
    expect(getComputedStyle(chosen()).backgroundColor, 'not faded').to.equal(before);
    const box = chosen().getBoundingClientRect();
    const line = firstLineOf(chosen().nextElementSibling!)!;
    expect(box.top + box.height / 2, 'centred on the first line').to.be.closeTo(line.top + line.height / 2, 2);
  });

  it('names each question with its number, a space and its prompt, as the browser’s accessibility tree has it', async () => {
    await quizFor(seed);
    const prompt = seed.quiz!.questions[0]!.prompt;
    const groups = await executeServerCommand<string[], { role: string }>('accessible-names', { role: 'group' });
    expect(groups.filter((name) => name.endsWith(prompt))).to.deep.equal([`1. ${prompt}`]);
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

    const completed = nextEvent(el, 'glossa-complete');
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
    const completed = nextEvent(el, 'glossa-complete');
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
    expect(parts(el, 'result').map(textOf)[1]).to.equal('Question 2 – Not answered');
    expect(parts(el, 'result').map(textOf)[4], 'an untouched ordering question').to.equal('Question 5 – Not answered');
    await expect(el).to.be.accessible();
  });

  describe('shuffle', () => {
    const orderOf = (el: Element) => parts(el, 'question').map((question) => question.id.slice(2));
    const choicesOf = (el: Element, id: string) =>
      [...el.shadowRoot!.querySelectorAll<HTMLInputElement>(`#q-${id} [part~="choice-input"]`)].map(
        (input) => input.value,
      );

    it('gives the same order for the same seed, and another for another seed', async () => {
      const modelOrder = seed.quiz!.questions.map((question) => question.id);
      const a = await quizFor(seed, { shuffle: true, seed: 'class-7b' });
      const b = await quizFor(seed, { shuffle: true, seed: 'class-7b' });
      const c = await quizFor(seed, { shuffle: true, seed: 'class-7c' });
      expect(orderOf(a)).to.deep.equal(orderOf(b));
      expect(orderOf(a)).to.not.deep.equal(modelOrder);
      expect(orderOf(c)).to.not.deep.equal(orderOf(a));
      expect([...orderOf(a)].sort()).to.deep.equal([...modelOrder].sort());
      expect(choicesOf(a, 'trigger')).to.deep.equal(choicesOf(b, 'trigger'));
      expect(
        seed.quiz!.questions.some((question) => choicesOf(a, question.id).join() !== choicesOf(c, question.id).join()),
      ).to.be.true;
      expect(visibleQuestions(a)[0]!.id).to.equal(`q-${orderOf(a)[0]}`);
    });

    it('without a seed, keeps a reader’s order across reloads', async () => {
      const first = await quizFor(seed, { shuffle: true });
      await press(first, 'next-button');
      const order = orderOf(first);
      first.remove();
      const again = await quizFor(seed, { shuffle: true });
      expect(orderOf(again)).to.deep.equal(order);
    });

    it('does not shuffle without the attribute', async () => {
      const el = await quizFor(seed);
      expect(orderOf(el)).to.deep.equal(seed.quiz!.questions.map((question) => question.id));
      expect(choicesOf(el, 'trigger')).to.deep.equal(['a', 'b', 'c', 'd']);
    });
  });

  describe('questions="…"', () => {
    it('asks only the questions named, in that order', async () => {
      const el = await quizFor(validMinimal(), { questions: 'q4, q1' });
      expect(parts(el, 'question').map((question) => question.id)).to.deep.equal(['q-q4', 'q-q1']);
      expect(textOf(part(el, 'step'))).to.equal('Question 1 of 2');
      expect(parts(el, 'note')).to.have.length(0);
    });

    it('names the ids the quiz does not have, on the page and in the console', async () => {
      const warnings: unknown[] = [];
      const warn = console.warn;
      console.warn = (...args: unknown[]) => warnings.push(args.join(' '));
      try {
        const el = await quizFor(validMinimal(), { questions: 'q1,q9,q10' });
        expect(textOf(part(el, 'note'))).to.equal('This quiz has no questions q9, q10.');
        expect(parts(el, 'question')).to.have.length(1);
        expect(warnings.join()).to.contain('q9, q10');
        const none = await quizFor(validMinimal(), { questions: 'nope' });
        expect(textOf(part(none, 'note'))).to.equal('This quiz has no question nope.');
        expect(textOf(part(none, 'message'))).to.equal('None of the questions asked for is in this quiz.');
        await expect(none).to.be.accessible();
      } finally {
        console.warn = warn;
      }
    });
  });

  it('reorders an ordering question by dragging with the pointer', async () => {
    const el = await quizFor(validMinimal(), { questions: 'q5' });
    expect(parts(el, 'order-text').map(textOf)).to.deep.equal(['The repairs', 'The vote']);
    const handle = parts(el, 'drag-handle')[0]!;
    expect(getComputedStyle(handle).touchAction).to.equal('none');
    const from = handle.getBoundingClientRect();
    const target = parts(el, 'order-item')[1]!.getBoundingClientRect();
    const x = Math.round(from.x + from.width / 2);
    await sendMouse({ type: 'move', position: [x, Math.round(from.y + from.height / 2)] });
    await sendMouse({ type: 'down' });
    await sendMouse({ type: 'move', position: [x, Math.round(target.bottom - 2)] });
    await sendMouse({ type: 'up' });
    await settled(el);
    expect(parts(el, 'order-text').map(textOf)).to.deep.equal(['The vote', 'The repairs']);
    expect(textOf(el.shadowRoot!.querySelector('[role="status"]')!)).to.equal('“The repairs” is now 2 of 2.');
    expect(parts(el, 'order-item').every((item) => item.style.translate === '')).to.be.true;
  });

  it('shows a checked order as its text alone, without the handles’ gutter or the move buttons', async () => {
    const el = await quizFor(validMinimal(), { questions: 'q5' });
    await press(el, 'check-button');
    expect(parts(el, 'order-item')[0]!.matches(':disabled *'), 'locked').to.be.true;
    for (const item of parts(el, 'order-item')) {
      const text = item.querySelector('[part="order-text"]')!.getBoundingClientRect();
      const padding = parseFloat(getComputedStyle(item).paddingInlineStart);
      const border = parseFloat(getComputedStyle(item).borderInlineStartWidth);
      expect(text.left, 'the text starts at the item’s edge').to.be.closeTo(
        item.getBoundingClientRect().left + border + padding,
        1,
      );
    }
    expect(parts(el, 'move-up').some(isShown), 'no move buttons').to.be.false;
  });

  it('shows the explanation and, under "Show in the article", the article’s words', async () => {
    const el = await quizFor(seed, { questions: 'nazarbayev-seen' });
    await answerOnScreen(
      el,
      seed.quiz!.questions.find((question) => question.id === 'nazarbayev-seen')!,
      true,
    );
    await press(el, 'check-button');
    const question = seed.quiz!.questions.find((candidate) => candidate.id === 'nazarbayev-seen')!;
    expect(textOf(part(el, 'explanation'))).to.equal(question.explanation);
    const details = part<HTMLDetailsElement>(el, 'evidence-details');
    expect(details.open).to.be.false;
    expect(textOf(part(el, 'evidence-summary'))).to.equal('Show in the article');
    await clickOn(part(el, 'evidence-summary'));
    expect(details.open).to.be.true;
    expect(textOf(part(el, 'quote'))).to.equal(targetOf(seed, question.evidence![0]!).quote);
    expect(textOf(part(el, 'evidence'))).to.equal('In the article: paragraph 8');
    await expect(el).to.be.accessible();

    const hidden = await quizFor(seed, { questions: 'nazarbayev-seen' });
    hidden.hideEvidence = true;
    await settled(hidden);
    expect(parts(hidden, 'evidence-details')).to.have.length(0);
  });

  it('does not overflow a 375 px phone screen', async () => {
    await setViewport({ width: 375, height: 800 });
    try {
      const el = await quizFor(seed, { layout: 'list', feedback: 'end' });
      expect(overflowingElements(el)).to.deep.equal([]);
      await press(el, 'finish-button');
      expect(overflowingElements(el)).to.deep.equal([]);
    } finally {
      await setViewport({ width: 800, height: 600 });
    }
  });

  describe('print', () => {
    afterEach(() => emulateMedia({ media: 'screen' }));

    it('prints every question as a worksheet, without buttons or answers', async () => {
      const el = await quizFor(seed);
      await answerOnScreen(el, seed.quiz!.questions[0]!, true);
      await emulateMedia({ media: 'print' });
      expect(parts(el, 'question').every(isShown)).to.be.true;
      expect(parts(el, 'check-button').some(isShown)).to.be.false;
      expect(isShown(part(el, 'nav'))).to.be.false;
      expect(isShown(part(el, 'progress'))).to.be.false;
      const checked = parts<HTMLInputElement>(el, 'choice-input').find((input) => input.checked)!;
      expect(getComputedStyle(checked).backgroundColor, 'boxes print empty').to.equal('rgba(0, 0, 0, 0)');
      expect(getComputedStyle(checked).boxShadow, 'a radio prints without its dot').to.equal('none');
      expect(getComputedStyle(part(el, 'blank-input')).color).to.equal('rgba(0, 0, 0, 0)');
      expect(parts(el, 'answer-key'), 'no key without print-key').to.have.length(0);
    });

    it('adds an answer key on a page of its own with print-key, never on screen', async () => {
      const el = await quizFor(validMinimal(), { printKey: true });
      const key = part(el, 'answer-key');
      expect(isShown(key)).to.be.false;
      await emulateMedia({ media: 'print' });
      expect(isShown(key)).to.be.true;
      expect(getComputedStyle(key).breakBefore).to.equal('page');
      expect(textOf(part(el, 'answer-key-heading'))).to.equal('Answer key');
      const entries = [...key.querySelector('ol')!.children].map((entry) =>
        [...entry.querySelectorAll('[part~="right-answer-list"] > li')].map(textOf),
      );
      expect(textOf(key.querySelector('ol > li')!)).to.match(/^Who spoke about the repairs\? /);
      expect(entries).to.deep.equal([
        ['Ana Ruiz'],
        ['The vote was on Monday', 'Repairs take two years'],
        ['False'],
        ['two / 2'],
        ['The vote', 'The repairs'],
        ['Ana Ruiz: Mayor', 'Council: Voted'],
      ]);
      expect(key.querySelector('ol')!.children).to.have.length(6);
      expect(key.querySelector('[part~="right-answer-list"]')!.localName).to.equal('ul');
      expect(key.querySelectorAll('ol[part~="right-answer-list"]'), 'an order is a numbered list').to.have.length(1);
    });
  });
});
