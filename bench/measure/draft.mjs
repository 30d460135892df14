import { readFileSync } from 'node:fs';
import { longArticleText, wordCount } from '../draft-text.mjs';

const ARTICLES = ['kazakhstan-2022', 'perseverance-bunsen-peak-2024', 'juice-lancement-2023'];
const SEED = 'kazakhstan-2022';

const read = (file) => readFileSync(`demo/articles/${file}`, 'utf8');

/** bench/draft.html on the dev server, which resolves the draft's libraries from node_modules. */
export async function openDraftPage(browser, origin) {
  const page = await browser.newPage();
  page.on('pageerror', (error) => console.error(error));
  await page.goto(`${origin}/bench/draft.html`);
  await page.waitForFunction(() => customElements.get('glossa-article') && window.glossaDraftBench);
  return page;
}

/** The seed's raw text drafted in the page, as the Studio drafts a paste. */
export async function measureSeedDraft(page, { runs }) {
  const text = read(`${SEED}.txt`);
  const timing = await page.evaluate((options) => window.glossaDraftBench.timeDraft(options), { text, runs });
  return { ...timing, words: wordCount(text) };
}

/** A text of `words` words made of the three demo articles' real paragraphs. */
function longText(words) {
  const paragraphLists = ARTICLES.map((name) => JSON.parse(read(`${name}.json`)).paragraphs.map(({ text }) => text));
  return longArticleText(paragraphLists, { words });
}

/** A text of `words` words made of the three demo articles' real paragraphs, drafted in the page. */
export async function measureLongDraft(page, { runs, words = 50_000 }) {
  const text = longText(words);
  const timing = await page.evaluate((options) => window.glossaDraftBench.timeDraft(options), { text, runs });
  return { ...timing, words: wordCount(text) };
}

/**
 * The same long text drafted as the Studio drafts it, in its worker: the time to the draft back on the
 * page, and the page's longest task meanwhile (what a person typing or pressing Cancel would wait for).
 */
export async function measureWorkerDraft(page, { runs, words = 50_000 }) {
  const text = longText(words);
  const timing = await page.evaluate((options) => window.glossaDraftBench.timeWorkerDraft(options), { text, runs });
  return { ...timing, words: wordCount(text) };
}

/** The seed's hand model in `<glossa-article>` with every widget: one keystroke's new article to all rendered. */
export function measurePreviewUpdate(page, { runs }) {
  const article = JSON.parse(read(`${SEED}.json`));
  return page.evaluate((options) => window.glossaDraftBench.timePreviewUpdate(options), { article, runs });
}
