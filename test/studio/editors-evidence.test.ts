import { expect } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { quoteDivergence } from '../../src/model/quote-match.js';
import type { StudioDocument } from '../../studio/src/document.js';
import type { StudioEvidencePicker } from '../../studio/src/editors/evidence-picker.js';
import { waitUntil } from '../fixtures/wait.js';
import { mountEditor, open, seedDocument, type Harness } from './fixtures/editors/editor-harness.js';

type Obj = Record<string, unknown>;

const EVENT = ['article', 'timeline', 5];
/** Curly quotes and a no-break space, as text copied from a typeset page has them. */
const QUOTED = '“a gradual\u00a0withdrawal”';

async function withTypography(): Promise<StudioDocument> {
  const document = await seedDocument();
  const paragraphs = (document.article.paragraphs as Obj[]).map((paragraph) =>
    paragraph.id === 'p15'
      ? { ...paragraph, text: (paragraph.text as string).replace('“a gradual withdrawal”', QUOTED) }
      : paragraph,
  );
  return { ...document, article: { ...document.article, paragraphs } };
}

async function openPicker(harness: Harness): Promise<StudioEvidencePicker> {
  const details = await open(harness, EVENT);
  details.querySelector<HTMLButtonElement>('.add-evidence')!.focus();
  await sendKeys({ press: 'Enter' });
  await waitUntil(() => details.querySelector('studio-evidence-picker')?.shadowRoot?.querySelector('select'));
  return details.querySelector('studio-evidence-picker')!;
}

/** Chooses a target in the picker's list with the arrow keys, as a person does. */
async function choose(picker: StudioEvidencePicker, value: string): Promise<void> {
  const select = picker.shadowRoot!.querySelector('select')!;
  select.focus();
  const position = [...select.options].findIndex((option) => option.value === value);
  for (let step = select.selectedIndex; step < position; step++) await sendKeys({ press: 'ArrowDown' });
  await waitUntil(() => picker.shadowRoot!.querySelector('select')!.value === value);
}

function pickerButton(picker: StudioEvidencePicker, text: string): HTMLButtonElement {
  return [...picker.shadowRoot!.querySelectorAll('button')].find((button) => button.textContent.trim() === text)!;
}

const lastEvidence = (harness: Harness) =>
  ((harness.document().article.timeline as Obj[])[5]!.evidence as unknown[]).at(-1);

describe('studio-article-editor: the evidence picker', () => {
  it('captures the words selected with Shift+Arrows exactly as the paragraph spells them', async () => {
    const harness = await mountEditor(await withTypography());
    const picker = await openPicker(harness);
    await expect(harness.editor).to.be.accessible();
    await choose(picker, 'paragraph:p15');
    const area = picker.shadowRoot!.querySelector('textarea')!;
    const text = area.value;
    const start = text.indexOf(QUOTED);
    expect(start).to.be.greaterThan(0);
    area.focus();
    area.setSelectionRange(start, start);
    await sendKeys({ down: 'Shift' });
    for (let step = 0; step < QUOTED.length; step++) await sendKeys({ press: 'ArrowRight' });
    await sendKeys({ up: 'Shift' });
    pickerButton(picker, 'Use selection as quote').focus();
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => harness.edits.length === 1);
    expect(lastEvidence(harness)).to.deep.equal({ paragraph: 'p15', quote: QUOTED });
    const paragraph = (harness.document().article.paragraphs as Obj[]).find((candidate) => candidate.id === 'p15')!;
    expect((paragraph.text as string).includes(QUOTED)).to.equal(true);
    expect(quoteDivergence(paragraph.text as string, QUOTED)).to.equal(undefined);
  });

  it('keeps the text as it is when a person types in it', async () => {
    const harness = await mountEditor(await seedDocument());
    const picker = await openPicker(harness);
    const area = picker.shadowRoot!.querySelector('textarea')!;
    const text = area.value;
    area.focus();
    area.setSelectionRange(3, 3);
    await sendKeys({ type: 'xy' });
    await sendKeys({ press: 'Backspace' });
    expect(area.value).to.equal(text);
    expect(harness.edits).to.have.length(0);
  });

  it('says to select words first when nothing is selected, and asks for nothing', async () => {
    const harness = await mountEditor(await seedDocument());
    const picker = await openPicker(harness);
    pickerButton(picker, 'Use selection as quote').focus();
    await sendKeys({ press: 'Enter' });
    await waitUntil(() =>
      picker.shadowRoot!.querySelector('[role="status"]')!.textContent.includes('Select the words first'),
    );
    expect(harness.edits).to.have.length(0);
  });

  it('points at a whole paragraph, a figure or a quote', async () => {
    const harness = await mountEditor(await seedDocument());
    const picker = await openPicker(harness);
    await choose(picker, 'paragraph:p3');
    pickerButton(picker, 'Use the whole paragraph').focus();
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => harness.edits.length === 1);
    expect(lastEvidence(harness)).to.deep.equal({ paragraph: 'p3' });
    await choose(picker, 'figure:handshake');
    pickerButton(picker, 'Use the whole figure').focus();
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => harness.edits.length === 2);
    expect(lastEvidence(harness)).to.deep.equal({ figure: 'handshake' });
    await choose(picker, 'said:tokayev-wealthy');
    expect(picker.shadowRoot!.querySelector('textarea')).to.equal(null);
    pickerButton(picker, 'Use this quote').focus();
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => harness.edits.length === 3);
    expect(lastEvidence(harness)).to.deep.equal({ said: 'tokayev-wealthy' });
    await expect(harness.editor).to.be.accessible();
  });

  it('edits the quoted words of a piece of evidence, and removes one', async () => {
    const harness = await mountEditor(await seedDocument());
    await open(harness, EVENT);
    const evidence = (harness.document().article.timeline as Obj[])[5]!.evidence as unknown[];
    const quote = harness.at<HTMLInputElement>([...EVENT, 'evidence', 0, 'quote']);
    quote.focus();
    quote.select();
    await sendKeys({ press: 'Backspace' });
    await waitUntil(() => harness.edits.length === 1);
    expect(harness.edits[0]!.changes[0]!.value).to.deep.equal({ paragraph: (evidence[0] as Obj).paragraph });
    const remove = harness.item(EVENT).querySelector<HTMLButtonElement>('li.evidence button')!;
    remove.focus();
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => harness.edits.length === 2);
    expect((harness.document().article.timeline as Obj[])[5]!.evidence).to.have.length(evidence.length - 1);
  });
});
