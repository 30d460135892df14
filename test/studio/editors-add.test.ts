import { expect } from '@open-wc/testing';
import { emulateMedia, sendKeys, sendMouse, setViewport } from '@web/test-runner-commands';
import { waitUntil } from '../fixtures/wait.js';
import { mountEditor, open, seedDocument, type Harness } from './fixtures/editors/editor-harness.js';

type Obj = Record<string, unknown>;

const questions = (harness: Harness) => (harness.document().article.quiz as Obj).questions as Obj[];

function button(scope: ParentNode, text: string): HTMLButtonElement {
  const found = [...scope.querySelectorAll('button')].find((candidate) => candidate.textContent?.trim() === text);
  if (!found) throw new Error(`no button "${text}"`);
  return found;
}

describe('studio-article-editor: adding, removing and plain fields', () => {
  afterEach(async () => {
    await emulateMedia({ colorScheme: 'light' });
    await setViewport({ width: 800, height: 600 });
  });

  it('adds a question of the chosen type, opened with its prompt focused, and types into it', async () => {
    const harness = await mountEditor(await seedDocument());
    const count = questions(harness).length;
    const form = harness.$<HTMLFormElement>('form.add-question');
    const type = form.querySelector('select')!;
    type.focus();
    for (let step = 0; step < 5; step++) await sendKeys({ press: 'ArrowDown' });
    await waitUntil(() => type.value === 'match');
    button(form, 'Add question').focus();
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => questions(harness).length === count + 1);
    const added = questions(harness)[count]!;
    expect(added).to.deep.include({ type: 'match', id: 'question' });
    expect(added.pairs).to.have.length(2);
    const prompt = [...'article quiz questions'.split(' '), count, 'prompt'];
    await waitUntil(() => harness.root.activeElement === harness.at(prompt));
    await sendKeys({ type: 'Match them' });
    await waitUntil(() => questions(harness)[count]!.prompt === 'Match them');
    await expect(harness.editor).to.be.accessible();
  });

  it('changes the type of a question from its form', async () => {
    const harness = await mountEditor(await seedDocument());
    const details = await open(harness, ['article', 'quiz', 'questions', 0]);
    const form = details.querySelector<HTMLFormElement>('form.type-form')!;
    form.querySelector('select')!.focus();
    await sendKeys({ press: 'ArrowDown' });
    button(form, 'Change type').focus();
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => questions(harness)[0]!.type === 'multiple');
    expect(questions(harness)[0]!.answers).to.have.length(1);
    await waitUntil(() => harness.item(['article', 'quiz', 'questions', 0]).textContent.includes('Right answers'));
  });

  it('adds an entity and makes its id from the name it is given', async () => {
    const harness = await mountEditor(await seedDocument());
    button(harness.root, 'Add entity').focus();
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => (harness.document().article.entities as Obj[]).length === 27);
    await waitUntil(() => harness.root.activeElement === harness.at(['article', 'entities', 26, 'name']));
    await sendKeys({ type: 'Almaty Airport' });
    const details = harness.item(['article', 'entities', 26]);
    await waitUntil(() => details.textContent.includes('Use “almaty-airport”'));
    button(details, 'Use “almaty-airport”').focus();
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => (harness.document().article.entities as Obj[])[26]!.id === 'almaty-airport');
  });

  it('removes an optional field emptied, keeps a required one as an empty text', async () => {
    const harness = await mountEditor(await seedDocument());
    const dek = harness.at<HTMLInputElement>(['article', 'dek']);
    dek.focus();
    dek.select();
    await sendKeys({ press: 'Backspace' });
    await waitUntil(() => !('dek' in harness.document().article));
    const title = harness.at<HTMLInputElement>(['article', 'title']);
    title.focus();
    title.select();
    await sendKeys({ press: 'Backspace' });
    await waitUntil(() => harness.document().article.title === '');
  });

  it('sets a true-or-false answer, the right answers of a multiple choice, a number and a checkbox', async () => {
    const harness = await mountEditor(await seedDocument());
    const trueFalse = questions(harness).findIndex((question) => question.type === 'true-false');
    const before = questions(harness)[trueFalse]!.answer as boolean;
    await open(harness, ['article', 'quiz', 'questions', trueFalse]);
    const answer = harness.at<HTMLSelectElement>(['article', 'quiz', 'questions', trueFalse, 'answer']);
    answer.focus();
    await sendKeys({ press: before ? 'ArrowDown' : 'ArrowUp' });
    await waitUntil(() => questions(harness)[trueFalse]!.answer === !before);
    const multiple = questions(harness).findIndex((question) => question.type === 'multiple');
    const details = await open(harness, ['article', 'quiz', 'questions', multiple]);
    const boxes = [
      ...details.querySelectorAll<HTMLInputElement>('fieldset[data-path$=\'"answers"]\'] input[type="checkbox"]'),
    ];
    const unchecked = boxes.find((box) => !box.checked)!;
    unchecked.focus();
    await sendKeys({ press: 'Space' });
    await waitUntil(
      () => (questions(harness)[multiple]!.answers as string[]).length === boxes.filter((box) => box.checked).length,
    );
    await open(harness, ['article', 'explainer', 'keyFacts', 0]);
    const number = harness.at<HTMLInputElement>(['article', 'explainer', 'keyFacts', 0, 'number']);
    number.focus();
    number.select();
    await sendKeys({ type: '12.5' });
    await waitUntil(() => ((harness.document().article.explainer as Obj).keyFacts as Obj[])[0]!.number === 12.5);
    const about = harness.at<HTMLInputElement>(['article', 'explainer', 'keyFacts', 0, 'about']);
    about.focus();
    await sendKeys({ press: 'Space' });
    await waitUntil(() => !('about' in ((harness.document().article.explainer as Obj).keyFacts as Obj[])[0]!));
  });

  it('removes an item with its Remove button, the focus going to the next one', async () => {
    const harness = await mountEditor(await seedDocument());
    const details = await open(harness, ['article', 'quotes', 2]);
    const count = (harness.document().article.quotes as Obj[]).length;
    button(details, 'Remove').focus();
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => (harness.document().article.quotes as Obj[]).length === count - 1);
    await waitUntil(
      () => harness.root.activeElement === harness.item(['article', 'quotes', 2]).querySelector('summary'),
    );
  });

  it('opens an item with the mouse, and is accessible in dark mode at 768 px with no sideways scrolling', async () => {
    await setViewport({ width: 768, height: 900 });
    await emulateMedia({ colorScheme: 'dark' });
    const harness = await mountEditor(await seedDocument({ entities: ['tokayev'], summary: true }));
    const summary = harness.item(['article', 'entities', 0]).querySelector('summary')!;
    summary.scrollIntoView({ block: 'center' });
    const box = summary.getBoundingClientRect();
    expect(box.height).to.be.at.least(24);
    await sendMouse({
      type: 'click',
      position: [Math.round(box.left + box.width / 2), Math.round(box.top + box.height / 2)],
    });
    await waitUntil(() => summary.closest('details')!.open);
    expect(getComputedStyle(harness.editor).backgroundColor).to.equal('rgb(21, 24, 28)');
    expect(harness.editor.scrollWidth).to.be.at.most(harness.editor.clientWidth);
    await expect(harness.editor).to.be.accessible();
  });
});
