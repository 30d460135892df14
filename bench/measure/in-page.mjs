/**
 * The measurements that run inside bench/index.html (bench/page.js), on one page of the dev server.
 */
export async function openBenchPage(browser, origin) {
  const page = await browser.newPage();
  page.on('pageerror', (error) => console.error(error));
  await page.goto(`${origin}/bench/`);
  await page.waitForFunction(() => customElements.get('glossa-annotate') && window.glossaBench);
  return page;
}

/** `<glossa-annotate>` over a synthetic body of `paragraphs` paragraphs (about six mentions each) naming `entities` entities. */
export function measureAnnotate(page, { paragraphs = 500, entities = 200, mode, runs }) {
  return page.evaluate((options) => window.glossaBench.timeAnnotate(options), { paragraphs, entities, mode, runs });
}

/** One keystroke in `<glossa-whos-who>`'s search box over `entities` entities. */
export function measureWhosWhoKeystroke(page, { entities = 1000, runs }) {
  return page.evaluate((options) => window.glossaBench.timeWhosWhoKeystroke(options), { entities, runs });
}

/** The first render of `<glossa-whos-who>` over `entities` entities. */
export function measureWhosWhoRender(page, { entities = 1000, runs }) {
  return page.evaluate((options) => window.glossaBench.timeWhosWhoRender(options), { entities, runs });
}
