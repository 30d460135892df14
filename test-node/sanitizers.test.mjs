import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { after, before, describe, it } from 'node:test';
import rehypeParse from 'rehype-parse';
import rehypeSanitize, { defaultSchema } from 'rehype-sanitize';
import rehypeStringify from 'rehype-stringify';
import sanitizeHtml from 'sanitize-html';
import { unified } from 'unified';
import {
  GLOSSA_ATTRIBUTES,
  GLOSSA_DATA_ATTRIBUTES,
  GLOSSA_TAGS,
  withGlossaSchema,
  withGlossaTags,
} from '../dist/sanitize/index.js';
import { MARKUP_ATTRIBUTES } from '../dist/quiz/markup/markup-attributes.js';
import { MARKUP_TAGS } from '../dist/quiz/markup/markup-tags.js';
import { launchChromium } from '../scripts/browser.mjs';

/**
 * The README's "In a CMS" table, measured: each of its snippets goes through each sanitizer, at the
 * library's defaults and with the settings of `glossa/sanitize`, into a page with dist/glossa.js in
 * Chromium, and what a reader gets there must be what the table says. Run `npm run build:lib` first.
 */
const README = readFileSync('README.md', 'utf8');
const SEED = readFileSync('demo/articles/kazakhstan-2022.json', 'utf8');
const ORIGIN = 'https://news.example';
/** The seed's first question, and the README's quiz written in HTML: its right choice and its explanation. */
const RIGHT_CHOICE = 'A rapid rise in fuel prices';
const EXPLANATION = 'The demonstrations started out against a rapid rise in fuel prices.';

const section = (heading) => README.split(/^## /m).find((part) => part.startsWith(`${heading}\n`)) ?? '';
const htmlBlocks = (text) => [...text.matchAll(/```html\n([\s\S]*?)```/g)].map(([, block]) => block);

/** The seed article as an attribute's value, escaped as an HTML serializer escapes it. */
const attributeValue = (text) => text.replaceAll('&', '&amp;').replaceAll('"', '&quot;');

/** The README's snippets, by the name of their row in the table. The `<script>` is the template's, not the content's. */
function snippets() {
  const [dataForm, inlineForm, linkForm] = htmlBlocks(section('In a CMS'));
  const inline = inlineForm.replace(/data-glossa-article="[^"]*"/, `data-glossa-article="${attributeValue(SEED)}"`);
  return {
    // The snippet's example article is another quiz; the site's copy of the seed is the one every row asks.
    '`<glossa-*>` tags': htmlBlocks(section('On a page, from a CDN'))[0]
      .replace(/<script[^>]*><\/script>/, '')
      .replace(/src="https:\/\/unpkg\.com\/glossa\/demo\/articles\/[^"]+"/, 'src="/articles/kazakhstan-2022.json"'),
    'a quiz written in HTML': htmlBlocks(section('Writing a quiz in HTML')).find((block) =>
      block.includes(EXPLANATION),
    ),
    '`data-glossa`': dataForm,
    '`data-glossa-article`': inline,
    link: linkForm,
  };
}

/** The table's rows: the form, then what it gives under each sanitizer column. */
function readmeTable() {
  const rows = section('In a CMS')
    .split('\n')
    .filter((line) => line.startsWith('| '))
    .map((line) => line.slice(2, -2).split(' | '));
  const [header, ...body] = rows;
  return { columns: header.slice(1), rows: body };
}

/** Each sanitizer by its column in the table; DOMPurify runs in the browser it is made for. */
function sanitizers(browser) {
  async function dompurify(html, withGlossa) {
    const page = await browser.newPage();
    await route(page);
    await page.goto(`${ORIGIN}/blank.html`);
    await page.addScriptTag({ url: `${ORIGIN}/purify.js` });
    const clean = await page.evaluate(
      async ([dirty, glossa]) => {
        const settings = glossa ? (await import('/dist/sanitize/index.js')).GLOSSA_DOMPURIFY : {};
        return window.DOMPurify.sanitize(dirty, { ...settings });
      },
      [html, withGlossa],
    );
    await page.close();
    return clean;
  }
  const rehype = async (html, schema) =>
    String(
      await unified()
        .use(rehypeParse, { fragment: true })
        .use(rehypeSanitize, schema)
        .use(rehypeStringify)
        .process(html),
    );
  return {
    DOMPurify: (html) => dompurify(html, false),
    'DOMPurify + `GLOSSA_DOMPURIFY`': (html) => dompurify(html, true),
    'sanitize-html': (html) => sanitizeHtml(html),
    'sanitize-html + `withGlossaTags`': (html) => sanitizeHtml(html, withGlossaTags(sanitizeHtml.defaults)),
    'rehype-sanitize': (html) => rehype(html, defaultSchema),
    'rehype-sanitize + `withGlossaSchema`': (html) => rehype(html, withGlossaSchema(defaultSchema)),
  };
}

/** The site: its pages from `pages`, the article, DOMPurify, and the CDN's glossa files from dist/. */
async function route(page, pages = {}) {
  await page.route('**/*', (request) => {
    const { origin, pathname } = new URL(request.request().url());
    const file = (path, contentType) => request.fulfill({ body: readFileSync(path), contentType });
    if (origin === 'https://unpkg.com' && pathname.startsWith('/glossa/dist/'))
      return file(pathname.slice('/glossa/'.length), 'text/javascript');
    if (origin !== ORIGIN) return request.abort();
    if (pathname in pages) return request.fulfill({ body: pages[pathname], contentType: 'text/html' });
    if (pathname === '/blank.html')
      return request.fulfill({ body: '<!doctype html><title>blank</title>', contentType: 'text/html' });
    if (pathname === '/purify.js') return file('node_modules/dompurify/dist/purify.min.js', 'text/javascript');
    if (pathname.startsWith('/dist/')) return file(pathname.slice(1), 'text/javascript');
    if (pathname === '/articles/kazakhstan-2022.json')
      return request.fulfill({ body: SEED, contentType: 'application/json' });
    return request.fulfill({ status: 404, body: 'not found' });
  });
}

/** The page a CMS serves: the template's script, and the content as the sanitizer left it. */
const cmsPage = (content) => `<!doctype html>
<html lang="en">
  <head><meta charset="utf-8" /><title>A story</title>
    <script type="module" src="https://unpkg.com/glossa/dist/glossa.js"></script></head>
  <body><main>${content}</main></body>
</html>`;

/**
 * What a reader gets: "works" when the quiz shows its questions and a click on the right choice is
 * graded correct; otherwise "answers shown" when the page's text holds an answer or an explanation,
 * else "removed".
 */
async function readerOutcome(browser, content) {
  const page = await browser.newPage();
  const problems = [];
  page.on('pageerror', (error) => problems.push(`uncaught: ${error.message}`));
  page.on('console', (message) => {
    if (message.type() === 'error' || message.type() === 'warning')
      problems.push(`${message.type()}: ${message.text()}`);
  });
  await route(page, { '/story.html': cmsPage(content) });
  await page.goto(`${ORIGIN}/story.html`);
  // glossa.js (run by the time the page has loaded) loads the quiz only where a quiz's tag or marker is left.
  await page.waitForFunction(
    () =>
      !document.querySelector('glossa-quiz, [data-glossa="quiz"], a[href*="#glossa=quiz"]') ||
      customElements.get('glossa-quiz') !== undefined,
  );
  let outcome;
  if ((await page.locator('glossa-quiz').count()) > 0) {
    await page.locator('glossa-quiz [part~="question"], glossa-quiz [part="error"]').first().waitFor();
    const question = page.locator('glossa-quiz [part~="question"]:not([hidden])', { hasText: RIGHT_CHOICE }).first();
    await question.locator('[part~="choice"]', { hasText: RIGHT_CHOICE }).click();
    await question.locator('[part~="check-button"]').click();
    await question.locator('[part~="feedback-correct"]').waitFor();
    outcome = 'works';
  } else {
    const text = await page.evaluate(() => document.body.innerText);
    outcome = text.includes(EXPLANATION) || text.includes('"answer"') ? 'answers shown' : 'removed';
  }
  await page.close();
  return { outcome, problems };
}

describe('the sanitizer-safe forms, through real sanitizers, in Chromium', () => {
  let browser;
  before(async () => {
    browser = await launchChromium();
  });
  after(async () => {
    await browser?.close();
  });

  const { columns, rows } = readmeTable();
  const forms = snippets();

  it('the README has a snippet for every row of its table, and the table a column for every sanitizer', () => {
    assert.deepEqual(rows.map(([form]) => form).sort(), Object.keys(forms).sort());
    for (const snippet of Object.values(forms)) assert.ok(snippet?.includes('glossa'), snippet);
    assert.deepEqual(columns.slice(0, -1), Object.keys(sanitizers(undefined)));
    assert.equal(columns.at(-1), 'WordPress'); // measured by npm run test:wordpress
  });

  it('the settings keep every tag and attribute custom-elements.json documents, and the quiz markup', () => {
    const manifest = JSON.parse(readFileSync('custom-elements.json', 'utf8'));
    const elements = manifest.modules.flatMap((module) => module.declarations ?? []).filter((item) => item.tagName);
    const attributes = new Set(elements.flatMap((element) => (element.attributes ?? []).map(({ name }) => name)));
    assert.deepEqual(
      [...GLOSSA_TAGS].sort(),
      [...new Set([...elements.map((item) => item.tagName), ...MARKUP_TAGS])].sort(),
    );
    assert.deepEqual([...GLOSSA_ATTRIBUTES].sort(), [...new Set([...attributes, ...MARKUP_ATTRIBUTES])].sort());
    assert.deepEqual(
      [...GLOSSA_DATA_ATTRIBUTES].sort(),
      ['data-glossa', 'data-glossa-article', ...[...attributes].map((name) => `data-glossa-${name}`)].sort(),
    );
  });

  it('the settings let no script, event handler or javascript: URL through', async () => {
    const hostile = `<glossa-quiz onclick="alert(1)" src="javascript:alert(1)"><script>alert(1)</script>
      <glossa-question type="single" onmouseover="alert(1)"><p>Q</p><glossa-choice correct onfocus="alert(1)">A</glossa-choice></glossa-question></glossa-quiz>
      <div data-glossa="quiz" onclick="alert(1)" data-glossa-src="a.json"><img src="x" onerror="alert(1)"></div>
      <a href="javascript:alert(1)#glossa=quiz">x</a>`;
    for (const [column, sanitize] of Object.entries(sanitizers(browser))) {
      if (!column.includes('+')) continue;
      const clean = await sanitize(hostile);
      assert.doesNotMatch(clean, /<script|\son\w+=|javascript:/i, `${column}: ${clean}`);
      assert.match(clean, /<glossa-choice correct/, `${column}: ${clean}`);
    }
  });

  it('DOMPurify drops a data-glossa-article holding "-->", and keeps it with ">" written \\u003e, as the README says', async () => {
    const dompurify = sanitizers(browser).DOMPurify;
    const inline = (json) => `<div data-glossa="quiz" data-glossa-article="${attributeValue(json)}"></div>`;
    assert.doesNotMatch(await dompurify(inline('{"title":"A --> B"}')), /data-glossa-article/);
    assert.match(await dompurify(inline('{"title":"A --\\u003e B"}')), /data-glossa-article/);
  });

  for (const [form, ...expected] of rows) {
    it(`${form}: what the README's table says, under each sanitizer`, async () => {
      const byColumn = sanitizers(browser);
      const measured = {};
      for (const [column, sanitize] of Object.entries(byColumn)) {
        const clean = await sanitize(forms[form]);
        const { outcome, problems } = await readerOutcome(browser, clean);
        assert.deepEqual(problems, [], `${column}: ${clean}`);
        measured[column] = outcome;
      }
      assert.deepEqual(
        measured,
        Object.fromEntries(columns.slice(0, -1).map((column, index) => [column, expected[index]])),
      );
    });
  }
});
