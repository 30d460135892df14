import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { extname, join, normalize } from 'node:path';
import { launchChromium } from './browser.mjs';

/**
 * `npm run test:frameworks`: builds the React, Vue and Svelte apps in demo/frameworks/ with their own
 * tooling (each has its own package.json and lockfile, and depends on this package as `file:../../..`),
 * serves what they built, and in Chromium answers a quiz in each, checking that the app set `article`
 * as a property, saw `glossa-complete` in its own markup, and themed the quiz with a token.
 * Ends with `Frameworks: N passed, N failed`, a line CI reads.
 */
const APPS = ['react', 'vue', 'svelte'];
const ACCENT = 'rgb(138, 21, 56)'; // #8a1538, the apps' --glossa-color-accent
const QUESTIONS = ['trigger', 'who-sent-troops'];
const npm = (cwd, ...args) => execFileSync('npm', args, { cwd, stdio: ['ignore', 'inherit', 'inherit'] });

if (!existsSync('dist/quiz/define.js') || !existsSync('dist/types/jsx.d.ts')) npm('.', 'run', 'build:lib');
for (const app of APPS) {
  const folder = join('demo/frameworks', app);
  console.log(`\n${app}: npm ci and build`);
  npm(folder, 'ci', '--no-audit', '--no-fund', '--prefer-offline', '--loglevel=error');
  npm(folder, 'run', 'build', '--silent');
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

/** Answers the app's quiz as a reader would and checks what the app and the quiz show. */
async function checkApp(page, origin, app) {
  const errors = [];
  page.on('pageerror', (error) => errors.push(error.message));
  page.on('console', (message) => message.type() === 'error' && errors.push(message.text()));
  page.on(
    'response',
    (response) => response.status() >= 400 && errors.push(`${response.status()} for ${response.url()}`),
  );
  await page.goto(`${origin}/${app}/`);
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
  const property = await quiz.evaluate((element) => ({
    isObject: typeof element.article === 'object' && element.article !== null,
    attribute: element.getAttribute('article'),
  }));

  const problems = [];
  if (!result.includes(EXPECTED)) problems.push(`the app shows "${result}", not "… ${EXPECTED}"`);
  if (!property.isObject || property.attribute !== null)
    problems.push(`article is not set as a property (${JSON.stringify(property)})`);
  if (accent !== ACCENT) problems.push(`the quiz's accent is ${accent}, not the app's token ${ACCENT}`);
  problems.push(...errors.map((error) => `console: ${error}`));
  return problems;
}

const server = await serveApps();
const origin = `http://127.0.0.1:${server.address().port}`;
const browser = await launchChromium();
let passed = 0;
let failed = 0;
try {
  for (const app of APPS) {
    const page = await browser.newPage();
    page.setDefaultTimeout(10_000);
    let problems;
    try {
      problems = await checkApp(page, origin, app);
    } catch (error) {
      problems = [error.message.split('\n')[0]];
    }
    await page.close();
    if (problems.length === 0) {
      passed += 1;
      console.log(
        `✓ ${app}: article set as a property, quiz completed, glossa-complete shown by the app, token theme applied`,
      );
    } else {
      failed += 1;
      console.log(`✗ ${app}:\n  ${problems.join('\n  ')}`);
    }
  }
} finally {
  await browser.close();
  server.close();
}
console.log(`\nFrameworks: ${passed} passed, ${failed} failed`);
process.exitCode = failed > 0 ? 1 : 0;
