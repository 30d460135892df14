import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { extname, join, normalize } from 'node:path';
import { launchChromium } from './browser.mjs';
import { startNext } from './next-server.mjs';

/**
 * `npm run test:frameworks`: builds the React, Vue, Svelte, Angular and Next.js apps in demo/frameworks/
 * with their own tooling (each has its own package.json and lockfile, and depends on this package as
 * `file:../../..`), serves what they built (`next start` for Next.js), and in Chromium answers a quiz in
 * each, checking that the app saw `glossa-complete` in its own markup and themed the quiz with a token,
 * and where the app sets `article` as a property, that it did. Next.js is loaded page by page and
 * reached by client-side navigation too, with no console error or hydration warning allowed.
 * Ends with `Frameworks: N passed, N failed`, a line CI reads. Names after `--` test only those apps
 * (`npm run test:frameworks -- next angular`).
 */
const chosen = process.argv.slice(2);
const picked = (app) => chosen.length === 0 || chosen.includes(app);
const APPS = ['react', 'vue', 'svelte', 'angular'].filter(picked);
const NEXT = picked('next') ? 'demo/frameworks/next' : undefined;
const ACCENT = 'rgb(138, 21, 56)'; // #8a1538, the apps' --glossa-color-accent
const QUESTIONS = ['trigger', 'who-sent-troops'];
const npm = (cwd, ...args) => execFileSync('npm', args, { cwd, stdio: ['ignore', 'inherit', 'inherit'] });

if (!existsSync('dist/quiz/define.js') || !existsSync('dist/types/jsx.d.ts')) npm('.', 'run', 'build:lib');
for (const folder of [...APPS.map((app) => join('demo/frameworks', app)), ...(NEXT ? [NEXT] : [])]) {
  const app = folder.split('/').at(-1);
  const started = Date.now();
  console.log(`\n${app}: npm ci and build`);
  npm(folder, 'ci', '--no-audit', '--no-fund', '--prefer-offline', '--loglevel=error');
  npm(folder, 'run', 'build', '--silent');
  console.log(`${app}: installed and built in ${Math.round((Date.now() - started) / 1000)} s`);
}

const TYPES = { '.html': 'text/html', '.js': 'text/javascript', '.css': 'text/css', '.svg': 'image/svg+xml' };

/** Serves demo/frameworks/<app>/dist/ at /<app>/ on a free loopback port. */
function serveApps() {
  const server = createServer((request, response) => {
    const path = normalize(decodeURIComponent(new URL(request.url, 'http://x').pathname));
    // Browsers ask for an icon of their own accord; the apps have none.
    if (path === '/favicon.ico') return void response.writeHead(204).end();
    const [, app, ...rest] = path.split('/');
    const file = join('demo/frameworks', app ?? '', 'dist', rest.join('/') || 'index.html');
    if (!APPS.includes(app) || !existsSync(file) || !file.startsWith(join('demo/frameworks', app, 'dist'))) {
      response.writeHead(404).end();
      return;
    }
    response.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' });
    response.end(readFileSync(file));
  });
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(server)));
}

const seed = JSON.parse(readFileSync('demo/articles/kazakhstan-2022.json', 'utf8'));
const rightChoice = (id) => {
  const question = seed.quiz.questions.find((q) => q.id === id);
  return question.choices.find((choice) => choice.id === question.answer).text;
};

const EXPECTED = 'saw glossa-complete: 2 of 2 right (100%)';

/** Collects the page's errors, failed requests and hydration warnings as they happen. */
function watchPage(page) {
  const errors = [];
  page.on('pageerror', (error) => errors.push(error.message));
  page.on('console', (message) => {
    if (message.type() === 'error' || /hydrat/i.test(message.text())) errors.push(message.text());
  });
  page.on(
    'response',
    (response) => response.status() >= 400 && errors.push(`${response.status()} for ${response.url()}`),
  );
  return errors;
}

/** Answers the page's quiz as a reader would and checks what the app and the quiz show. */
async function answerQuiz(page) {
  const quiz = page.locator('glossa-quiz');
  for (const id of QUESTIONS) {
    await quiz.locator(`#q-${id} [part~="choice"]`, { hasText: rightChoice(id) }).click();
    await quiz.locator(`#q-${id} [part~="check-button"]`).click();
    await quiz.locator(`#q-${id} [part~="verdict"]`).waitFor();
  }
  const accent = await quiz
    .locator('[part~="finish-button"]')
    .evaluate((button) => getComputedStyle(button).backgroundColor);
  await quiz.locator('[part~="finish-button"]').click();
  // A framework may render the app's own answer to the event a moment later (React batches it).
  // The app's own paragraph: Playwright's CSS reaches into shadow roots, where the quiz has `.result` items too.
  await page
    .locator('p.result', { hasText: EXPECTED })
    .waitFor({ timeout: 5_000 })
    .catch(() => {});
  const result = (await page.locator('p.result').textContent()).trim();
  const problems = [];
  if (!result.includes(EXPECTED)) problems.push(`the app shows "${result}", not "… ${EXPECTED}"`);
  if (accent !== ACCENT) problems.push(`the quiz's accent is ${accent}, not the app's token ${ACCENT}`);
  return problems;
}

/** Problems unless the page's quiz holds `article` as a property, not as an attribute. */
async function articleProperty(page) {
  const property = await page.locator('glossa-quiz').evaluate((element) => ({
    isObject: typeof element.article === 'object' && element.article !== null,
    attribute: element.getAttribute('article'),
  }));
  return property.isObject && property.attribute === null
    ? []
    : [`article is not set as a property (${JSON.stringify(property)})`];
}

/** The built app at /<app>/: the quiz answered, `article` set as a property. */
async function checkApp(page, origin, app) {
  const errors = watchPage(page);
  await page.goto(`${origin}/${app}/`);
  const problems = [...(await answerQuiz(page)), ...(await articleProperty(page))];
  return [...problems, ...errors.map((error) => `console: ${error}`)];
}

/** Which Next.js page is which, and whether its app sets `article` as a property. */
const NEXT_PAGES = [
  { path: '/client', link: 'Client component', given: 'article set as a property', property: true },
  { path: '/inline', link: 'Server component', given: 'article read from inline JSON' },
  { path: '/rendered', link: 'Rendered on the server', given: 'glossa render HTML hydrated', rendered: true },
];

/** A Next.js page on a full load: the server-rendered markup hydrated, then the quiz answered. */
async function checkNextPage(page, origin, { path, property, rendered }) {
  const errors = watchPage(page);
  await page.goto(`${origin}${path}`);
  // The server's questions show before the script hydrates them, and a click before that does nothing.
  // Chromium 150 lets go of a pending whenDefined promise handed straight back to Playwright, which then
  // reports it garbage collected: the page waits on a promise of its own making instead.
  if (rendered) await page.evaluate(() => customElements.whenDefined('glossa-quiz').then(() => true));
  const problems = [...(await answerQuiz(page)), ...(property ? await articleProperty(page) : [])];
  return [...problems, ...errors.map((error) => `console: ${error}`)];
}

/** Problems unless the server's HTML alone, no script run, shows the quiz's questions. */
async function checkWithoutScripts(origin, path) {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto(`${origin}${path}`);
  const shown = await page.locator('glossa-quiz [part~="prompt"]').allTextContents();
  await context.close();
  const asked = QUESTIONS.map((id) => seed.quiz.questions.find((question) => question.id === id).prompt);
  const missing = asked.filter((prompt) => !shown.some((text) => text.includes(prompt)));
  return missing.map((prompt) => `without JavaScript, "${prompt}" is not shown`);
}

/** The Next.js pages reached from the home page by next/link, without a page load in between. */
async function checkNextNavigation(page, origin) {
  const errors = watchPage(page);
  await page.goto(`${origin}/`);
  // A full load would start a new window object and lose this mark.
  await page.evaluate(() => (window.glossaNoReload = true));
  const problems = [];
  for (const { path, link, property } of NEXT_PAGES) {
    // Both pages hold the same article's quiz, which keeps a reader's answers in localStorage: forget
    // the first page's, so the second quiz starts unanswered.
    await page.evaluate(() => localStorage.clear());
    await page.getByRole('link', { name: link }).click();
    await page.waitForURL(`${origin}${path}`);
    problems.push(
      ...(await answerQuiz(page)).map((problem) => `${path}: ${problem}`),
      ...(property ? await articleProperty(page) : []).map((problem) => `${path}: ${problem}`),
    );
  }
  if (!(await page.evaluate(() => window.glossaNoReload))) problems.push('a link loaded a new page');
  return [...problems, ...errors.map((error) => `console: ${error}`)];
}

const server = await serveApps();
const origin = `http://127.0.0.1:${server.address().port}`;
const next = NEXT && (await startNext(NEXT));
const browser = await launchChromium();
let passed = 0;
let failed = 0;

/** Runs one check on a fresh page and reports it. */
async function report(name, what, check) {
  const page = await browser.newPage();
  page.setDefaultTimeout(10_000);
  let problems;
  try {
    problems = await check(page);
  } catch (error) {
    problems = [error.message.split('\n')[0]];
  }
  await page.close();
  if (problems.length === 0) {
    passed += 1;
    console.log(`✓ ${name}: ${what}`);
  } else {
    failed += 1;
    console.log(`✗ ${name}:\n  ${problems.join('\n  ')}`);
  }
}

const SHOWN = 'quiz completed, glossa-complete shown by the app, token theme applied';
try {
  for (const app of APPS) {
    await report(app, `article set as a property, ${SHOWN}`, (page) => checkApp(page, origin, app));
  }
  if (next) {
    for (const nextPage of NEXT_PAGES) {
      await report(`next ${nextPage.path} (full load)`, `${nextPage.given}, ${SHOWN}, no hydration warning`, (page) =>
        checkNextPage(page, next.origin, nextPage),
      );
    }
    for (const { path } of NEXT_PAGES.filter((nextPage) => nextPage.rendered)) {
      await report(`next ${path} (no JavaScript)`, 'the questions shown from the server’s HTML alone', () =>
        checkWithoutScripts(next.origin, path),
      );
    }
    await report('next (client-side navigation)', `every page reached by next/link, ${SHOWN}`, (page) =>
      checkNextNavigation(page, next.origin),
    );
  }
} finally {
  await browser.close();
  server.close();
  next?.stop();
}
console.log(`\nFrameworks: ${passed} passed, ${failed} failed`);
process.exitCode = failed > 0 ? 1 : 0;
