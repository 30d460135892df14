import { expect } from '@open-wc/testing';
import { sendKeys, setViewport } from '@web/test-runner-commands';
import type { StudioApp } from '../../studio/src/studio-app.js';
import { waitUntil } from '../fixtures/wait.js';
import { $, draftSeed, mountApp, root, text } from './fixtures/studio-app-harness.js';

const WIDTHS = [1280, 768] as const;
const SCHEMES = ['light', 'dark'] as const;

/** axe over the app in both colour schemes, each state as it stands. */
async function accessibleInBothSchemes(app: StudioApp): Promise<void> {
  for (const scheme of SCHEMES) {
    app.setAttribute('scheme', scheme);
    await app.updateComplete;
    await expect(app, `${scheme} colours`).to.be.accessible();
  }
}

/** Empties the title through its field, as typing would: a problem the list then names. */
async function makeTitleProblem(app: StudioApp): Promise<void> {
  const editor = $(app, 'studio-article-editor').shadowRoot!;
  const title = editor.querySelector<HTMLInputElement>('#field-article-title')!;
  title.focus();
  title.select();
  await sendKeys({ press: 'Backspace' });
  await waitUntil(() => text(app).includes('Problems ('), 'the problem is listed');
}

describe('Glossa Studio: axe in every state, light and dark, at 1280 and 768 px', () => {
  afterEach(() => setViewport({ width: 800, height: 600 }));

  for (const width of WIDTHS) {
    it(`finds nothing at ${width} px: start, drafted, a problem shown, the publish dialog open`, async function () {
      // Four states, each checked twice by axe over hundreds of fields: minutes on a loaded machine.
      this.timeout(300_000);
      await setViewport({ width, height: 900 });
      const { app } = await mountApp();
      await waitUntil(() => text(app).includes('Your drafts'));
      await accessibleInBothSchemes(app);

      await draftSeed(app);
      const preview = $(app, 'studio-preview');
      await waitUntil(() =>
        preview.shadowRoot?.querySelector('glossa-quiz')?.shadowRoot?.querySelector('[part="base"]'),
      );
      await accessibleInBothSchemes(app);

      await makeTitleProblem(app);
      await accessibleInBothSchemes(app);

      $(app, 'header button.primary').focus();
      await sendKeys({ press: 'Enter' });
      const dialog = $(app, 'studio-publish-dialog').shadowRoot!;
      await waitUntil(() => dialog.querySelector('dialog')?.open === true, 'the publish dialog opens');
      await accessibleInBothSchemes(app);
      await sendKeys({ press: 'Escape' });
      await waitUntil(() => dialog.querySelector('dialog')?.open === false);
      expect(root(app).querySelector('studio-article-editor')).not.to.equal(null);
    });
  }
});
