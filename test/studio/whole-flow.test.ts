import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { hostArticleNodes } from '../../demo/host-article.js';
import '../../src/all.js';
import type { GlossaAnnotate } from '../../src/annotate/annotate.js';
import { parseArticle } from '../../src/model/parse.js';
import type { Article } from '../../src/model/types.js';
import type { StudioApp } from '../../studio/src/studio-app.js';
import { waitUntil } from '../fixtures/wait.js';
import {
  $,
  FIRST_DRAFT_TIMEOUT_MS,
  SEED_TEXT_URL,
  chord,
  focused,
  labelled,
  mountApp,
  root,
  tabTo,
  text,
} from './fixtures/studio-app-harness.js';

const PROMPT = '[data-path$=\',"prompt"]\']';
const NEW_NAME = 'Kassym-Jomart Kemeluly Tokayev';
const NEW_ALIAS = 'KJT';
const NEW_SUMMARY = 'President of Kazakhstan since 2019, who called in the troops.';

const editorRoot = (app: StudioApp) => $(app, 'studio-article-editor').shadowRoot!;
/** The words of a question's prompt a quiz shows as text: a fill-in question shows its blank as a field. */
const shownWords = (prompt: string) =>
  prompt
    .split('___')
    .map((part) => part.trim())
    .sort((a, b) => b.length - a.length)[0]!;
const shadowText = (element: Element | null | undefined) =>
  (element?.shadowRoot?.textContent ?? '').replace(/\s+/g, ' ');

/** The item of a list in the forms whose summary says `words`, and its index in the list. */
function itemSaying(app: StudioApp, list: string, words: string): { item: HTMLLIElement; index: number } {
  const items = [...editorRoot(app).querySelectorAll<HTMLLIElement>('li.item')].filter((item) =>
    item.dataset.path!.startsWith(`["article","${list}",`),
  );
  const item = items.find((candidate) => candidate.querySelector('summary')!.textContent.includes(words));
  if (!item) throw new Error(`no item of ${list} says “${words}”`);
  return { item, index: (JSON.parse(item.dataset.path!) as [string, string, number])[2] };
}

function questionItems(app: StudioApp): HTMLLIElement[] {
  return [...editorRoot(app).querySelectorAll<HTMLLIElement>('li.item')].filter((item) =>
    item.dataset.path!.startsWith('["article","quiz","questions",'),
  );
}

/** Opens an item from its summary with Enter, and waits for its fields. */
async function openByKeyboard(item: HTMLLIElement): Promise<void> {
  item.querySelector('summary')!.focus();
  await sendKeys({ press: 'Enter' });
  await waitUntil(() => item.querySelector(':scope > details > .item-body'), 'the item opens');
}

/** Every widget over the exported article, the article body annotated, as a reader's page would hold them. */
async function renderEveryWidget(article: Article) {
  const page = await fixture<HTMLElement>(html`<glossa-article .article=${article}>
    <glossa-explainer></glossa-explainer>
    <glossa-whos-who></glossa-whos-who>
    <glossa-timeline></glossa-timeline>
    <glossa-quiz layout="list"></glossa-quiz>
    <glossa-annotate></glossa-annotate>
  </glossa-article>`);
  const body = page.querySelector<GlossaAnnotate>('glossa-annotate')!;
  body.append(...hostArticleNodes(article));
  await body.updateComplete;
  body.annotate();
  const widget = (tag: string) => page.querySelector(tag)!;
  return { page, widget, body };
}

describe('Glossa Studio: the whole flow, by keyboard', () => {
  it('pastes, drafts, accepts, edits, fixes a problem at its field, publishes what every widget shows, and keeps it', async function () {
    // Some two hundred key presses, each a render of the forms and the preview: about a minute on an idle
    // machine, several on a loaded one. Each step still waits for its own condition.
    this.timeout(300_000);
    const { app, shelf } = await mountApp();
    await waitUntil(() => text(app).includes('Your drafts'));

    // A real copy and paste through Chromium's clipboard, which headless Chromium allows: the person
    // selects the article in their CMS (a text area beside the app plays it) and copies it with Ctrl+C,
    // then goes to the paste field with Tab and pastes with Ctrl+V.
    const cms = await fixture<HTMLTextAreaElement>(html`<textarea aria-label="The CMS's article"></textarea>`);
    cms.value = await (await fetch(SEED_TEXT_URL)).text();
    cms.focus();
    await chord('a');
    await chord('c');
    await tabTo((element) => element.id === 'paste');
    await chord('v');
    cms.remove();
    // A paste drafts at once: the forms come, and the focus goes to them rather than to the page.
    await waitUntil(() => root(app).querySelector('studio-article-editor'), 'the draft opens', {
      timeout: FIRST_DRAFT_TIMEOUT_MS,
    });
    await waitUntil(() => focused()?.id === 'edit-heading', 'the focus goes to the forms');

    // Accept the first drafted question, reject the second: both by keyboard from the item's summary.
    const [first, second] = questionItems(app);
    await openByKeyboard(first!);
    const acceptedPrompt = first!.querySelector<HTMLInputElement>(PROMPT)!.value;
    expect(first!.querySelector('summary')!.textContent).to.include('Draft');
    await sendKeys({ press: 'Tab' });
    expect(focused()?.textContent.trim()).to.equal('Accept');
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => !first!.querySelector('summary')!.textContent.includes('Draft'), 'accepted');
    await openByKeyboard(second!);
    const rejectedPrompt = second!.querySelector<HTMLInputElement>(PROMPT)!.value;
    await tabTo(labelled('Reject'));
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => !second!.isConnected, 'rejected');

    // Rename an entity and give it an alias, typing.
    const { item: entity, index } = itemSaying(app, 'entities', 'Kassym-Jomart Tokayev');
    const field = (key: string) => `field-article-entities-${index}-${key}`;
    await openByKeyboard(entity);
    await tabTo((element) => element.id === field('name'));
    await chord('a');
    await sendKeys({ type: NEW_NAME });
    await tabTo(labelled('Add alias'));
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => focused()?.localName === 'input' && focused()!.id.startsWith(field('aliases-')), 'new alias');
    await sendKeys({ type: NEW_ALIAS });
    await waitUntil(() => entity.querySelector('summary')!.textContent.includes(NEW_NAME), 'renamed');

    // Empty its summary: a problem, listed. Close the entity, and reach the field again from the list.
    await tabTo((element) => element.id === field('summary'), { backwards: true });
    await chord('a');
    await sendKeys({ press: 'Backspace' });
    await waitUntil(() => text(app).includes('Problems ('), 'the problem is listed');
    expect(text(app)).to.contain('The preview shows the article as it last was valid');
    await tabTo((element) => element === entity.querySelector('summary'), { backwards: true });
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => !entity.querySelector('details')!.open, 'the entity is closed');
    await tabTo((element) => element.matches('.problems button') && element.textContent.includes('summary'));
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => focused()?.id === field('summary'), 'the focus is in the summary field');
    await sendKeys({ type: NEW_SUMMARY });
    await waitUntil(() => text(app).includes('No problems'), 'the problem is fixed');

    // Publish by keyboard; the JSON the dialog downloads is what a page gets.
    const publish = await tabTo(labelled('Publish'), { backwards: true });
    await sendKeys({ press: 'Enter' });
    const dialog = $(app, 'studio-publish-dialog').shadowRoot!;
    await waitUntil(() => dialog.querySelector('dialog')?.open === true, 'the publish dialog opens');
    const download = dialog.querySelector<HTMLAnchorElement>('a[download]')!;
    expect(focused()).to.equal(download);
    const published: unknown = await (await fetch(download.href)).json();
    await sendKeys({ press: 'Escape' });
    await waitUntil(() => focused() === publish, 'the focus is back on Publish');

    const result = parseArticle(published);
    expect(result.ok ? [] : result.issues).to.deep.equal([]);
    if (!result.ok) return;
    const article = result.article;
    const renamed = article.entities.find((candidate) => candidate.name === NEW_NAME)!;
    expect(renamed.aliases).to.include(NEW_ALIAS);
    expect(renamed.summary).to.equal(NEW_SUMMARY);

    const { widget, body } = await renderEveryWidget(article);
    await waitUntil(() => shadowText(widget('glossa-explainer')).includes(article.title), 'the explainer shows');
    await waitUntil(() => shadowText(widget('glossa-quiz')).includes(shownWords(acceptedPrompt)), 'the quiz shows');
    expect(shadowText(widget('glossa-quiz'))).not.to.include(shownWords(rejectedPrompt));
    const timeline = widget('glossa-timeline');
    await waitUntil(() => shadowText(timeline).includes(article.timeline![0]!.label), 'the timeline shows');
    const whosWho = widget('glossa-whos-who');
    const entryName = () =>
      whosWho.shadowRoot?.querySelector(`#glossa-${renamed.id} [part~="name"]`)?.textContent.trim();
    await waitUntil(() => entryName() === NEW_NAME, 'the who’s who shows the new name');
    // The reader finds the entity by its new alias, which no other name holds.
    whosWho.shadowRoot!.querySelector<HTMLInputElement>('input[type="search"]')!.focus();
    await sendKeys({ type: NEW_ALIAS });
    const shownEntries = () => [...whosWho.shadowRoot!.querySelectorAll('li.entry:not([hidden])')];
    await waitUntil(() => shownEntries().length === 1, 'the search by alias finds one entry');
    expect(shownEntries()[0]!.id).to.equal(`glossa-${renamed.id}`);
    await waitUntil(() => body.querySelector(`[data-glossa-term="${renamed.id}"]`), 'the body names the entity');

    // A reload: a new app on the same device, in the same tab, finds the draft as it was left.
    await app.saved();
    await waitUntil(() => text(app).includes('Saved on this device'));
    app.remove();
    const { app: again } = await reopen(shelf);
    await waitUntil(() => root(again).querySelector('studio-article-editor'), 'the draft reopens');
    await waitUntil(() => itemSaying(again, 'entities', NEW_NAME), 'the renamed entity is there');
    expect(questionItems(again)[0]!.querySelector('summary')!.textContent).not.to.include('Draft');
    expect(text(again)).to.include('No problems');
  });
});

/** The app again on `shelf`, keeping this tab's session storage, as a reload does. */
async function reopen(shelf: Parameters<typeof mountApp>[0]) {
  const app = await fixture<StudioApp>(html`<studio-app .shelf=${shelf}></studio-app>`);
  return { app };
}
