import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { after, before, test } from 'node:test';
import { launchChromium, startStudioServer } from '../scripts/browser.mjs';

/**
 * The built Studio (dist/studio/, from `npm run build:lib`) served by `glossa studio`, driven by key
 * presses in Chromium, and reloaded for real: a new document, the draft read back from IndexedDB.
 */
const SEED_TEXT = readFileSync(new URL('../demo/articles/kazakhstan-2022.txt', import.meta.url), 'utf8');
const ADDED = ' (edited)';
/** A first draft loads the draft's chunks; on a loaded 2-core machine it can take tens of seconds. */
const DRAFT_TIMEOUT_MS = 120_000;

let server;
let browser;

before(async () => {
  assert.ok(existsSync(new URL('../dist/studio/index.html', import.meta.url)), 'run npm run build:lib first');
  server = await startStudioServer();
  browser = await launchChromium();
});

after(async () => {
  await browser?.close();
  server?.stop();
});

/** The id of the element that has the focus, inside the app's shadow roots. */
const focusedId = (page) =>
  page.evaluate(() => {
    let element = globalThis.document.activeElement;
    while (element?.shadowRoot?.activeElement) element = element.shadowRoot.activeElement;
    return element?.id ?? '';
  });

/** Presses Tab until the element with `id` has the focus, as a person moves through the page. */
async function tabTo(page, id, most = 40) {
  for (let press = 0; press < most; press += 1) {
    await page.keyboard.press('Tab');
    if ((await focusedId(page)) === id) return;
  }
  assert.fail(`Tab never reached #${id}`);
}

test('a draft edited by keyboard in the built Studio is there after a real reload', { timeout: 300_000 }, async () => {
  const page = await browser.newPage();
  const errors = [];
  page.on('pageerror', (error) => errors.push(error.message));
  await page.goto(server.origin);
  await tabTo(page, 'paste');
  // Put in as an input method or a dictation tool does: one input event with the whole text.
  await page.keyboard.insertText(SEED_TEXT);
  await page.keyboard.press('Tab');
  await page.keyboard.press('Enter');
  const title = page.locator('#field-article-title');
  await title.waitFor({ timeout: DRAFT_TIMEOUT_MS });
  const drafted = await title.inputValue();

  await tabTo(page, 'field-article-title');
  await page.keyboard.press('End');
  await page.keyboard.type(ADDED);
  await page.getByText('Saved on this device').waitFor();

  await page.reload();
  await title.waitFor({ timeout: DRAFT_TIMEOUT_MS });
  assert.equal(await title.inputValue(), `${drafted}${ADDED}`);
  assert.deepEqual(errors, []);
  await page.close();
});
