import { expect } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { waitUntil } from '../fixtures/wait.js';
import { mountEditor, open, seedDocument, type Harness } from './fixtures/editors/editor-harness.js';

type Obj = Record<string, unknown>;

const entities = (harness: Harness) => harness.document().article.entities as Obj[];
const summaryOf = (harness: Harness, path: (string | number)[]) => harness.item(path).querySelector('summary')!;

async function press(button: HTMLElement, key = 'Enter'): Promise<void> {
  button.focus();
  await sendKeys({ press: key });
}

function button(scope: ParentNode, text: string): HTMLButtonElement {
  const found = [...scope.querySelectorAll('button')].find((candidate) => candidate.textContent?.trim() === text);
  if (!found) throw new Error(`no button "${text}"`);
  return found;
}

describe('studio-article-editor: drafted items', () => {
  it('marks a drafted item "Draft" in its summary, and Accept removes the mark only', async () => {
    const harness = await mountEditor(
      await seedDocument({ entities: ['tokayev', 'putin'], questions: ['blinken-warning'] }),
    );
    const summary = summaryOf(harness, ['article', 'entities', 0]);
    expect(summary.textContent).to.match(/^\s*⠿\s*1\.\s*Draft:?\s*Kassym-Jomart Tokayev/);
    expect(summaryOf(harness, ['article', 'entities', 1]).textContent).not.to.include('Draft');
    expect(summaryOf(harness, ['article', 'quiz', 'questions', 3]).textContent).to.include('Draft');
    const details = await open(harness, ['article', 'entities', 0]);
    await press(button(details, 'Accept'));
    await waitUntil(() => harness.edits.length === 1);
    expect(harness.edits[0]!.changes).to.deep.equal([{ path: ['pending', 'entities'], value: ['putin'] }]);
    expect(entities(harness)).to.have.length(26);
    await waitUntil(() => !summaryOf(harness, ['article', 'entities', 0]).textContent.includes('Draft'));
    await expect(harness.editor).to.be.accessible();
  });

  it('keeps an edited draft a draft', async () => {
    const harness = await mountEditor(await seedDocument({ entities: ['tokayev'] }));
    await open(harness, ['article', 'entities', 0]);
    const role = harness.at<HTMLInputElement>(['article', 'entities', 0, 'role']);
    role.focus();
    await sendKeys({ type: 'x' });
    await waitUntil(() => harness.edits.length === 1);
    expect(harness.document().pending.entities).to.deep.equal(['tokayev']);
    expect(summaryOf(harness, ['article', 'entities', 0]).textContent).to.include('Draft');
  });

  it('keeps a draft a draft when its id is edited, the references following it', async () => {
    const harness = await mountEditor(await seedDocument({ entities: ['tokayev'] }));
    await open(harness, ['article', 'entities', 0]);
    const id = harness.at<HTMLInputElement>(['article', 'entities', 0, 'id']);
    id.focus();
    id.setSelectionRange(id.value.length, id.value.length);
    await sendKeys({ type: '-k' });
    await waitUntil(() => harness.edits.length === 2);
    expect(entities(harness)[0]!.id).to.equal('tokayev-k');
    expect(harness.root.activeElement).to.equal(harness.at(['article', 'entities', 0, 'id']));
    expect(harness.item(['article', 'entities', 0]).querySelector('details')!.open).to.equal(true);
    expect(harness.document().pending.entities).to.deep.equal(['tokayev-k']);
    const quotes = harness.document().article.quotes as Obj[];
    expect(quotes.filter((quote) => quote.speaker === 'tokayev-k')).to.have.length(8);
    expect(summaryOf(harness, ['article', 'entities', 0]).textContent).to.include('Draft');
  });

  it('rejects a drafted item and its mark in one step', async () => {
    const harness = await mountEditor(await seedDocument({ timeline: ['uprising', 'calm-returns'] }));
    const details = await open(harness, ['article', 'timeline', 2]);
    await press(button(details, 'Reject'));
    await waitUntil(() => harness.edits.length === 1);
    expect(harness.edits[0]!.label).to.match(/^Reject event/);
    const timeline = harness.document().article.timeline as Obj[];
    expect(timeline.map((event) => event.id)).not.to.include('uprising');
    expect(timeline).to.have.length(6);
    expect(harness.document().pending.timeline).to.deep.equal(['calm-returns']);
    await waitUntil(() => harness.root.activeElement === summaryOf(harness, ['article', 'timeline', 2]));
  });

  it('accepts every draft of one list at once', async () => {
    const harness = await mountEditor(
      await seedDocument({ questions: ['blinken-warning'], keyFacts: ['arrested', 'medical-help'] }),
    );
    await press(button(harness.root, 'Accept all 2 drafts in this list'));
    await waitUntil(() => harness.edits.length === 1);
    expect(harness.edits[0]!.changes).to.deep.equal([{ path: ['pending', 'keyFacts'], value: [] }]);
    expect(harness.document().pending.questions).to.deep.equal(['blinken-warning']);
    // The button is gone with the drafts; the focus stays on their list.
    await waitUntil(() => harness.root.activeElement === harness.at(['article', 'explainer', 'keyFacts']));
  });

  it('marks a drafted summary, and Reject empties it for the person to write', async () => {
    const harness = await mountEditor(await seedDocument({ summary: true }));
    const summary = harness.at<HTMLTextAreaElement>(['article', 'explainer', 'summary']);
    expect(harness.root.querySelector(`label[for="${summary.id}"]`)!.textContent).to.equal('Summary (draft)');
    await press(button(summary.closest('.summary-field')!, 'Reject'));
    await waitUntil(() => harness.edits.length === 1);
    expect(harness.document().pending.summary).to.equal(false);
    expect((harness.document().article.explainer as Obj).summary).to.equal('');
    await waitUntil(() => harness.root.activeElement === harness.at(['article', 'explainer', 'summary']));
  });
});

describe('studio-article-editor: merging and splitting entities', () => {
  it('merges an entity into another in one step: names as aliases, evidence joined, references rewritten', async () => {
    const document = await seedDocument({ entities: ['putin'] });
    const harness = await mountEditor(document);
    const before = entities(harness);
    const kremlinIndex = before.findIndex((entity) => entity.id === 'kremlin');
    const details = await open(harness, ['article', 'entities', kremlinIndex]);
    const select = details.querySelector<HTMLSelectElement>('form.merge select')!;
    select.value = 'putin';
    await press(button(details.querySelector('form.merge')!, 'Merge'));
    await waitUntil(() => harness.edits.length === 1);
    expect(harness.edits[0]!.label).to.equal('Merge Vladimir Putin into Kremlin');
    const after = entities(harness);
    expect(after).to.have.length(25);
    expect(after.some((entity) => entity.id === 'putin')).to.equal(false);
    const kremlin = after.find((entity) => entity.id === 'kremlin')!;
    expect(kremlin.aliases).to.include.members(['Vladimir Putin', 'Putin']);
    const putin = before.find((entity) => entity.id === 'putin')!;
    for (const evidence of putin.evidence as unknown[]) expect(kremlin.evidence).to.deep.include(evidence);
    const referencesToPutin = JSON.stringify(after).match(/"id":"putin"/g);
    expect(referencesToPutin).to.equal(null);
    const quotes = harness.document().article.quotes as Obj[];
    expect(quotes.some((quote) => quote.speaker === 'putin')).to.equal(false);
    expect(harness.document().pending.entities).to.deep.equal([]);
  });

  it('splits an alias off as its own entity, right after, with the paragraphs that name it', async () => {
    const harness = await mountEditor(await seedDocument());
    const details = await open(harness, ['article', 'entities', 1]);
    const split = details.querySelector<HTMLButtonElement>(
      'button[aria-label="Split off “first president” as its own entity"]',
    )!;
    await press(split);
    await waitUntil(() => harness.edits.length === 1);
    const after = entities(harness);
    expect(after).to.have.length(27);
    expect(after[1]!.aliases).to.deep.equal(['Nazarbayev']);
    expect(after[2]).to.deep.include({ id: 'first-president', kind: 'person', name: 'first president' });
    expect(after[2]!.evidence).to.include('p6');
    await waitUntil(() => harness.root.activeElement === summaryOf(harness, ['article', 'entities', 2]));
  });

  it('adds a relation by picking an entity and writing the relation', async () => {
    const harness = await mountEditor(await seedDocument());
    const details = await open(harness, ['article', 'entities', 2]);
    const form = details.querySelector<HTMLFormElement>('form.relation-form')!;
    form.querySelector('select')!.value = 'tokayev';
    form.querySelector('input')!.focus();
    await sendKeys({ type: 'ally of' });
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => harness.edits.length === 1);
    const related = entities(harness)[2]!.related as Obj[];
    expect(related.at(-1)).to.deep.equal({ id: 'tokayev', relation: 'ally of' });
  });
});
