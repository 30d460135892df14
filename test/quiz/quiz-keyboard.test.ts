import { expect } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { pressKey } from '../fixtures/keys.js';
import type { QuizAnswer } from '../../src/quiz/answers.js';
import type { GlossaQuiz } from '../../src/quiz/quiz.js';
import { activeIn, part, parts, quizFor, settled, tabOnTo, tabTo, textOf, validMinimal } from './quiz-helpers.js';
import { nextEvent } from '../fixtures/dom.js';

const press = (key: string) => sendKeys({ press: key });

/** Answers one question of the minimal quiz with `keys`, checks it with Enter on "Check answer", and returns what the quiz said. */
async function answerAndCheck(questionId: string, keys: (el: GlossaQuiz) => Promise<void>) {
  localStorage.clear();
  const el = await quizFor(validMinimal(), { questions: questionId });
  await keys(el);
  await tabOnTo(el, part(el, 'check-button'));
  const answered = nextEvent(el, 'glossa-answer');
  await press('Enter');
  const { detail } = await answered;
  await settled(el);
  const feedback = part(el, 'feedback');
  expect(activeIn(el), 'focus moves to the feedback').to.equal(feedback);
  expect(textOf(part(el, 'verdict'))).to.equal(detail.correct ? '✓ Correct' : '✗ Incorrect');
  expect(feedback.getAttribute('part')).to.contain(detail.correct ? 'feedback-correct' : 'feedback-incorrect');
  expect(textOf(el.shadowRoot!.querySelector('[role="status"]')!)).to.equal(
    `Question 1: ${detail.correct ? 'Correct' : 'Incorrect'}.`,
  );
  expect(part<HTMLFieldSetElement>(el, 'fieldset').disabled, 'a checked answer is final').to.be.true;
  return { el, detail };
}

async function expectAnswer(
  questionId: string,
  keys: (el: GlossaQuiz) => Promise<void>,
  answer: QuizAnswer,
  correct: boolean,
) {
  const { el, detail } = await answerAndCheck(questionId, keys);
  expect(detail).to.deep.equal({ questionId, answer, correct });
  return el;
}

const choiceInputs = (el: GlossaQuiz) => parts<HTMLInputElement>(el, 'choice-input');

describe('<glossa-quiz> by keyboard alone', () => {
  beforeEach(() => localStorage.clear());

  it('passes axe with a checked answer shown', async () => {
    const el = await expectAnswer(
      'q1',
      async (quiz) => {
        await tabTo(quiz, choiceInputs(quiz)[0]!);
        await press('ArrowDown');
      },
      'b',
      false,
    );
    await expect(el).to.be.accessible();
  });

  it('single choice: right and wrong', async () => {
    await expectAnswer(
      'q1',
      async (el) => {
        await tabTo(el, choiceInputs(el)[0]!);
        await press('Space');
      },
      'a',
      true,
    );
    const el = await expectAnswer(
      'q1',
      async (quiz) => {
        await tabTo(quiz, choiceInputs(quiz)[0]!);
        await press('ArrowDown');
      },
      'b',
      false,
    );
    expect(textOf(part(el, 'right-answer'))).to.equal('The right answer: Ana Ruiz');
    expect(parts(el, 'mark').map(textOf)).to.deep.equal(['✓ right answer', '✗ wrong']);
  });

  it('multiple select: right and wrong', async () => {
    await expectAnswer(
      'q2',
      async (el) => {
        const [a, b] = choiceInputs(el);
        await tabTo(el, a!);
        await press('Space');
        await tabOnTo(el, b!);
        await press('Space');
      },
      ['a', 'b'],
      true,
    );
    await expectAnswer(
      'q2',
      async (el) => {
        const [a, , c] = choiceInputs(el);
        await tabTo(el, a!);
        await press('Space');
        await press('Tab');
        await press('Tab');
        expect(activeIn(el)).to.equal(c);
        await press('Space');
      },
      ['a', 'c'],
      false,
    );
  });

  it('true/false: right and wrong', async () => {
    await expectAnswer(
      'q3',
      async (el) => {
        await tabTo(el, choiceInputs(el)[0]!);
        await press('ArrowDown');
      },
      false,
      true,
    );
    await expectAnswer(
      'q3',
      async (el) => {
        await tabTo(el, choiceInputs(el)[0]!);
        await press('Space');
      },
      true,
      false,
    );
  });

  it('fill-in-the-blank: any case and spacing is right, and Enter checks it', async () => {
    const el = await quizFor(validMinimal(), { questions: 'q4' });
    expect(part(el, 'blank').getAttribute('aria-label')).to.equal('blank');
    const input = part<HTMLInputElement>(el, 'blank-input');
    expect(input.getAttribute('aria-labelledby')).to.equal(part(el, 'prompt').id);
    await tabTo(el, input);
    await sendKeys({ type: ' TWO ' });
    const answered = nextEvent(el, 'glossa-answer');
    await press('Enter');
    expect((await answered).detail).to.deep.equal({ questionId: 'q4', answer: ' TWO ', correct: true });

    await expectAnswer(
      'q4',
      async (quiz) => {
        await tabTo(quiz, part(quiz, 'blank-input'));
        await sendKeys({ type: 'three' });
      },
      'three',
      false,
    );
  });

  it('ordering: the move buttons reorder, keep focus on the moved item and announce its place', async () => {
    const el = await expectAnswer(
      'q5',
      async (quiz) => {
        expect(parts(quiz, 'order-text').map(textOf), 'never shown in the answer order').to.deep.equal([
          'The repairs',
          'The vote',
        ]);
        const up = parts(quiz, 'move-up');
        expect(up[0]!.hasAttribute('disabled'), 'the first cannot move up').to.be.true;
        expect(up[1]!.getAttribute('aria-label')).to.equal('Move “The vote” up');
        await tabTo(quiz, up[1]!);
        await press('Enter');
        await settled(quiz);
        expect(parts(quiz, 'order-text').map(textOf)).to.deep.equal(['The vote', 'The repairs']);
        expect(activeIn(quiz)?.getAttribute('aria-label'), 'focus stays on the moved item').to.equal(
          'Move “The vote” down',
        );
        expect(textOf(quiz.shadowRoot!.querySelector('[role="status"]')!)).to.equal('“The vote” is now 1 of 2.');
      },
      ['vote', 'repairs'],
      true,
    );
    expect(parts(el, 'move-up').every((button) => (button as HTMLButtonElement).matches(':disabled'))).to.be.true;

    await expectAnswer('q5', async () => {}, ['repairs', 'vote'], false);
  });

  it('ordering: Alt+Up and Alt+Down move the item whose button has focus, and no further than the ends', async () => {
    const el = await quizFor(validMinimal(), { questions: 'q5' });
    const alt = async (key: string) => {
      await pressKey(`Alt+${key}`);
      await settled(el);
    };
    await tabTo(el, parts(el, 'move-down')[0]!);
    await alt('ArrowDown');
    expect(parts(el, 'order-text').map(textOf)).to.deep.equal(['The vote', 'The repairs']);
    expect(activeIn(el)?.getAttribute('aria-label'), 'focus stays on the moved item').to.equal('Move “The repairs” up');
    expect(textOf(el.shadowRoot!.querySelector('[role="status"]')!)).to.equal('“The repairs” is now 2 of 2.');
    await alt('ArrowDown');
    expect(parts(el, 'order-text').map(textOf), 'the last stays last').to.deep.equal(['The vote', 'The repairs']);
    await alt('ArrowUp');
    expect(parts(el, 'order-text').map(textOf)).to.deep.equal(['The repairs', 'The vote']);
    expect(activeIn(el)?.getAttribute('aria-label')).to.equal('Move “The repairs” down');
    await expect(el).to.be.accessible();
  });

  it('matching: each list is chosen with the arrow keys', async () => {
    const pick = async (el: GlossaQuiz, index: number, text: string) => {
      const select = parts<HTMLSelectElement>(el, 'match-select')[index]!;
      await tabOnTo(el, select);
      const position = [...select.options].findIndex((option) => option.text === text);
      expect(position).to.be.greaterThan(0);
      for (let step = 0; step < position; step += 1) await press('ArrowDown');
    };
    await expectAnswer(
      'q6',
      async (el) => {
        await tabTo(el, parts(el, 'match-select')[0]!);
        await pick(el, 0, 'Mayor');
        await pick(el, 1, 'Voted');
      },
      ['Mayor', 'Voted'],
      true,
    );
    const el = await expectAnswer(
      'q6',
      async (quiz) => {
        await tabTo(quiz, parts(quiz, 'match-select')[0]!);
        await pick(quiz, 0, 'Voted');
      },
      ['Voted', ''],
      false,
    );
    expect([...part(el, 'right-answer-list').children].map(textOf)).to.deep.equal([
      'Ana Ruiz: Mayor',
      'Council: Voted',
    ]);
  });

  it('"Check answer" with nothing answered says so and checks nothing', async () => {
    const el = await quizFor(validMinimal(), { questions: 'q1' });
    await tabTo(el, part(el, 'check-button'));
    await press('Enter');
    await settled(el);
    expect(textOf(el.shadowRoot!.querySelector('[role="status"]')!)).to.equal('Answer the question first.');
    expect(parts(el, 'feedback')).to.have.length(0);
  });

  it('Next and Previous move focus to the answer of the question they show, named by its legend', async () => {
    const el = await quizFor(validMinimal());
    await tabTo(el, part(el, 'next-button'));
    await press('Enter');
    await settled(el);
    expect(textOf(part(el, 'step'))).to.equal('Question 2 of 6');
    const first = el.shadowRoot!.querySelector('#q-q2 input, #q-q2 select');
    expect(activeIn(el), 'the first field of question 2').to.equal(first);
    expect(activeIn(el)!.closest('fieldset')!.querySelector('legend')!.id).to.equal('q-q2-prompt');
    await press('Space');
    await tabOnTo(el, part(el, 'previous-button'));
    await press('Enter');
    await settled(el);
    expect(activeIn(el)).to.equal(el.shadowRoot!.querySelector('#q-q1 input'));
    await tabOnTo(el, part(el, 'next-button'));
    await press('Enter');
    await settled(el);
    expect(activeIn(el), 'the chosen option, not the first').to.equal(
      el.shadowRoot!.querySelector('#q-q2 input:checked'),
    );
  });
});
