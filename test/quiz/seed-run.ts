import { sendKeys } from '@web/test-runner-commands';
import type { Question } from '../../src/model/types.js';
import type { QuizAnswer } from '../../src/quiz/answers.js';
import type { GlossaQuiz } from '../../src/quiz/quiz.js';
import { clickOn, parts, settled, tabOnTo, textOf, visibleQuestions } from './quiz-helpers.js';

/**
 * Answers the question on screen as a reader would, with real clicks and key presses, rightly or
 * wrongly, and returns the answer the quiz should report.
 */
export async function answerOnScreen(el: GlossaQuiz, question: Question, right: boolean): Promise<QuizAnswer> {
  if (question.sealed) throw new Error(`${question.id} is sealed: answer it as its open question`);
  const shown = visibleQuestions(el).find((candidate) => candidate.id === `q-${question.id}`);
  if (!shown) throw new Error(`${question.id} is not on screen`);
  const inputs = [...shown.querySelectorAll<HTMLInputElement>('[part~="choice-input"]')];
  const clickChoice = (value: string) => clickOn(inputs.find((input) => input.value === value)!.closest('label')!);
  switch (question.type) {
    case 'single': {
      const id = right ? question.answer : question.choices.find((choice) => choice.id !== question.answer)!.id;
      await clickChoice(id);
      return id;
    }
    case 'multiple': {
      const ids = right ? question.answers : question.answers.slice(0, 1);
      for (const id of ids) await clickChoice(id);
      return question.choices.map((choice) => choice.id).filter((id) => ids.includes(id));
    }
    case 'true-false': {
      const value = right ? question.answer : !question.answer;
      await clickChoice(String(value));
      return value;
    }
    case 'fill-blank': {
      const text = right ? question.accept[0]! : 'rich';
      await clickOn(shown.querySelector('[part~="blank-input"]')!);
      await sendKeys({ type: text });
      return text;
    }
    case 'order': {
      const target = question.items.map((item) => item.id);
      if (right) {
        for (const [position, id] of target.entries()) {
          for (;;) {
            const order = [...shown.querySelectorAll<HTMLElement>('[data-item]')].map((item) => item.dataset['item']);
            if (order.indexOf(id) <= position) break;
            await clickOn(shown.querySelector(`[data-item="${id}"] [part~="move-up"]`)!);
            await settled(el);
          }
        }
        return target;
      }
      return [...shown.querySelectorAll<HTMLElement>('[data-item]')].map((item) => item.dataset['item']!);
    }
    case 'match': {
      const selects = [...shown.querySelectorAll<HTMLSelectElement>('[part~="match-select"]')];
      const chosen = question.pairs.map((pair, index) =>
        right ? pair.right : question.pairs[(index + 1) % question.pairs.length]!.right,
      );
      for (const [index, select] of selects.entries()) {
        await tabOnTo(el, select);
        const position = [...select.options].findIndex((option) => option.text === chosen[index]);
        for (let step = 0; step < position; step += 1) await sendKeys({ press: 'ArrowDown' });
      }
      return chosen;
    }
  }
}

/** Clicks the visible button with this part. */
export async function press(el: GlossaQuiz, partName: string): Promise<void> {
  const button = parts(el, partName).find((candidate) => candidate.checkVisibility());
  if (!button) throw new Error(`no visible ${partName}`);
  await clickOn(button);
  await settled(el);
}

export const statusText = (el: GlossaQuiz) => textOf(el.shadowRoot!.querySelector('[role="status"]')!);
