import { readFileSync } from 'node:fs';

const SEED_TEXT = readFileSync('demo/articles/kazakhstan-2022.txt', 'utf8');
const DRAFT_BUTTON = 'Draft from this text';
/** A first draft loads the draft's chunks on a fresh page: seconds, more on a loaded machine. */
const DRAFT_TIMEOUT_MS = 120_000;

const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

/** The built Studio on a fresh page of its own (no cache, no drafts), the seed's text in its paste field. */
async function freshStudioWithSeed(browser, origin) {
  const context = await browser.newContext();
  const page = await context.newPage();
  page.on('pageerror', (error) => console.error(error));
  await page.goto(origin);
  await page.locator('#paste').fill(SEED_TEXT);
  return { context, page };
}

/**
 * From the click on Draft (the event's time) to the first frame that holds the forms: the Studio's lazy
 * chunks (the draft module, compromise, chrono-node, parse5) loaded, the text drafted, the forms drawn.
 */
async function timeFirstDraft(page) {
  await page.evaluate((label) => {
    const app = document.querySelector('studio-app');
    const button = [...app.shadowRoot.querySelectorAll('button')].find((found) => found.textContent.trim() === label);
    button.addEventListener('click', (event) => (window.glossaDraftClickedAt = event.timeStamp), { once: true });
    window.glossaFormsShown = new Promise((resolve) => {
      const look = () => {
        const forms = app.shadowRoot.querySelector('studio-article-editor')?.shadowRoot;
        if (forms?.querySelector('#field-article-title')) resolve(performance.now() - window.glossaDraftClickedAt);
        else requestAnimationFrame(look);
      };
      requestAnimationFrame(look);
    });
  }, DRAFT_BUTTON);
  await page.getByRole('button', { name: DRAFT_BUTTON }).click();
  await page.locator('#field-article-title').waitFor({ timeout: DRAFT_TIMEOUT_MS });
  return page.evaluate(() => window.glossaFormsShown);
}

/** Cold first drafts of the seed's text in the built Studio: each on a fresh page; the median. */
export async function measureStudioFirstDraft(browser, origin, { runs }) {
  const samples = [];
  for (let run = 0; run < runs; run += 1) {
    const { context, page } = await freshStudioWithSeed(browser, origin);
    samples.push(await timeFirstDraft(page));
    await context.close();
  }
  return { runs, samples, firstDraftMs: median(samples) };
}

/**
 * One real key press in the title field, from the keydown (the event's time) to the first frame in
 * which the preview's explainer shows the title with the key typed: the edit, the session, the forms
 * and every widget of the preview rendered again, the article body annotated again.
 */
async function timeKeystroke(page, key, expected) {
  await page.evaluate((title) => {
    const app = document.querySelector('studio-app');
    const explainer = () =>
      app.shadowRoot.querySelector('studio-preview')?.shadowRoot?.querySelector('glossa-explainer')?.shadowRoot;
    window.glossaPreviewShown = new Promise((resolve) => {
      addEventListener(
        'keydown',
        (event) => {
          const pressedAt = event.timeStamp;
          const look = () => {
            if (explainer()?.textContent.includes(title)) resolve(performance.now() - pressedAt);
            else requestAnimationFrame(look);
          };
          requestAnimationFrame(look);
        },
        { once: true, capture: true },
      );
    });
  }, expected);
  await page.keyboard.press(key);
  return page.evaluate(() => window.glossaPreviewShown);
}

/**
 * Keystrokes in the drafted seed's title field of the built Studio, each timed until the preview
 * shows it; the first `warmUp` apart, then the median of `runs`.
 */
export async function measureStudioKeystroke(browser, origin, { runs, warmUp = 3 }) {
  const { context, page } = await freshStudioWithSeed(browser, origin);
  await page.getByRole('button', { name: DRAFT_BUTTON }).click();
  const title = page.locator('#field-article-title');
  await title.waitFor({ timeout: DRAFT_TIMEOUT_MS });
  await page.locator('studio-preview glossa-explainer [part~="title"]').waitFor();
  let expected = await title.inputValue();
  await title.focus();
  await page.keyboard.press('End');
  const samples = [];
  const letters = 'abcdefghijklmnopqrstuvwxyz';
  for (let key = 0; key < warmUp + runs; key += 1) {
    const letter = letters[key % letters.length];
    expected += letter;
    const took = await timeKeystroke(page, letter, expected);
    if (key >= warmUp) samples.push(took);
  }
  await context.close();
  return { runs, samples, keystrokeMs: median(samples) };
}
