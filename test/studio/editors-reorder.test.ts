import { expect } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { pressKey } from '../fixtures/keys.js';
import { waitUntil } from '../fixtures/wait.js';
import { mountEditor, open, seedDocument, type Harness } from './fixtures/editors/editor-harness.js';

type Obj = Record<string, unknown>;

const QUESTIONS = ['article', 'quiz', 'questions'];
const questionIds = (harness: Harness) =>
  ((harness.document().article.quiz as Obj).questions as Obj[]).map((question) => question.id);
const summaryAt = (harness: Harness, path: (string | number)[]) => harness.item(path).querySelector('summary')!;
const status = (harness: Harness) => harness.$('[role="status"]').textContent.trim();

const altPress = (key: string) => pressKey(`Alt+${key}`);

describe('studio-article-editor: reordering', () => {
  it('moves a focused item with Alt+ArrowDown and Alt+ArrowUp, announcing its position, the focus kept on it', async () => {
    const harness = await mountEditor(await seedDocument());
    const ids = questionIds(harness);
    summaryAt(harness, [...QUESTIONS, 2]).focus();
    await altPress('ArrowDown');
    await waitUntil(() => harness.edits.length === 1);
    expect(questionIds(harness)).to.deep.equal([ids[0], ids[1], ids[3], ids[2], ...ids.slice(4)]);
    await waitUntil(() => status(harness) === `Moved to position 4 of ${ids.length}`);
    await waitUntil(() => harness.root.activeElement === summaryAt(harness, [...QUESTIONS, 3]));
    expect(summaryAt(harness, [...QUESTIONS, 3]).textContent).to.include('4.');
    await altPress('ArrowUp');
    await altPress('ArrowUp');
    await waitUntil(() => harness.edits.length === 3);
    expect(questionIds(harness)).to.deep.equal([ids[0], ids[2], ids[1], ...ids.slice(3)]);
    await waitUntil(() => status(harness) === `Moved to position 2 of ${ids.length}`);
  });

  it('does not move the first item up, nor an item while a field of it is being typed in', async () => {
    const harness = await mountEditor(await seedDocument());
    summaryAt(harness, ['article', 'timeline', 0]).focus();
    await altPress('ArrowUp');
    await open(harness, ['article', 'timeline', 0]);
    harness.at(['article', 'timeline', 0, 'label']).focus();
    await altPress('ArrowDown');
    await sendKeys({ type: 'x' });
    await waitUntil(() => harness.edits.length === 1);
    expect(harness.edits[0]!.changes[0]!.path).to.deep.equal(['article', 'timeline', 0, 'label']);
  });

  it('moves an item with its Move up and Move down buttons, keeping the focus on the button', async () => {
    const harness = await mountEditor(await seedDocument());
    const facts = () =>
      (((harness.document().article.explainer as Obj).keyFacts as Obj[]) ?? []).map((fact) => fact.id);
    const ids = facts();
    const details = await open(harness, ['article', 'explainer', 'keyFacts', 0]);
    details.querySelector<HTMLButtonElement>('[data-action="down"]')!.focus();
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => harness.edits.length === 1);
    expect(facts()).to.deep.equal([ids[1], ids[0], ...ids.slice(2)]);
    const moved = harness.item(['article', 'explainer', 'keyFacts', 1]);
    await waitUntil(() => harness.root.activeElement === moved.querySelector('[data-action="down"]'));
    await sendKeys({ press: 'Space' });
    await waitUntil(() => harness.edits.length === 2);
    expect(facts()).to.deep.equal([ids[1], ids[2], ids[0], ...ids.slice(3)]);
    const upAgain = harness
      .item(['article', 'explainer', 'keyFacts', 2])
      .querySelector<HTMLButtonElement>('[data-action="up"]')!;
    upAgain.focus();
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => harness.edits.length === 3);
    expect(facts()).to.deep.equal([ids[1], ids[0], ...ids.slice(2)]);
  });

  it('moves the choices of a question and the items of an order question', async () => {
    const harness = await mountEditor(await seedDocument());
    const questions = () => (harness.document().article.quiz as Obj).questions as Obj[];
    const orderIndex = questions().findIndex((question) => question.type === 'order');
    const items = () => (questions()[orderIndex]!.items as Obj[]).map((item) => item.id);
    const ids = items();
    await open(harness, [...QUESTIONS, orderIndex, 'items', 1]);
    summaryAt(harness, [...QUESTIONS, orderIndex, 'items', 1]).focus();
    await altPress('ArrowUp');
    await waitUntil(() => harness.edits.length === 1);
    expect(items()).to.deep.equal([ids[1], ids[0], ...ids.slice(2)]);
    expect(questionIds(harness)[orderIndex]).to.equal(questions()[orderIndex]!.id);
    await open(harness, [...QUESTIONS, 0, 'choices', 0]);
    summaryAt(harness, [...QUESTIONS, 0, 'choices', 0]).focus();
    await altPress('ArrowDown');
    await waitUntil(() => harness.edits.length === 2);
    expect(harness.edits[1]!.changes[0]!.path).to.deep.equal([...QUESTIONS, 0, 'choices']);
  });

  it('moves an item dragged by its handle and dropped on another', async () => {
    const harness = await mountEditor(await seedDocument());
    const ids = ((harness.document().article.timeline as Obj[]) ?? []).map((event) => event.id);
    const handle = harness.item(['article', 'timeline', 0]).querySelector('.handle')!;
    const dataTransfer = new DataTransfer();
    handle.dispatchEvent(new DragEvent('dragstart', { bubbles: true, composed: true, dataTransfer }));
    const target = harness.item(['article', 'timeline', 4]);
    const over = new DragEvent('dragover', { bubbles: true, cancelable: true, composed: true, dataTransfer });
    target.querySelector('summary')!.dispatchEvent(over);
    expect(over.defaultPrevented).to.equal(true);
    expect(target.classList.contains('drop-target')).to.equal(true);
    target
      .querySelector('summary')!
      .dispatchEvent(new DragEvent('drop', { bubbles: true, cancelable: true, composed: true, dataTransfer }));
    await waitUntil(() => harness.edits.length === 1);
    const after = (harness.document().article.timeline as Obj[]).map((event) => event.id);
    expect(after).to.deep.equal([...ids.slice(1, 5), ids[0], ...ids.slice(5)]);
    await waitUntil(() => status(harness) === `Moved to position 5 of ${ids.length}`);
    expect(harness.root.querySelector('.drop-target')).to.equal(null);
  });

  it('forgets a drag that ended outside the list', async () => {
    const harness = await mountEditor(await seedDocument());
    const handle = harness.item(['article', 'timeline', 0]).querySelector('.handle')!;
    const dataTransfer = new DataTransfer();
    handle.dispatchEvent(new DragEvent('dragstart', { bubbles: true, dataTransfer }));
    handle.dispatchEvent(new DragEvent('dragend', { bubbles: true, dataTransfer }));
    const over = new DragEvent('dragover', { bubbles: true, cancelable: true, dataTransfer });
    harness.item(['article', 'timeline', 3]).querySelector('summary')!.dispatchEvent(over);
    expect(over.defaultPrevented).to.equal(false);
  });

  it('does not take a drop from another list', async () => {
    const harness = await mountEditor(await seedDocument());
    const dataTransfer = new DataTransfer();
    harness
      .item(['article', 'timeline', 0])
      .querySelector('.handle')!
      .dispatchEvent(new DragEvent('dragstart', { bubbles: true, dataTransfer }));
    const over = new DragEvent('dragover', { bubbles: true, cancelable: true, dataTransfer });
    harness.item(['article', 'entities', 3]).querySelector('summary')!.dispatchEvent(over);
    expect(over.defaultPrevented).to.equal(false);
  });
});
