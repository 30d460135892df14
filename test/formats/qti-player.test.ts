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

/** A right answer, and a wrong one, as a candidate gives them; undefined where the player cannot be answered. */
function answers(
  question: OpenQuestionInput,
): { right: (item: PlayerItem) => Promise<void>; wrong: (item: PlayerItem) => Promise<void> } | undefined {
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
    default:
      return undefined;
  }
}

describe('QTI we write, in an independent QTI 3 player', () => {
  it('is answered right and wrong in the player, which scores each item of the seed quiz', async () => {
    const scored: string[] = [];
    for (const { question, xml } of await seedItems()) {
      const answer = answers(question);
      if (!answer) continue;
      const rightItem = await play(xml);
      await answer.right(rightItem);
      expect(score(rightItem), `${question.id} answered right`).to.equal(1);
      const wrongItem = await play(xml);
      await answer.wrong(wrongItem);
      expect(score(wrongItem), `${question.id} answered wrong`).to.equal(0);
      scored.push(question.type);
    }
    expect(new Set(scored)).to.have.keys('single', 'multiple', 'true-false', 'fill-blank');
  });
});
