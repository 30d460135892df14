import { expect } from '@open-wc/testing';
import { sendKeys, sendMouse } from '@web/test-runner-commands';
import '@citolab/qti-components';
import { qtiTransformItem } from '@citolab/qti-components/qti-transformers';
import { qtiFormat } from '../../src/formats/qti/index.js';
import { openQuiz, type OpenQuestionInput } from '../../src/formats/types.js';
import { parseQuiz } from '../../src/model/parse-quiz.js';
import { articleJson, SEED_URL } from '../fixtures/seed-article.js';
import { waitUntil } from '../fixtures/wait.js';

/**
 * What we write, answered in an independent QTI 3 player (Cito's @citolab/qti-components) as a
 * candidate answers it, through the page: the player's own response processing gives the SCORE.
 */

interface PlayerItem extends HTMLElement {
  processResponse(): boolean;
  getOutcome(identifier: string): { value: unknown } | null;
}

async function seedItems(): Promise<{ question: OpenQuestionInput; xml: string }[]> {
  const article = (await articleJson(SEED_URL)) as { id: string; lang: string; quiz: unknown };
  const parsed = parseQuiz(article.quiz);
  const quiz = parsed.ok ? openQuiz(parsed.quiz) : undefined;
  if (!quiz) throw new Error('the seed quiz is invalid or sealed');
  const { files } = qtiFormat.write(quiz, { articleId: article.id, lang: article.lang });
  return quiz.questions.map((question) => {
    const file = files.find((candidate) => candidate.path.endsWith(`-${question.id}.xml`));
    if (!file) throw new Error(`no item for ${question.id}`);
    return { question, xml: file.content };
  });
}

/** The item in the player, once the player has registered its interaction and outcomes. */
async function play(xml: string): Promise<PlayerItem> {
  document.body.replaceChildren(qtiTransformItem().parse(xml).htmlDoc());
  const item = document.querySelector<PlayerItem>('qti-assessment-item');
  if (!item) throw new Error('the player shows no qti-assessment-item');
  await waitUntil(() => item.getOutcome('SCORE') !== null, 'the player declares SCORE');
  return item;
}

async function click(element: Element): Promise<void> {
  element.scrollIntoView({ block: 'center' });
  const box = element.getBoundingClientRect();
  await sendMouse({ type: 'click', position: [Math.round(box.x + box.width / 2), Math.round(box.y + box.height / 2)] });
}

function choice(item: PlayerItem, identifier: string): Element {
  const found = item.querySelector(`qti-simple-choice[identifier="${identifier}"]`);
  if (!found) throw new Error(`no choice ${identifier}`);
  return found;
}

/** Submits as the player's end of attempt does, and reads the score it gives. */
function score(item: PlayerItem): number {
  item.processResponse();
  return Number(item.getOutcome('SCORE')?.value);
}

async function chooseAll(item: PlayerItem, identifiers: readonly string[]): Promise<void> {
  for (const identifier of identifiers) {
    await click(choice(item, identifier));
    await waitUntil(
      () => choice(item, identifier).matches(':state(--checked), [aria-checked="true"]'),
      `${identifier} checked`,
    );
  }
}

async function type(item: PlayerItem, text: string): Promise<void> {
  const entry = item.querySelector('qti-text-entry-interaction');
  const input = entry?.shadowRoot?.querySelector('input');
  if (!input) throw new Error('no text entry input');
  await click(input);
  await sendKeys({ type: text });
}

/** Tab through the page, as a keyboard user does, until `element` has the focus. */
async function tabTo(element: Element): Promise<void> {
  for (let presses = 0; document.activeElement !== element; presses += 1) {
    if (presses > 50) throw new Error(`Tab never reaches ${element.outerHTML.slice(0, 80)}`);
    await sendKeys({ press: 'Tab' });
  }
}

/**
 * Places a draggable with the player's keyboard path (its drag-and-drop keydown handler): Space picks it
 * up over the first drop zone, each ArrowDown moves to the next zone, Space drops it there.
 */
async function dropWithKeys(draggable: Element, zoneIndex: number): Promise<void> {
  await tabTo(draggable);
  await sendKeys({ press: 'Space' });
  for (let step = 0; step < zoneIndex; step += 1) await sendKeys({ press: 'ArrowDown' });
  await sendKeys({ press: 'Space' });
}

function interaction(item: PlayerItem, tag: string): HTMLElement & { shadowRoot: ShadowRoot } {
  const found = item.querySelector(tag);
  if (!found?.shadowRoot) throw new Error(`no ${tag}`);
  return found as HTMLElement & { shadowRoot: ShadowRoot };
}

/** Puts the items in this order, each into the next of the player's drop lists (its drop zones, in order). */
async function order(item: PlayerItem, identifiers: readonly string[]): Promise<void> {
  const lists = interaction(item, 'qti-order-interaction').shadowRoot.querySelectorAll('drop-list');
  for (const [position, identifier] of identifiers.entries()) {
    await dropWithKeys(choice(item, identifier), position);
    await waitUntil(
      () => lists[position]?.querySelector(`[identifier="${identifier}"]`),
      `${identifier} placed ${position + 1}`,
    );
  }
}

/** The text a choice shows, without what has been dropped onto it. */
const ownText = (choiceElement: Element) =>
  [...choiceElement.childNodes]
    .filter((node) => !(node instanceof Element && node.hasAttribute('qti-draggable')))
    .map((node) => node.textContent)
    .join('')
    .trim();

/** Drags each left text onto the right text shown with it, found by what the candidate reads. */
async function match(item: PlayerItem, pairs: readonly { left: string; right: string }[]): Promise<void> {
  const [sources, targets] = [
    ...interaction(item, 'qti-match-interaction').querySelectorAll('qti-simple-match-set'),
  ].map((set) => [...set.querySelectorAll(':scope > qti-simple-associable-choice')]);
  const shown = (choices: readonly Element[] | undefined, text: string) => {
    const found = choices?.find((candidate) => ownText(candidate) === text);
    if (!found) throw new Error(`no choice shows "${text}"`);
    return found;
  };
  for (const { left, right } of pairs) {
    const target = shown(targets, right);
    // The player's drop zones are the targets, in the order the page shows them.
    await dropWithKeys(shown(sources, left), targets?.indexOf(target) ?? -1);
    await waitUntil(
      () => [...target.querySelectorAll('[qti-draggable]')].some((placed) => placed.textContent?.trim() === left),
      `"${left}" matched with "${right}"`,
    );
  }
}

/** The same pairs, with the first two lefts' rights swapped. */
function swapFirstTwo(pairs: readonly { left: string; right: string }[]): { left: string; right: string }[] {
  const [first, second, ...rest] = pairs;
  if (!first || !second) throw new Error('a match of fewer than two pairs');
  return [{ left: first.left, right: second.right }, { left: second.left, right: first.right }, ...rest];
}

/** A right answer, and a wrong one, as a candidate gives them. */
function answers(question: OpenQuestionInput): {
  right: (item: PlayerItem) => Promise<void>;
  wrong: (item: PlayerItem) => Promise<void>;
} {
  switch (question.type) {
    case 'single': {
      const wrong = question.choices.find((option) => option.id !== question.answer)?.id ?? '';
      return { right: (item) => chooseAll(item, [question.answer]), wrong: (item) => chooseAll(item, [wrong]) };
    }
    case 'multiple': {
      const wrong = question.choices.find((option) => !question.answers.includes(option.id))?.id ?? '';
      return {
        right: (item) => chooseAll(item, question.answers),
        wrong: (item) => chooseAll(item, [...question.answers, wrong]),
      };
    }
    case 'true-false':
      return {
        right: (item) => chooseAll(item, [String(question.answer)]),
        wrong: (item) => chooseAll(item, [String(!question.answer)]),
      };
    case 'fill-blank':
      return {
        right: (item) => type(item, question.accept.at(-1)?.toUpperCase() ?? ''),
        wrong: (item) => type(item, `${question.accept[0] ?? ''}0`),
      };
    case 'order': {
      const ids = question.items.map((entry) => entry.id);
      const [first = '', second = '', ...rest] = ids;
      return { right: (item) => order(item, ids), wrong: (item) => order(item, [second, first, ...rest]) };
    }
    case 'match':
      return {
        right: (item) => match(item, question.pairs),
        wrong: (item) => match(item, swapFirstTwo(question.pairs)),
      };
  }
}

describe('QTI we write, in an independent QTI 3 player', () => {
  it('is answered right and wrong in the player, which scores each item of the seed quiz', async () => {
    const items = await seedItems();
    const scored: string[] = [];
    for (const { question, xml } of items) {
      const answer = answers(question);
      const rightItem = await play(xml);
      await answer.right(rightItem);
      expect(score(rightItem), `${question.id} answered right`).to.equal(1);
      const wrongItem = await play(xml);
      await answer.wrong(wrongItem);
      expect(score(wrongItem), `${question.id} answered wrong`).to.equal(0);
      scored.push(question.type);
    }
    expect(scored).to.have.length(items.length);
    expect(new Set(scored)).to.have.keys('single', 'multiple', 'true-false', 'fill-blank', 'order', 'match');
  });
});
