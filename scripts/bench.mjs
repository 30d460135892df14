import { readFileSync, writeFileSync } from 'node:fs';
import { launchChromium, startDemoServer } from './browser.mjs';

/**
 * `npm run bench`: measurements in headless Chromium over the dev server, one function per
 * measurement. Prints a table row per result and merges the figures into bench/results.json.
 * Not part of `npm test`: timings depend on the machine.
 */
const RESULTS = 'bench/results.json';
const RUNS = 7;

const round = (ms) => Math.round(ms * 10) / 10;

/** One measurement: `<glossa-annotate>` over a 500-paragraph body with 200 entities. */
async function measureAnnotate(page, { paragraphs = 500, entities = 200, mode }) {
  const result = await page.evaluate((options) => window.glossaBench.timeAnnotate(options), { paragraphs, entities, mode, runs: RUNS });
  return {
    key: `annotate-${paragraphs}p-${entities}e-${mode}`,
    label: `<glossa-annotate mode=${mode}>, ${paragraphs} paragraphs (${result.characters.toLocaleString('en')} chars), ${entities} entities`,
    result: { ...result, annotateMs: round(result.annotateMs), renderMs: round(result.renderMs), removeMs: round(result.removeMs) },
    row: `| ${paragraphs} ¶ × ${entities} entities, mode=${mode} | ${round(result.annotateMs)} ms | ${round(result.renderMs)} ms | ${round(result.removeMs)} ms | ${result.terms} | ${RUNS} |`,
  };
}

const MEASUREMENTS = [
  (page) => measureAnnotate(page, { mode: 'first' }),
  (page) => measureAnnotate(page, { mode: 'all' }),
  // Fewer entities, same text; then twice the text: annotate time follows the text, not entities × text.
  (page) => measureAnnotate(page, { entities: 20, mode: 'all' }),
  (page) => measureAnnotate(page, { paragraphs: 1000, mode: 'all' }),
];

function previousResults() {
  try {
    return JSON.parse(readFileSync(RESULTS, 'utf8'));
  } catch {
    return { measurements: {} };
  }
}

const server = await startDemoServer();
const browser = await launchChromium();
try {
  const page = await browser.newPage();
  page.on('pageerror', (error) => console.error(error));
  await page.goto(`${server.origin}/bench/`);
  await page.waitForFunction(() => customElements.get('glossa-annotate') && window.glossaBench);
  console.log('| body | annotate (median) | terms render | remove | terms | runs |');
  console.log('|---|---|---|---|---|---|');
  const results = previousResults();
  results.browser = `Chromium ${browser.version()}`;
  results.date = new Date().toISOString();
  for (const measure of MEASUREMENTS) {
    const { key, label, result, row } = await measure(page);
    console.log(row);
    results.measurements[key] = { label, ...result };
  }
  writeFileSync(RESULTS, `${JSON.stringify(results, null, 2)}\n`);
  console.log(`written to ${RESULTS}`);
} finally {
  await browser.close();
  await server.stop();
}
