import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { quizArticle, quizdownText, surveyJson, timelineArticle, timelineJsData } from './quiz-data.mjs';

/** JSON inside a `<script>` element: `<` escaped so the text cannot close the element. */
const inlineJson = (value) =>
  `<script type="application/json">${JSON.stringify(value).replaceAll('<', '\\u003c')}</script>`;

const page = (title, head, body) => `<!doctype html>
<html lang="en">
  <head>
    <meta charset="utf-8" />
    <meta name="viewport" content="width=device-width, initial-scale=1" />
    <title>${title}</title>
    ${head}
  </head>
  <body>
    ${body}
  </body>
</html>
`;

/** `count` Glossa quizzes, each with the five questions in its own inline JSON article, from the CDN bundle. */
export function glossaQuizPage(count = 1) {
  const quizzes = Array.from(
    { length: count },
    (_, index) => `<glossa-quiz layout="list">${inlineJson(quizArticle(`bench-quiz-${index + 1}`))}</glossa-quiz>`,
  );
  return page(
    `Glossa: ${count} quiz${count === 1 ? '' : 'zes'}`,
    '<script type="module" src="/dist/glossa.js"></script>',
    quizzes.join('\n    '),
  );
}

/** The build's list of the CDN bundle's files, read when a page needs it (dist/ may be built later). */
const chunkManifest = () => JSON.parse(readFileSync(new URL('../../dist/glossa-chunks.json', import.meta.url), 'utf8'));
/** Where the bench server serves a file of that list (a path relative to glossa.js). */
const distPath = (file) => new URL(file, 'http://host/dist/').pathname;

/**
 * One Glossa quiz, like `glossaQuizPage(1)`, from the file of every element the loader may choose
 * (dist/glossa-chunks.json's `all`), included directly: one request for every byte, against the
 * loader's two round trips for fewer bytes.
 */
export function glossaOneBundleQuizPage() {
  return glossaQuizPage(1).replace('/dist/glossa.js', distPath(chunkManifest().all));
}

/**
 * One Glossa quiz, like `glossaQuizPage(1)`, with a `<link rel="modulepreload">` for each chunk the
 * loader will fetch for it (as the WordPress plugin prints them): the browser fetches them beside
 * glossa.js, not after it.
 */
export async function glossaPreloadedQuizPage() {
  const { filesFor } = await import('../../dist/loader/chunk-manifest.js');
  const links = filesFor(['glossa-quiz'], chunkManifest()).map(
    (file) => `<link rel="modulepreload" href="${distPath(file)}" />`,
  );
  return glossaQuizPage(1).replace('<script type="module"', `${links.join('\n    ')}\n    <script type="module"`);
}

/** The five questions in SurveyJS's vanilla UI, with its default theme, as its guide sets it up. */
export function surveyQuizPage() {
  return page(
    'SurveyJS quiz',
    `<link rel="stylesheet" href="/node_modules/survey-core/survey-core.min.css" />
    <script src="/node_modules/survey-core/survey.core.min.js"></script>
    <script src="/node_modules/survey-js-ui/survey-js-ui.min.js"></script>`,
    `<div id="survey"></div>
    ${inlineJson(surveyJson()).replace('<script', '<script id="survey-json"')}
    <script>
      const survey = new Survey.Model(JSON.parse(document.getElementById('survey-json').textContent));
      SurveyUI.renderSurvey(survey, document.getElementById('survey'));
    </script>`,
  );
}

const escapeHtml = (text) => text.replaceAll('&', '&amp;').replaceAll('<', '&lt;').replaceAll('>', '&gt;');

/** The five questions in quizdown (Markdown in a `.quizdown` element), from its build, as its guide sets it up. */
export function quizdownQuizPage() {
  return page(
    'quizdown quiz',
    '<script src="/bench/peers/node_modules/quizdown/public/build/quizdown.js"></script>',
    `<div class="quizdown">${escapeHtml(quizdownText())}</div>
    <script>quizdown.init();</script>`,
  );
}

/** The seed's timeline as a Glossa timeline, from the CDN bundle, its article inline. */
export function glossaTimelinePage() {
  return page(
    'Glossa timeline',
    '<script type="module" src="/dist/glossa.js"></script>',
    `<glossa-timeline>${inlineJson(timelineArticle())}</glossa-timeline>`,
  );
}

/** The same events in TimelineJS, its CSS and script from its build, as its guide sets it up. */
export function timelineJsPage() {
  return page(
    'TimelineJS timeline',
    `<link rel="stylesheet" href="/bench/peers/node_modules/@knight-lab/timelinejs/dist/css/timeline.css" />
    <script src="/bench/peers/node_modules/@knight-lab/timelinejs/dist/js/timeline.js"></script>`,
    `<div id="timeline" style="height: 600px"></div>
    ${inlineJson(timelineJsData()).replace('<script', '<script id="timeline-json"')}
    <script>
      new TL.Timeline('timeline', JSON.parse(document.getElementById('timeline-json').textContent));
    </script>`,
  );
}

let serverRendered;

/**
 * The five questions as `glossa render --page` writes them, served as they are: the quiz in the HTML
 * as declarative shadow DOM with its minified styles, and the hydration bundle that takes it over.
 * Rendered once, on the first request (the bench's uncounted first load).
 */
export function glossaServerRenderedPage() {
  if (serverRendered) return serverRendered;
  const file = join(mkdtempSync(join(tmpdir(), 'glossa-bench-')), 'quiz.json');
  writeFileSync(file, JSON.stringify(quizArticle()));
  const cli = new URL('../../bin/glossa.mjs', import.meta.url).pathname;
  const args = [
    'render',
    file,
    '--widget',
    'quiz',
    '--attribute',
    'layout=list',
    '--page',
    '--script',
    '/dist/glossa-hydrate.js',
  ];
  const { status, stdout, stderr } = spawnSync(process.execPath, [cli, ...args], { encoding: 'utf8' });
  if (status !== 0) throw new Error(`glossa render failed: ${stderr}`);
  serverRendered = stdout;
  return serverRendered;
}

/** The plain form (bench/peers/plain.html) `count` times, each form's radio groups named apart. */
export function plainQuizPage(count = 1) {
  const plain = readFileSync(new URL('./plain.html', import.meta.url), 'utf8');
  const form = plain.match(/ *<form[^]*?<\/form>\n/)[0];
  const forms = Array.from({ length: count }, (_, index) => form.replace(/name="([^"]+)"/g, `name="$1-${index + 1}"`));
  return plain.replace(form, forms.join(''));
}

/** How many quizzes the scale pages hold: the curve of time against N. */
export const SCALE_COUNTS = [1, 10, 100, 1000];

/** The pages the bench server makes, by path: each a function of no argument that gives the HTML, or a promise of it. */
export const GENERATED_PAGES = {
  '/bench/peers/glossa.html': () => glossaQuizPage(1),
  '/bench/peers/glossa-one-bundle.html': () => glossaOneBundleQuizPage(),
  '/bench/peers/glossa-preloaded.html': () => glossaPreloadedQuizPage(),
  '/bench/peers/survey.html': () => surveyQuizPage(),
  '/bench/peers/quizdown.html': () => quizdownQuizPage(),
  '/bench/peers/glossa-server-rendered.html': () => glossaServerRenderedPage(),
  '/bench/peers/glossa-timeline.html': () => glossaTimelinePage(),
  '/bench/peers/timelinejs.html': () => timelineJsPage(),
  ...Object.fromEntries(
    SCALE_COUNTS.flatMap((count) => [
      [`/bench/scale/quizzes-${count}.html`, () => glossaQuizPage(count)],
      [`/bench/scale/plain-${count}.html`, () => plainQuizPage(count)],
    ]),
  ),
};
