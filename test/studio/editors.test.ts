import { expect } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { waitUntil } from '../fixtures/wait.js';
import { mountEditor, open, seedDocument } from './fixtures/editors/editor-harness.js';

describe('studio-article-editor: fields', () => {
  it('is accessible with the seed article, closed and with an entity and a question open', async () => {
    const harness = await mountEditor(await seedDocument({ entities: ['tokayev'] }));
    await expect(harness.editor).to.be.accessible();
    await open(harness, ['article', 'entities', 0]);
    await open(harness, ['article', 'quiz', 'questions', 6]);
    await expect(harness.editor).to.be.accessible();
  });

  it('fires studio-edit bubbling and composed, never changing the document itself', async () => {
    const document = await seedDocument();
    const harness = await mountEditor(document);
    const heard: Event[] = [];
    const listener = (event: Event) => heard.push(event);
    window.document.addEventListener('studio-edit', listener);
    try {
      const title = harness.at<HTMLInputElement>(['article', 'title']);
      title.focus();
      await sendKeys({ type: 'x' });
      await waitUntil(() => heard.length === 1);
    } finally {
      window.document.removeEventListener('studio-edit', listener);
    }
    expect(heard[0]!.bubbles && heard[0]!.composed).to.equal(true);
    expect(document.article.title).to.equal((await seedDocument()).article.title);
  });

  it('asks for a change of the title as the person types, one session of merged steps', async () => {
    const harness = await mountEditor(await seedDocument());
    const title = harness.at<HTMLInputElement>(['article', 'title']);
    title.focus();
    title.setSelectionRange(title.value.length, title.value.length);
    await sendKeys({ type: '!?' });
    await waitUntil(() => harness.edits.length === 2);
    expect(harness.edits.map((edit) => edit.changes)).to.deep.equal([
      [{ path: ['article', 'title'], value: `${(await seedDocument()).article.title as string}!` }],
      [{ path: ['article', 'title'], value: `${(await seedDocument()).article.title as string}!?` }],
    ]);
    const merges = harness.edits.map((edit) => (edit as { merge?: string }).merge);
    expect(merges[0]).to.be.a('string');
    expect(merges[1]).to.equal(merges[0]);
    await sendKeys({ press: 'Tab' });
    title.focus();
    await sendKeys({ type: '.' });
    await waitUntil(() => harness.edits.length === 3);
    expect((harness.edits[2] as { merge?: string }).merge).not.to.equal(merges[0]);
  });
});
