import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import { useDemoBrowser } from './fixtures/demo-browser.mjs';

/** The demo pages `npm start` serves, each with the article it shows. */
const PAGES = [
  { path: '/demo/', file: 'demo/articles/kazakhstan-2022.json', other: '/demo/science.html' },
  { path: '/demo/science.html', file: 'demo/articles/perseverance-bunsen-peak-2024.json', other: '/demo/' },
];
const WIDGETS = 'glossa-explainer, glossa-timeline, glossa-whos-who, glossa-quiz';

/** Runs in the page: each widget's state, once every one of them has left "loading". */
function widgetStates(selector) {
  return [...document.querySelectorAll(selector)].map((widget) => {
    const root = widget.shadowRoot;
    const state = root?.querySelector('[part="error"]')
      ? 'error'
      : root?.querySelector('[part="base"]')
        ? 'ready'
        : 'loading';
    return `${widget.localName}: ${state}`;
  });
}

/** Runs in the page: what the host page printed of the article, in order. */
function hostText() {
  return [...document.querySelector('glossa-annotate.demo-body').children].map((child) => ({
    tag: child.localName,
    id: child.id,
    quoted: child.querySelector('blockquote')?.textContent.trim() ?? null,
    image: Boolean(child.querySelector('img')),
  }));
}

/** Runs in the page: the fragment of every evidence link in the widgets' shadow roots, and whether the page has it. */
function evidenceTargets(selector) {
  const found = [];
  const visit = (root) => {
    for (const link of root.querySelectorAll('a[part~="evidence-link"]')) {
      const id = decodeURIComponent(new URL(link.href).hash.slice(1));
      found.push({ id, exists: document.getElementById(id) !== null });
    }
    for (const element of root.querySelectorAll('*')) if (element.shadowRoot) visit(element.shadowRoot);
  };
  for (const widget of document.querySelectorAll(selector)) visit(widget.shadowRoot);
  return found;
}

/** The ids the host page should print, in order: figures placed nowhere first, then each paragraph and the figures after it. */
function expectedOrder(article) {
  const figures = article.figures ?? [];
  const after = (id) => figures.filter((figure) => figure.after === id).map((figure) => figure.id);
  return [...after(undefined), ...article.paragraphs.flatMap((paragraph) => [paragraph.id, ...after(paragraph.id)])];
}

const captionText = (caption) => (Array.isArray(caption) ? caption.join(' ') : caption).replace(/\s+/g, ' ');

describe('the demo pages in Chromium', () => {
  const demo = useDemoBrowser();

  /** The page, loaded until every widget has settled, with every error it raised, logged or met. */
  async function open(path) {
    const page = await demo.browser.newPage();
    const problems = [];
    page.on('pageerror', (error) => problems.push(`uncaught: ${error.message}`));
    // The pages declare their icon, so the browser asks for no /favicon.ico that is not there.
    page.on('console', (message) => {
      if (message.type() === 'error') problems.push(`console.error: ${message.text()} (${message.location().url})`);
    });
    page.on('response', (response) => {
      if (response.status() >= 400) problems.push(`${response.status()} ${response.url()}`);
    });
    await page.goto(`${demo.origin}${path}`);
    await page.waitForFunction(
      (selector) =>
        [...document.querySelectorAll(selector)].every((widget) =>
          widget.shadowRoot?.querySelector('[part="base"], [part="error"]'),
        ),
      WIDGETS,
      { timeout: 120_000 },
    );
    return { page, problems };
  }

  for (const { path, file, other } of PAGES) {
    const article = JSON.parse(readFileSync(file, 'utf8'));

    describe(path, () => {
      it('renders every widget, with no error, uncaught exception or failed request', async () => {
        const { page, problems } = await open(path);
        try {
          assert.deepEqual(await page.evaluate(widgetStates, WIDGETS), [
            'glossa-explainer: ready',
            'glossa-explainer: ready',
            'glossa-whos-who: ready',
            'glossa-timeline: ready',
            'glossa-quiz: ready',
          ]);
          const status = await page.locator('#status').textContent();
          assert.match(
            status,
            new RegExp(`^Article “${article.id}” is valid: ${article.paragraphs.length} paragraphs`),
          );
          assert.deepEqual(problems, []);
          const description = await page.locator('meta[name="description"]').getAttribute('content');
          assert.ok(description && description.length > 50, 'the page describes itself to search engines');
          const icon = await page.locator('link[rel="icon"]').getAttribute('href');
          assert.equal((await page.request.get(new URL(icon, page.url()).href)).status(), 200, 'its icon is there');
        } finally {
          await page.close();
        }
      });

      it('prints the article under the ids its evidence uses, each figure after its paragraph, names marked', async () => {
        const { page } = await open(path);
        try {
          const printed = await page.evaluate(hostText);
          assert.deepEqual(
            printed.map((node) => node.id),
            expectedOrder(article),
          );
          for (const figure of article.figures ?? []) {
            const shown = printed.find((node) => node.id === figure.id);
            assert.equal(shown.tag, 'figure');
            // Without an image in the model, a figure is its caption, quoted.
            if (!figure.src) assert.equal(shown.quoted?.replace(/\s+/g, ' '), captionText(figure.caption));
          }
          assert.ok(
            (await page.locator('glossa-annotate.demo-body [data-glossa-term]').count()) > 0,
            'no name was marked',
          );
          const title = await page.locator('h1').textContent();
          assert.equal(title, article.title);
        } finally {
          await page.close();
        }
      });

      it('has somewhere on the page for every evidence link to go', async () => {
        const { page } = await open(path);
        try {
          const targets = await page.evaluate(evidenceTargets, WIDGETS);
          assert.ok(targets.length > 10, `only ${targets.length} evidence links`);
          assert.deepEqual(
            targets.filter((target) => !target.exists).map((target) => target.id),
            [],
          );
        } finally {
          await page.close();
        }
      });

      it('links to the other demo article, which links back', async () => {
        const { page } = await open(path);
        try {
          const current = page.locator('.demo-nav [aria-current="page"]');
          assert.equal(new URL(await current.evaluate((link) => link.href)).pathname, path);
          const link = page.locator(`.demo-nav a:not([aria-current])`).first();
          await link.click();
          await page.waitForURL((url) => url.pathname === other);
          const back = page.locator('.demo-nav a:not([aria-current])').first();
          assert.equal(new URL(await back.evaluate((anchor) => anchor.href)).pathname, path);
        } finally {
          await page.close();
        }
      });
    });
  }
});
