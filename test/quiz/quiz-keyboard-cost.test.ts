import { expect } from '@open-wc/testing';
import type { Question } from '../../src/model/types.js';
import { sendKeys } from '@web/test-runner-commands';
import { pressKey } from '../fixtures/keys.js';
import { demoArticle, SEED_URL } from '../fixtures/seed-article.js';
import { activeIn, part, quizFor, settled, visibleQuestions } from './quiz-helpers.js';

/**
 * What the seed quiz costs a keyboard reader in the stepper: every question answered rightly and
 * checked, then the results, counting each key pressed (a typed character is a press). The reader
 * takes the shortest path the quiz offers: Tab to a control, arrows in a radio group or a list,
 * Space for a box, Enter for a button.
 */
const BUDGET = 200;

describe('the seed quiz by keyboard alone', () => {
  beforeEach(() => localStorage.clear());

  it(`is answered and finished in at most ${BUDGET} key presses, in the stepper`, async () => {
    const article = await demoArticle(SEED_URL);
    const el = await quizFor(article, { layout: 'stepper' });
    let presses = 0;
    const press = async (key: string) => {
      presses += 1;
      await pressKey(key);
      await settled(el);
    };
    const focused = () => activeIn(el);
    /** Tab, or Shift+Tab when the target comes before focus, until it has focus. */
    const reach = async (target: Element) => {
      for (let guard = 0; focused() !== target; guard += 1) {
        if (guard > 40) throw new Error(`Tab never reached ${target.outerHTML.slice(0, 80)}`);
        const before = focused() && target.compareDocumentPosition(focused()!) & Node.DOCUMENT_POSITION_FOLLOWING;
        await press(before ? 'Shift+Tab' : 'Tab');
      }
    };

    async function answer(question: Question, shown: HTMLElement) {
      if (question.sealed) throw new Error(`${question.id} is sealed: the seed's questions are open`);
      const inputs = [...shown.querySelectorAll<HTMLInputElement>('[part~="choice-input"]')];
      switch (question.type) {
        case 'single':
        case 'true-false': {
          const right = String(question.answer);
          await reach(inputs[0]!);
          const at = inputs.findIndex((input) => input.value === right);
          for (let step = 0; step < at; step += 1) await press('ArrowDown');
          if (at === 0) await press('Space');
          return;
        }
        case 'multiple':
          for (const input of inputs.filter((candidate) => question.answers.includes(candidate.value))) {
            await reach(input);
            await press('Space');
          }
          return;
        case 'fill-blank': {
          await reach(shown.querySelector('[part~="blank-input"]')!);
          const text = question.accept[0]!;
          presses += text.length;
          await sendKeys({ type: text });
          return;
        }
        case 'order': {
          for (const [position, item] of question.items.entries()) {
            const order = () => [...shown.querySelectorAll<HTMLElement>('[data-item]')].map((li) => li.dataset['item']);
            if (order().indexOf(item.id) === position) continue;
            await reach(shown.querySelector(`[data-item="${item.id}"] [part~="move-up"]`)!);
            while (order().indexOf(item.id) > position) await press('Enter');
          }
          return;
        }
        case 'match': {
          const selects = [...shown.querySelectorAll<HTMLSelectElement>('[part~="match-select"]')];
          for (const [index, select] of selects.entries()) {
            await reach(select);
            // A list selects the next option starting with a typed letter, as every native list does.
            const right = question.pairs[index]!.right;
            for (let guard = 0; select.value !== right; guard += 1) {
              if (guard > select.options.length) throw new Error(`typing never chose "${right}"`);
              await press(right[0]!);
            }
          }
        }
      }
    }

    await reach(visibleQuestions(el)[0]!.querySelector('input, select, button')!);
    const questions = article.quiz!.questions;
    for (const [index, question] of questions.entries()) {
      const shown = visibleQuestions(el)[0]!;
      expect(shown.id).to.equal(`q-${question.id}`);
      await answer(question, shown);
      // Enter in a field checks the answer; from a button, the reader goes to "Check answer".
      if (focused()?.localName === 'button') await reach(part(el, 'check-button'));
      await press('Enter');
      expect(shown.querySelector('[part~="feedback-correct"]'), `${question.id} checked right`).to.exist;
      await reach(part(el, index === questions.length - 1 ? 'finish-button' : 'next-button'));
      await press('Enter');
    }
    expect(part(el, 'score').textContent).to.contain(`${questions.length} of ${questions.length}`);
    console.log(`The seed quiz by keyboard: ${presses} presses`);
    expect(presses).to.be.at.most(BUDGET);
  });
});
