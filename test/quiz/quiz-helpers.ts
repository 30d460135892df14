import { fixture, html } from '@open-wc/testing';
import { sendKeys, sendMouse } from '@web/test-runner-commands';
import '../../src/quiz/define.js';
import type { GlossaQuiz } from '../../src/quiz/quiz.js';
import type { Article } from '../../src/model/types.js';
import { validMinimal } from '../fixtures/minimal-article.js';
import { part, parts, textOf } from '../fixtures/dom.js';

export interface QuizOptions {
  layout?: 'stepper' | 'list';
  feedback?: 'immediate' | 'end';
  questions?: string;
  shuffle?: boolean;
  seed?: string;
  pass?: number;
  printKey?: boolean;
}

/** A quiz in the page with the given article and attributes, rendered. */
export async function quizFor(article: Article, options: QuizOptions = {}): Promise<GlossaQuiz> {
  const el = await fixture<GlossaQuiz>(html`<glossa-quiz
    layout=${options.layout ?? 'stepper'}
    feedback=${options.feedback ?? 'immediate'}
    questions=${options.questions ?? ''}
    ?shuffle=${options.shuffle ?? false}
    seed=${options.seed ?? ''}
    ?print-key=${options.printKey ?? false}
    .pass=${options.pass}
    .article=${article}
  ></glossa-quiz>`);
  if (!options.questions) el.removeAttribute('questions');
  if (options.seed === undefined) el.removeAttribute('seed');
  await el.updateComplete;
  return el;
}

/** The question elements a reader can see. */
export const visibleQuestions = (el: GlossaQuiz) => parts(el, 'question').filter((question) => !question.hidden);

/** The prompt of the question on screen, without its number. */
export const promptOf = (question: Element) =>
  textOf(question.querySelector('[part~="prompt"]')!).replace(/^\d+\.\s*/, '');

/** Press Tab from the start of the page until `target` inside the quiz has focus. */
export async function tabTo(el: GlossaQuiz, target: Element, limit = 60): Promise<void> {
  (document.activeElement as HTMLElement | null)?.blur();
  for (let press = 0; press < limit; press += 1) {
    await sendKeys({ press: 'Tab' });
    if (el.shadowRoot!.activeElement === target) return;
  }
  throw new Error(`Tab never reached ${target.outerHTML.slice(0, 80)}`);
}

/** Press Tab from wherever focus is until `target` has focus. */
export async function tabOnTo(el: GlossaQuiz, target: Element, limit = 30): Promise<void> {
  for (let press = 0; press < limit; press += 1) {
    if (el.shadowRoot!.activeElement === target) return;
    await sendKeys({ press: 'Tab' });
  }
  throw new Error(`Tab never reached ${target.outerHTML.slice(0, 80)}`);
}

/** A real mouse click in the middle of the element. */
export async function clickOn(element: Element): Promise<void> {
  element.scrollIntoView({ block: 'center' });
  const box = element.getBoundingClientRect();
  await sendMouse({ type: 'click', position: [Math.round(box.x + box.width / 2), Math.round(box.y + box.height / 2)] });
}

export async function settled(el: GlossaQuiz): Promise<void> {
  await el.updateComplete;
  await el.updateComplete;
}

export const activeIn = (el: GlossaQuiz) => el.shadowRoot!.activeElement as HTMLElement | null;

export { part, parts, textOf, validMinimal };
