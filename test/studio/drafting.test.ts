import { expect } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import type { StudioApp } from '../../studio/src/studio-app.js';
import { waitUntil } from '../fixtures/wait.js';
import {
  $,
  button,
  draftOpened,
  has,
  mountStudio,
  openedArticle,
  paste,
  SEED_TEXT_URL,
  text,
} from './fixtures/studio-app-harness.js';

/** The seed's paragraphs over and over, each numbered so none repeats: about 1.5 million characters. */
async function longText(): Promise<string> {
  const [title, ...paragraphs] = (await (await fetch(SEED_TEXT_URL)).text()).split(/\n{2,}/);
  const rounds = Math.ceil(1_500_000 / paragraphs.join('\n\n').length);
  const numbered = Array.from({ length: rounds }, (_, round) =>
    paragraphs.map((paragraph) => `${paragraph} (${round + 1})`),
  );
  return [title, ...numbered.flat()].join('\n\n');
}

const announced = (app: StudioApp) => $(app, '[aria-live="polite"]').textContent;

describe('Glossa Studio: drafting', () => {
  it('drafts off the page: while a long text drafts, typing lands and Cancel ends it, the text as it was', async () => {
    const app = await mountStudio();
    // A first draft loads the draft's libraries: while they load, even a page drafting by itself would
    // take keys. Once they are loaded, only a worker leaves the page free.
    paste($(app, '#paste'), {
      'text/plain': 'Council meets\n\nThe council of Springfield met on Tuesday, 4 March 2025.',
    });
    await draftOpened(app);
    button(app, 'Close draft').click();
    await waitUntil(() => has(app, '#paste'), 'the start view again');
    const field = $<HTMLTextAreaElement>(app, '#paste');
    // A field holding the long text would itself be slow to type in: the text is pasted, as it mostly is.
    field.focus();
    await sendKeys({ type: 'My notes' });
    paste($(app, '#paste'), { 'text/plain': await longText() });
    await waitUntil(() => has(app, 'progress'), 'the draft shows its progress');
    await waitUntil(() => announced(app).includes('Drafting from Pasted text'), 'the draft is announced');
    await expect(app).to.be.accessible();

    // Each key is handled while the draft is still underway: a draft on the page would hold every key
    // until it ended, and then open, taking the text field away.
    const typedWhile: boolean[] = [];
    field.addEventListener('input', () => typedWhile.push(has(app, 'progress')));
    const typed = ' and more typing';
    await sendKeys({ type: typed });
    await waitUntil(() => typedWhile.length === typed.length, 'every key is handled');
    expect(typedWhile.every(Boolean), 'every key was handled while drafting').to.equal(true);

    button(app, 'Cancel').focus();
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => !has(app, 'progress'), 'the draft is cancelled');
    await waitUntil(() => announced(app).includes('Drafting cancelled'), 'the cancel is announced');
    expect(has(app, 'studio-article-editor')).to.equal(false);
    expect($<HTMLTextAreaElement>(app, '#paste').value).to.equal(`My notes${typed}`);
    expect(app.shadowRoot!.activeElement).to.equal($(app, '#paste'));
  });

  it('says each stage as it drafts, then what it drafted', async () => {
    const app = await mountStudio();
    const stages = new Set<string>();
    const observer = new MutationObserver(() => {
      const label = app.shadowRoot!.querySelector('label[for="draft-progress"]')?.textContent;
      if (label) stages.add(label.replace(/\s+/g, ' ').trim());
    });
    observer.observe(app.shadowRoot!, { subtree: true, childList: true, characterData: true });
    paste($(app, '#paste'), { 'text/plain': await (await fetch(SEED_TEXT_URL)).text() });
    await openedArticle(app);
    observer.disconnect();
    expect([...stages].some((stage) => /^Drafting 19 paragraphs from Pasted text: .+ \(\d of 7\)…$/.test(stage))).to.be
      .true;
    await waitUntil(() => announced(app).includes('Drafted 19 paragraphs'), 'what was drafted is said');
    expect(text(app)).not.to.contain('Cancel');
  });

  for (const [why, StandIn] of [
    [
      'the browser refuses to start a worker',
      class {
        constructor() {
          throw new DOMException('Workers are not allowed here', 'SecurityError');
        }
      } as unknown as typeof Worker,
    ],
    [
      'the worker fails to load, as under a policy without worker-src',
      class extends Worker {
        constructor(_url: string | URL, options?: WorkerOptions) {
          super('/no-such-draft-worker.js', options);
        }
      },
    ],
  ] as const) {
    it(`drafts on the page when ${why}`, async () => {
      const original = window.Worker;
      window.Worker = StandIn;
      try {
        const app = await mountStudio();
        paste($(app, '#paste'), { 'text/plain': await (await fetch(SEED_TEXT_URL)).text() });
        const article = await openedArticle(app);
        expect(article['title']).to.equal('Uprising in Kazakhstan put down, Russian troops on their way home');
      } finally {
        window.Worker = original;
      }
    });
  }
});
