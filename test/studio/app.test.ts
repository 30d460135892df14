import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { parseArticle } from '../../src/model/parse.js';
import type { DraftShelf, SavedDraft } from '../../studio/src/state/draft-shelf.js';
import type { StudioApp } from '../../studio/src/studio-app.js';
import { waitUntil } from '../fixtures/wait.js';
import { $, chord, draftSeed, mountApp, paste, root, text } from './fixtures/studio-app-harness.js';

describe('Glossa Studio', () => {
  it('is accessible on the start view, in light and dark', async () => {
    const { app } = await mountApp();
    await waitUntil(() => text(app).includes('Your drafts'));
    await expect(app).to.be.accessible();
    app.setAttribute('scheme', 'dark');
    await expect(app).to.be.accessible();
  });

  it('drafts a pasted article, shows it in the real widgets, and keeps the draft over a reload', async () => {
    const { app, shelf } = await mountApp();
    await draftSeed(app);
    const preview = $(app, 'studio-preview');
    await waitUntil(() => preview.shadowRoot?.querySelector('glossa-quiz, glossa-explainer') !== null);
    const explainer = preview.shadowRoot!.querySelector('glossa-explainer')!;
    await waitUntil(() => (explainer.shadowRoot?.textContent ?? '').includes('Uprising in Kazakhstan'));
    const body = preview.shadowRoot!.querySelector('glossa-annotate')!;
    await waitUntil(() => body.querySelectorAll('p').length >= 19, 'the article body is in the preview');
    await expect(app).to.be.accessible();
    await app.saved();
    await waitUntil(() => text(app).includes('Saved on this device'));

    // A reload: a new app on the same device, in the same tab.
    const openId = sessionStorage.getItem('glossa-studio:open-draft');
    app.remove();
    const again = await fixture<StudioApp>(html`<studio-app .shelf=${shelf}></studio-app>`);
    expect(openId).to.be.a('string');
    await waitUntil(() => again.shadowRoot!.querySelector('studio-article-editor') !== null, 'the draft reopens');
    expect((await shelf.list()).map((draft) => draft.title)).to.deep.equal([
      'Uprising in Kazakhstan put down, Russian troops on their way home',
    ]);
  });

  it('gives the forms the colours chosen in the app, whatever the device prefers', async () => {
    const { app } = await mountApp();
    await draftSeed(app);
    const editor = $(app, 'studio-article-editor');
    const field = () => getComputedStyle(editor.shadowRoot!.querySelector('input')!).backgroundColor;
    app.setAttribute('scheme', 'dark');
    await waitUntil(() => field() === 'rgb(31, 35, 41)', 'dark fields');
    app.setAttribute('scheme', 'light');
    await waitUntil(() => field() === 'rgb(255, 255, 255)', 'light fields');
  });

  it('publishes a JSON that the model accepts and a snippet to embed, by keyboard', async () => {
    const { app } = await mountApp();
    await draftSeed(app);
    $(app, 'header button.primary').focus();
    await sendKeys({ press: 'Enter' });
    const dialog = $(app, 'studio-publish-dialog').shadowRoot!;
    await waitUntil(() => dialog.querySelector('dialog')?.open === true, 'the publish dialog opens');
    const download = dialog.querySelector<HTMLAnchorElement>('a[download]')!;
    const published: unknown = await (await fetch(download.href)).json();
    const result = parseArticle(published);
    expect(result.ok ? [] : result.issues).to.deep.equal([]);
    const snippet = dialog.querySelector<HTMLTextAreaElement>('#snippet')!.value;
    expect(snippet).to.contain('<script type="module" src="https://unpkg.com/glossa/dist/glossa.js"></script>');
    expect(snippet).to.contain('<glossa-quiz></glossa-quiz>');
    await sendKeys({ press: 'Escape' });
    await waitUntil(() => dialog.querySelector('dialog')?.open === false);
  });

  it('takes back an edit with Undo and gives it again with Redo, saying which', async () => {
    const { app } = await mountApp();
    await draftSeed(app);
    const editor = $(app, 'studio-article-editor');
    editor.dispatchEvent(
      new CustomEvent('studio-edit', {
        detail: { label: 'Edit title', changes: [{ path: ['article', 'title'], value: 'Calm returns' }] },
        bubbles: true,
        composed: true,
      }),
    );
    await waitUntil(() => text(app).includes('Undo: Edit title'));
    const undo = [...root(app).querySelectorAll('button')].find((button) => button.textContent.startsWith('Undo'))!;
    undo.focus();
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => text(app).includes('Redo: Edit title'));
    expect(text(app)).to.contain('Undone: Edit title.');
    // Outside a text field, the keyboard shortcut redoes the step.
    undo.focus();
    await chord('y');
    await waitUntil(() => text(app).includes('Undo: Edit title'), 'redone');
  });

  it('lists every problem and takes the person to its field', async () => {
    const { app } = await mountApp();
    await draftSeed(app);
    const editor = $(app, 'studio-article-editor');
    editor.dispatchEvent(
      new CustomEvent('studio-edit', {
        detail: { label: 'Edit title', changes: [{ path: ['article', 'title'], value: '' }] },
        bubbles: true,
        composed: true,
      }),
    );
    await waitUntil(() => text(app).includes('Problems ('), 'the problems are listed');
    expect(text(app)).to.contain('The preview shows the article as it last was valid');
    const link = $(app, '.problems button');
    expect(link.textContent).to.contain('title');
    link.focus();
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => editor.shadowRoot!.activeElement?.id.includes('title') === true, 'the title field has focus');
    await expect(app).to.be.accessible();
  });

  it('says so, visibly and in an alert, when the device refuses to save', async () => {
    const failing: DraftShelf = {
      list: () => Promise.resolve([]),
      load: () => Promise.resolve(undefined),
      save: (_draft: SavedDraft) => Promise.reject(new Error('the disk is full')),
      remove: () => Promise.resolve(),
    };
    const { app } = await mountApp(failing);
    await draftSeed(app);
    await app.saved();
    await waitUntil(() => text(app).includes('Your draft could not be saved on this device: the disk is full'));
    expect(root(app).querySelector('[role="alert"]')!.textContent).to.contain('Download the JSON to keep it');
  });

  it('opens an article JSON to edit as it is, and explains a file it cannot use', async () => {
    const { app } = await mountApp();
    const seed = await (await fetch('/demo/articles/kazakhstan-2022.json')).text();
    paste($(app, '#paste'), { 'text/plain': seed });
    await waitUntil(() => root(app).querySelector('studio-article-editor') !== null, 'the article opens');
    await waitUntil(() => text(app).includes('No problems'), 'the article is valid');
    [...root(app).querySelectorAll('button')].find((button) => button.textContent.trim() === 'Close draft')!.click();
    await waitUntil(() => root(app).querySelector('#paste') !== null);
    paste($(app, '#paste'), { 'text/plain': '{"title": ' });
    await waitUntil(() => root(app).querySelector('[role="alert"]') !== null);
    expect($(app, '[role="alert"]').textContent).to.contain('not valid JSON');
  });
});
