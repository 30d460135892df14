import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { readBudgets } from '../bench/budget-file.mjs';
import { checkBudgets, formatBudgetResults } from '../bench/budgets.mjs';
import {
  measureLongDraft,
  measurePreviewUpdate,
  measureSeedDraft,
  measureWorkerDraft,
  openDraftPage,
} from '../bench/measure/draft.mjs';
import {
  measureAnnotate,
  measureWhosWhoKeystroke,
  measureWhosWhoRender,
  openBenchPage,
} from '../bench/measure/in-page.mjs';
import { measureCliRender } from '../bench/measure/cli-render.mjs';
import { measureParseArticle } from '../bench/measure/parse-article.mjs';
import { NETWORKS } from '../bench/measure/cold-load.mjs';
import { measureQuizOnNetwork, measureQuizPeers, measureServerRendered } from '../bench/measure/quiz-peers.mjs';
import { measureTimelinePeers } from '../bench/measure/timeline-peers.mjs';
import { measureDemoPage, measureScaleCurve } from '../bench/measure/scale.mjs';
import { measureStudioFirstDraft, measureStudioKeystroke } from '../bench/measure/studio.mjs';
import { measureWeight, weightFigures } from '../bench/measure/weight.mjs';
import { startStaticServer } from '../bench/server.mjs';
import { launchChromium, startDemoServer, startStudioServer } from './browser.mjs';

/**
 * `npm run bench`: weight, the same quiz by Glossa, SurveyJS, quizdown and a plain form side by side, the same timeline by Glossa and TimelineJS, scale, and
 * the draft with the preview it feeds, in headless Chromium over pages served on 127.0.0.1. Prints one table, writes bench/results.json and
 * exits non-zero when a figure is over its budget in bench/budgets.json. Not part of `npm test`:
 * timings depend on the machine (`npm run bench:weight` is). BENCH_RUNS sets the runs (default 7).
 */
const RESULTS = 'bench/results.json';
const RUNS = Number(process.env.BENCH_RUNS ?? 7);
/** A draft of 50,000 words may take seconds; three runs give its median. */
const LONG_DRAFT_RUNS = Math.min(RUNS, 3);

const ms = (value) => `${Math.round(value * 10) / 10} ms`;
const kB = (bytes) => `${(bytes / 1000).toFixed(1)} kB`;
const MB = (bytes) => `${(bytes / 1e6).toFixed(1)} MB`;
const times = (value) => `${value}×`;
const row = (cells) => `| ${cells.join(' | ')} |`;

/** The Studio's draft of the long text through its worker: the time, and the page's longest task meanwhile. */
function workerDraftRow(worker) {
  return row([
    `the same text in the Studio’s worker: first run / median; the page’s longest task meanwhile (longtask)`,
    `${ms(worker.firstMs)} / ${ms(worker.draftMs)}; ${ms(worker.longestTaskMs)}`,
    '',
    '',
    '',
    '',
    worker.runs,
  ]);
}

function workerDraftFigures(worker) {
  return {
    'time/draft-50000-words-worker': Math.round(worker.draftMs * 10) / 10,
    'time/draft-longest-main-thread-task': Math.round(worker.longestTaskMs * 10) / 10,
  };
}

/** quizdown and TimelineJS live in bench/peers/, with their own lockfile, out of Glossa's dependencies. */
const PEERS_FOLDER = 'bench/peers';
if (!existsSync(`${PEERS_FOLDER}/node_modules/quizdown`))
  execFileSync('npm', ['ci', '--no-audit', '--no-fund', '--loglevel=error'], { cwd: PEERS_FOLDER, stdio: 'inherit' });

/** The version of a peer as installed (in bench/peers/ or in Glossa's own), for the table to say what it measured. */
function versionOf(name) {
  const own = `${PEERS_FOLDER}/node_modules/${name}/package.json`;
  return JSON.parse(readFileSync(existsSync(own) ? own : `node_modules/${name}/package.json`, 'utf8')).version;
}

/** Bytes, a time and the heap of Glossa and one peer, each with Glossa's ratio to the peer. */
function peerRows({ title, time, ours, theirs, ratios: { jsCssBytes, timeMs, heapBytes } }) {
  return [
    row([
      `${title}: JS + CSS the page needs (gzip)`,
      kB(ours.bytes.jsCss),
      kB(theirs.bytes.jsCss),
      times(jsCssBytes),
      '',
    ]),
    row([
      `navigation → ${time} (median, cold)`,
      ms(ours.clickableMs),
      ms(theirs.clickableMs),
      times(timeMs),
      theirs.runs,
    ]),
    row([
      'JS heap after render (median, after GC)',
      MB(ours.heapBytes),
      MB(theirs.heapBytes),
      times(heapBytes),
      theirs.runs,
    ]),
  ];
}

/** Glossa beside quizdown (the same five questions) and TimelineJS (the seed's timeline), each pair loaded in turns. */
function peersTable({ quiz, timeline }) {
  const rows = [
    row(['measurement', 'Glossa', 'peer', 'Glossa/peer', 'runs']),
    row(Array(5).fill('---')),
    ...peerRows({
      title: `**quizdown ${versionOf('quizdown')}**, the same five questions`,
      time: 'first question clickable',
      ours: quiz.peers.glossa,
      theirs: quiz.peers.quizdown,
      ratios: { ...quiz.ratios.quizdown, timeMs: quiz.ratios.quizdown.clickableMs },
    }),
    ...peerRows({
      title: `**TimelineJS ${versionOf('@knight-lab/timelinejs')}**, the seed's ${timeline.events} events`,
      time: 'first event drawn',
      ours: timeline.peers.glossa,
      theirs: timeline.peers.timelinejs,
      ratios: { ...timeline.ratios, timeMs: timeline.ratios.drawnMs },
    }),
  ];
  return rows.join('\n');
}

/** The five questions over each emulated network: by glossa.js, with its chunks preloaded, by the one file, server-rendered; against the plain form. */
function networkRows(networks) {
  return networks.flatMap(({ network, loader, preloaded, oneBundle, plain, serverRendered, ratios }, index) => [
    row([
      `${index === 0 ? '**Network** ' : ''}${network}, gzip: first question clickable, by glossa.js / with its chunks preloaded / by the one file of every element (median, cold)`,
      `${ms(loader.clickableMs)} / ${ms(preloaded.clickableMs)} / ${ms(oneBundle.clickableMs)}`,
      '',
      ms(plain.clickableMs),
      '',
      `${times(ratios.loader)} / ${times(ratios.preloaded)} / ${times(ratios.oneBundle)}`,
      loader.runs,
    ]),
    serverRenderedRow(`${network}, server-rendered:`, serverRendered),
  ]);
}

/** The server-rendered quiz against the plain form: the first question drawn, and clickable once hydrated. */
function serverRenderedRow(title, { glossa, plain, ratios }) {
  return row([
    `${title} first question drawn / clickable, hydrated (median, cold)`,
    `${ms(glossa.firstClickableMs)} / ${ms(glossa.clickableMs)}`,
    '',
    `${ms(plain.firstClickableMs)} / ${ms(plain.clickableMs)}`,
    '',
    `${times(ratios.drawnMs)} / ${times(ratios.clickableMs)}`,
    glossa.runs,
  ]);
}

/** Each network's ratios to the plain form, as figures with budgets. */
function networkFigures(networks) {
  return Object.fromEntries(
    networks.flatMap(({ name, ratios, serverRendered }) => [
      [`ratio/${name}-clickable-to-plain`, ratios.loader],
      [`ratio/${name}-preloaded-clickable-to-plain`, ratios.preloaded],
      [`ratio/${name}-server-rendered-clickable-to-plain`, serverRendered.ratios.clickableMs],
    ]),
  );
}

function table(results) {
  const {
    weight,
    quiz,
    serverRendered,
    networks,
    scale,
    demo,
    whosWho,
    whosWhoRender,
    annotate,
    parse,
    render,
    draft,
    studio,
  } = results;
  const { peers, ratios } = quiz;
  const rows = [
    row([
      'measurement',
      'Glossa',
      `SurveyJS ${versionOf('survey-core')}`,
      'plain HTML',
      'Glossa/SurveyJS',
      'Glossa/plain',
      'runs',
    ]),
    row(Array(7).fill('---')),
    ...[
      ['**Weight** a page with only a quiz, by dist/glossa.js (min / gzip)', weight.cdn.quiz],
      ['a page with every widget, by dist/glossa.js (min / gzip)', weight.cdn.every],
    ].map(([label, page]) => row([label, `${kB(page.min)} / ${kB(page.gzip)}`, '', '', '', '', ''])),
    ...Object.entries(weight.entries).map(([element, { entry }]) =>
      row([
        `glossa/${element} alone with Lit (min / gzip)`,
        `${kB(entry.min)} / ${kB(entry.gzip)}`,
        '',
        '',
        '',
        '',
        '',
      ]),
    ),
    row([
      '**Same quiz** JS + CSS the page needs (gzip)',
      ...['glossa', 'survey', 'plain'].map((name) => kB(peers[name].bytes.jsCss)),
      times(ratios.survey.jsCssBytes),
      times(ratios.plain.jsCssBytes),
      '',
    ]),
    row([
      'navigation → first question clickable (median, cold)',
      ...['glossa', 'survey', 'plain'].map((name) => ms(peers[name].clickableMs)),
      times(ratios.survey.clickableMs),
      times(ratios.plain.clickableMs),
      peers.glossa.runs,
    ]),
    row([
      'JS heap after render (median, after GC)',
      ...['glossa', 'survey', 'plain'].map((name) => MB(peers[name].heapBytes)),
      times(ratios.survey.heapBytes),
      times(ratios.plain.heapBytes),
      peers.glossa.runs,
    ]),
    row([
      'server-rendered (`glossa render --page`): JS + CSS the page needs (gzip)',
      kB(serverRendered.glossa.bytes.jsCss),
      '',
      kB(serverRendered.plain.bytes.jsCss),
      '',
      times(serverRendered.ratios.jsCssBytes),
      '',
    ]),
    serverRenderedRow('server-rendered: navigation →', serverRendered),
    ...networkRows(networks),
    row([
      '**Scale** 1 quiz: first question clickable (median, cold)',
      ms(peers.glossa.clickableMs),
      '',
      '',
      '',
      '',
      peers.glossa.runs,
    ]),
    ...scale.points.map(({ count, glossa, plain }) =>
      row([
        `${count.toLocaleString('en')} quiz${count === 1 ? '' : 'zes'}, one inline article each, against ${count.toLocaleString('en')} plain form${count === 1 ? '' : 's'}: first / all clickable (median, cold)`,
        `${ms(glossa.firstClickableMs)} / ${ms(glossa.clickableMs)}`,
        '',
        `${ms(plain.firstClickableMs)} / ${ms(plain.clickableMs)}`,
        '',
        times(Math.round((glossa.clickableMs / plain.clickableMs) * 100) / 100),
        glossa.runs,
      ]),
    ),
    row([
      'log-log slope of all clickable against N, 1 to 1,000 (last decade)',
      `${scale.slope.glossa} (${scale.slope.glossaLastDecade})`,
      '',
      `${scale.slope.plain} (${scale.slope.plainLastDecade})`,
      '',
      '',
      '',
    ]),
    row([
      `${scale.most.count.toLocaleString('en')} quizzes: first clickable against 1 quiz alone; time per quiz against the plain form's`,
      `${times(scale.most.firstToOne)}; ${times(scale.most.perQuizToPlain)}`,
      '',
      '',
      '',
      '',
      '',
    ]),
    row([
      'demo page, every widget (dev server, unbundled): all rendered (median, cold)',
      ms(demo.clickableMs),
      '',
      '',
      '',
      '',
      demo.runs,
    ]),
    row([
      `\`<glossa-whos-who>\`, ${whosWho.entities.toLocaleString('en')} entities: one filter keystroke (median / slowest of ${whosWho.keystrokes})`,
      `${ms(whosWho.keystrokeMs)} / ${ms(whosWho.slowestMs)}`,
      '',
      '',
      '',
      '',
      whosWho.runs,
    ]),
    row([
      `\`<glossa-whos-who>\`, ${whosWho.entities.toLocaleString('en')} entities: a keystroke until the whole list is right, the screen first (median / slowest)`,
      `${ms(whosWho.settledMs)} / ${ms(whosWho.slowestSettledMs)}`,
      '',
      '',
      '',
      '',
      whosWho.runs,
    ]),
    row([
      `\`<glossa-whos-who>\`, ${whosWhoRender.entities.toLocaleString('en')} entities: first render, laid out (median)`,
      ms(whosWhoRender.renderMs),
      '',
      '',
      '',
      '',
      whosWhoRender.runs,
    ]),
    ...annotate.map((a) =>
      row([
        `\`<glossa-annotate mode=${a.mode}>\`, ${a.paragraphs} ¶ (${a.characters.toLocaleString('en')} chars), ` +
          `${a.entities} entities, ${a.terms.toLocaleString('en')} terms: annotate() / annotated and painted / removeAnnotations() / removed and painted (median)`,
        `${ms(a.annotateMs)} / ${ms(a.renderMs)} / ${ms(a.removeMs)} / ${ms(a.removePaintedMs)}`,
        '',
        '',
        '',
        '',
        a.runs,
      ]),
    ),
    row([`parseArticle on ${MB(parse.bytes)} of JSON (Node, median)`, ms(parse.parseMs), '', '', '', '', parse.runs]),
    row([
      `\`glossa render\` of the seed, a new process each time: ${render.widgets.map(({ widget }) => widget).join(' / ')} (median)`,
      render.widgets.map(({ renderMs }) => ms(renderMs)).join(' / '),
      '',
      '',
      '',
      '',
      render.runs,
    ]),
    ...[
      ['**Draft** the seed’s text', draft.seed],
      ['a text of the demo articles’ paragraphs', draft.long],
    ].map(([what, timing]) =>
      row([
        `${what}, ${timing.words.toLocaleString('en')} words, drafted in Chromium: first run / median`,
        `${ms(timing.firstMs)} / ${ms(timing.draftMs)}`,
        '',
        '',
        '',
        '',
        timing.runs,
      ]),
    ),
    workerDraftRow(draft.worker),
    row([
      `preview: a keystroke’s new seed article on \`<glossa-article>\`, ${draft.preview.widgets} widgets and ` +
        `${draft.preview.terms} terms: all rendered (median of ${draft.preview.keystrokes})`,
      ms(draft.preview.updateMs),
      '',
      '',
      '',
      '',
      draft.preview.runs,
    ]),
    row([
      '**Studio** built, served by `glossa studio`: a key pressed in the seed’s title field → the preview shows it (median)',
      ms(studio.keystroke.keystrokeMs),
      '',
      '',
      '',
      '',
      studio.keystroke.runs,
    ]),
    row([
      'cold first draft: Draft clicked on the seed’s text, fresh page → the forms shown, lazy chunks included (median)',
      ms(studio.firstDraft.firstDraftMs),
      '',
      '',
      '',
      '',
      studio.firstDraft.runs,
    ]),
  ];
  return rows.join('\n');
}

const results = { date: new Date().toISOString(), runs: RUNS };
results.weight = await measureWeight();
results.parse = await measureParseArticle({ runs: RUNS });
results.render = measureCliRender({ runs: RUNS });

const staticServer = await startStaticServer();
const gzipServer = await startStaticServer(process.cwd(), { gzip: true });
const devServer = await startDemoServer();
const studioServer = await startStudioServer();
const browser = await launchChromium();
try {
  results.browser = `Chromium ${browser.version()}`;
  results.quiz = await measureQuizPeers(browser, staticServer.origin, { runs: RUNS });
  results.timeline = await measureTimelinePeers(browser, staticServer.origin, { runs: RUNS });
  results.serverRendered = await measureServerRendered(browser, staticServer.origin, { runs: RUNS });
  results.networks = [];
  for (const [name, network] of Object.entries(NETWORKS)) {
    const measured = await measureQuizOnNetwork(browser, gzipServer.origin, { runs: RUNS, network });
    results.networks.push({ name, ...measured });
  }
  results.scale = await measureScaleCurve(browser, staticServer.origin, { runs: RUNS });
  results.demo = await measureDemoPage(browser, devServer.origin, { runs: RUNS });
  const page = await openBenchPage(browser, devServer.origin);
  results.whosWho = await measureWhosWhoKeystroke(page, { entities: 5000, runs: RUNS });
  results.whosWhoRender = await measureWhosWhoRender(page, { entities: 1000, runs: RUNS });
  results.annotate = [];
  results.annotate.push(await measureAnnotate(page, { mode: 'first', paragraphs: 500, runs: RUNS }));
  // Issue 19's scale: about 15,000 terms.
  results.annotate.push(await measureAnnotate(page, { mode: 'all', paragraphs: 2500, runs: RUNS }));
  await page.close();
  const draftPage = await openDraftPage(browser, devServer.origin);
  results.draft = {
    seed: await measureSeedDraft(draftPage, { runs: RUNS }),
    long: await measureLongDraft(draftPage, { runs: LONG_DRAFT_RUNS }),
    worker: await measureWorkerDraft(draftPage, { runs: LONG_DRAFT_RUNS }),
    preview: await measurePreviewUpdate(draftPage, { runs: RUNS }),
  };
  await draftPage.close();
  results.studio = {
    keystroke: await measureStudioKeystroke(browser, studioServer.origin, { runs: RUNS }),
    firstDraft: await measureStudioFirstDraft(browser, studioServer.origin, { runs: RUNS }),
  };
} finally {
  await browser.close();
  studioServer.stop();
  await devServer.stop();
  await staticServer.stop();
  await gzipServer.stop();
}

const annotateAll = results.annotate.find(({ mode }) => mode === 'all');
results.figures = {
  ...weightFigures(results.weight),
  'time/whos-who-keystroke': Math.round(results.whosWho.keystrokeMs * 10) / 10,
  'time/whos-who-keystroke-slowest': Math.round(results.whosWho.slowestMs * 10) / 10,
  'time/whos-who-settled-slowest': Math.round(results.whosWho.slowestSettledMs * 10) / 10,
  'time/whos-who-render': Math.round(results.whosWhoRender.renderMs * 10) / 10,
  'time/annotate-all-render': Math.round(annotateAll.renderMs * 10) / 10,
  'time/annotate-all-remove': Math.round(annotateAll.removeMs * 10) / 10,
  'time/cli-render-widget': Math.round(results.render.slowestMs * 10) / 10,
  'time/quiz-100-interactive':
    Math.round(results.scale.points.find(({ count }) => count === 100).glossa.clickableMs * 10) / 10,
  'ratio/quiz-clickable-to-plain': results.quiz.ratios.plain.clickableMs,
  'ratio/server-rendered-drawn-to-plain': results.serverRendered.ratios.drawnMs,
  'ratio/server-rendered-clickable-to-plain': results.serverRendered.ratios.clickableMs,
  'ratio/quiz-1000-first-to-one': results.scale.most.firstToOne,
  'ratio/quiz-1000-per-quiz-to-plain': results.scale.most.perQuizToPlain,
  'slope/quiz-clickable-last-decade': results.scale.slope.glossaLastDecade,
  'time/draft-seed': Math.round(results.draft.seed.draftMs * 10) / 10,
  'time/draft-50000-words': Math.round(results.draft.long.draftMs * 10) / 10,
  'time/preview-keystroke': Math.round(results.draft.preview.updateMs * 10) / 10,
  'time/studio-keystroke-preview': Math.round(results.studio.keystroke.keystrokeMs * 10) / 10,
  'time/studio-first-draft': Math.round(results.studio.firstDraft.firstDraftMs * 10) / 10,
  ...workerDraftFigures(results.draft.worker),
  ...networkFigures(results.networks),
};
const check = checkBudgets(readBudgets(), results.figures);
results.budgets = check.results;
console.log(`${results.browser}, ${RUNS} runs of each timing\n`);
console.log(table(results));
console.log('');
console.log(peersTable(results));
console.log('');
for (const line of formatBudgetResults(check)) console.log(line);
writeFileSync(RESULTS, `${JSON.stringify(results, null, 2)}\n`);
console.log(`written to ${RESULTS}`);
if (!check.ok) {
  console.error('A budget is exceeded (bench/budgets.json).');
  process.exitCode = 1;
}
