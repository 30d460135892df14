/* global document, window -- the functions given to evaluate() run in the page */
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { createServer } from 'node:http';
import { after, before, describe, it } from 'node:test';
import { startStaticServer } from '../bench/server.mjs';
import { launchChromium } from '../scripts/browser.mjs';

/**
 * The iframe embed as a locked-down CMS uses it: the host page on one origin frames dist/embed.html from
 * another (the project folder served as built, `npm run build:lib` first), with dist/embed-resizer.js in
 * the host page, in Chromium, driven by real key presses and clicks.
 */
const SEED = '/demo/articles/kazakhstan-2022.json';
const seed = JSON.parse(readFileSync(`.${SEED}`, 'utf8'));
const trigger = seed.quiz.questions.find((question) => question.id === 'trigger');
const rightText = trigger.choices.find((choice) => choice.id === trigger.answer).text;

let embeds;
let host;
let browser;

/** A page on an origin of its own: `body` at `/`, and the resizer and the hydration bundle as a host would serve them. */
function startHost() {
  let body = '';
  const server = createServer((request, response) => {
    if (request.url === '/embed-resizer.js' || request.url === '/glossa-hydrate.js') {
      response.writeHead(200, { 'Content-Type': 'text/javascript' });
      response.end(readFileSync(`dist${request.url}`));
      return;
    }
    response.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8' });
    response.end(body);
  });
  return new Promise((resolve) =>
    server.listen(0, '127.0.0.1', () =>
      resolve({
        origin: `http://127.0.0.1:${server.address().port}`,
        setPage: (html) => (body = html),
        stop: () => new Promise((done) => server.close(done)),
      }),
    ),
  );
}

const embedUrl = (query) => `${embeds.origin}/dist/embed.html?${query}`;

/** The host page: a link before, the framed widget, a link after, and the resizer. */
function hostPage(query, { resizer = true, extra = '' } = {}) {
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Host</title></head><body>
<a id="before" href="#before">Before</a>
<iframe data-glossa-embed title="Quiz" src="${embedUrl(query)}" style="width:100%;height:150px;border:0"></iframe>
<a id="after" href="#after">After</a>
${extra}
${resizer ? '<script type="module" src="/embed-resizer.js"></script>' : ''}
</body></html>`;
}

/** The page in the frame that `selector` finds, once it has left about:blank for `origin`. */
async function framedPage(page, origin, selector = 'iframe[title="Quiz"]') {
  const frame = await (await page.locator(selector).elementHandle()).contentFrame();
  await frame.waitForURL((url) => url.origin === origin);
  return frame;
}

/** The frame's height, and the height of the document it shows. */
async function heights(page) {
  const frame = await framedPage(page, embeds.origin);
  const [frameHeight, documentHeight] = await Promise.all([
    page.locator('iframe[title="Quiz"]').evaluate((element) => element.getBoundingClientRect().height),
    frame.evaluate(() => document.documentElement.getBoundingClientRect().height),
  ]);
  return { frame, frameHeight, documentHeight };
}

/** Waits until the frame fits its document, and returns its height. */
async function fitted(page) {
  for (;;) {
    const { frameHeight, documentHeight } = await heights(page);
    if (documentHeight > 150 && Math.abs(frameHeight - Math.ceil(documentHeight)) < 1) return frameHeight;
    await page.waitForTimeout(50);
  }
}

async function open(html) {
  host.setPage(html);
  const page = await browser.newPage();
  const errors = [];
  page.on('pageerror', (error) => errors.push(error.message));
  await page.goto(host.origin);
  return { page, errors };
}

before(async () => {
  assert.ok(existsSync('dist/embed.html') && existsSync('dist/embed-resizer.js'), 'run npm run build:lib first');
  embeds = await startStaticServer();
  host = await startHost();
  browser = await launchChromium();
});

after(async () => {
  await browser?.close();
  await embeds?.stop();
  await host?.stop();
});

describe('dist/embed.html in a frame of another origin', { timeout: 120_000 }, () => {
  it('shows the widget the address asks for, named after the article, and the frame fits it as it grows', async () => {
    const { page, errors } = await open(
      hostPage(`src=${SEED}&widget=quiz&layout=list&questions=trigger,who-sent-troops`),
    );
    const first = await fitted(page);
    const { frame } = await heights(page);
    assert.equal(await frame.title(), seed.title);
    await frame.getByRole('radio', { name: rightText }).click();
    await frame.getByRole('button', { name: 'Check answer' }).first().click();
    await frame.getByText('Correct', { exact: false }).first().waitFor();
    for (;;) if ((await fitted(page)) !== first) break;
    const { frameHeight, documentHeight } = await heights(page);
    assert.ok(frameHeight > first, `the frame grew with the feedback (${first} → ${frameHeight} px)`);
    assert.ok(documentHeight <= frameHeight, 'nothing in the frame scrolls');
    assert.deepEqual(errors, []);
    await page.close();
  });

  it('lets Tab move into the widget, through it and out to the host page, and Shift+Tab back', async () => {
    const { page } = await open(hostPage(`src=${SEED}&widget=quiz&layout=list&questions=trigger`));
    await fitted(page);
    await page.locator('#before').focus();
    const stops = [];
    for (let press = 0; press < 30; press += 1) {
      await page.keyboard.press('Tab');
      const hostFocus = await page.evaluate(() => document.activeElement?.id || document.activeElement?.tagName);
      stops.push(hostFocus);
      if (hostFocus === 'after') break;
    }
    assert.equal(stops.at(-1), 'after', `Tab reached the link after the frame: ${stops.join(', ')}`);
    assert.ok(stops.filter((stop) => stop === 'IFRAME').length >= 2, 'Tab stopped on the widget’s controls');
    await page.keyboard.press('Shift+Tab');
    assert.equal(await page.evaluate(() => document.activeElement?.tagName), 'IFRAME');
    await page.close();
  });

  it('is resized by its frame only: a message from another window or frame, or of another shape, changes nothing', async () => {
    const recorder = `<script>window.received = []; addEventListener('message', (event) => received.push(event.data.height));</script>`;
    const { page } = await open(hostPage(`src=${SEED}&widget=timeline`, { extra: recorder }));
    const height = await fitted(page);
    // Added once the resizer listens: each frame posts as soon as it loads.
    await page.evaluate(() => {
      const post = (height) =>
        `<script>parent.postMessage({ glossa: 'embed-height', height: ${height} }, '*')</script>`;
      const other = Object.assign(document.createElement('iframe'), { title: 'Another frame', srcdoc: post(9) });
      const forged = Object.assign(document.createElement('iframe'), { title: 'Forged', srcdoc: post(11) });
      forged.setAttribute('data-glossa-embed', '');
      forged.setAttribute('sandbox', 'allow-scripts');
      forged.style.height = '40px';
      document.body.append(other, forged);
      window.postMessage({ glossa: 'embed-height', height: 7 }, '*');
      window.postMessage({ glossa: 'embed-height', height: '1e9' }, '*');
    });
    await page.waitForFunction(() => [7, 9, 11, '1e9'].every((height) => window.received.includes(height)));
    const { frameHeight } = await heights(page);
    assert.equal(frameHeight, height);
    const forgedHeight = await page.locator('iframe[title="Forged"]').evaluate((frame) => frame.style.height);
    assert.equal(forgedHeight, '40px', 'a framed page of an opaque origin is not the origin its frame was given');
    await page.close();
  });

  it('says what is wrong with an address it cannot show, and sets only attributes the widget documents', async () => {
    const { page } = await open(hostPage('widget=script&src=x.json'));
    const frame = await framedPage(page, embeds.origin);
    await frame.getByText('This embed shows quiz, explainer, timeline, whos-who, article, not "script".').waitFor();

    const { page: second } = await open(
      hostPage(`src=${SEED}&widget=quiz&onclick=alert(1)&style=color:red&layout=list`),
    );
    await fitted(second);
    const embedded = await framedPage(second, embeds.origin);
    const attributes = await embedded.locator('glossa-quiz').evaluate((quiz) => quiz.getAttributeNames().sort());
    assert.deepEqual(attributes, ['layout', 'src']);
    await page.close();
    await second.close();
  });
});

describe('glossa render --page and --oembed', { timeout: 120_000 }, () => {
  const glossa = (...args) =>
    spawnSync(process.execPath, ['bin/glossa.mjs', 'render', `.${SEED}`, ...args], { encoding: 'utf8' });

  it('writes a page of its own that shows the widget before any script, and fits the frame of the oEmbed snippet', async () => {
    const framed = await startHost();
    try {
      const page = glossa('--widget', 'quiz', '--attribute', 'layout=list', '--page', '--script', '/glossa-hydrate.js');
      assert.equal(page.status, 0, page.stderr);
      assert.match(page.stdout, /^<!doctype html>[\s\S]*<glossa-quiz[^>]*><template [^>]*shadowrootmode="open"/);
      framed.setPage(page.stdout);
      const answer = glossa('--widget', 'quiz', '--oembed', `${framed.origin}/`, '--resizer', '/embed-resizer.js');
      const { type, html, height } = JSON.parse(answer.stdout);
      assert.equal(type, 'rich');
      const { page: hostTab, errors } = await open(
        `<!doctype html><html lang="en"><title>Host</title><body>${html}</body></html>`,
      );
      const frame = await framedPage(hostTab, framed.origin, 'iframe');
      await frame.getByRole('radio', { name: rightText }).waitFor();
      for (;;) {
        const frameHeight = await hostTab
          .locator('iframe')
          .evaluate((element) => element.getBoundingClientRect().height);
        const documentHeight = await frame.evaluate(() => document.documentElement.getBoundingClientRect().height);
        if (frameHeight !== height && Math.abs(frameHeight - Math.ceil(documentHeight)) < 1) break;
        await hostTab.waitForTimeout(50);
      }
      await frame.getByRole('radio', { name: rightText }).click();
      assert.deepEqual(errors, []);
      await hostTab.close();
    } finally {
      await framed.stop();
    }
  });

  it('refuses an oEmbed address that is not http(s), and options that go with the other mode', () => {
    assert.match(
      glossa('--widget', 'quiz', '--oembed', 'javascript:alert(1)').stderr,
      /--oembed takes an http\(s\) or relative URL/,
    );
    assert.match(glossa('--widget', 'quiz', '--oembed', '/quiz.html').stderr, /starting with https:\/\//);
    assert.match(glossa('--widget', 'quiz', '--script', '/x.js').stderr, /--script goes with --page/);
    assert.match(glossa('--widget', 'quiz', '--height', '600').stderr, /--height goes with --oembed/);
    assert.match(glossa('--widget', 'quiz', '--oembed', 'https://x.example/', '--height', '60em').stderr, /in pixels/);
  });

  it('starts the oEmbed frame at the height it is given, the widget measured', () => {
    const { html, height } = JSON.parse(
      glossa('--widget', 'quiz', '--oembed', 'https://x.example/', '--height', '612').stdout,
    );
    assert.equal(height, 612);
    assert.match(html, /style="width:100%;height:612px;border:0"/);
  });
});
