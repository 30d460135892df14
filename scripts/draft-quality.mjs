import { readdirSync, readFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import { draftArticle } from '../dist/draft/index.js';
import { parseArticle } from '../dist/model/index.js';
import { SCORED_KINDS, scoreDraft, seedTargets, termPrecisionTarget } from './draft-quality-scores.mjs';

/**
 * `npm run draft:quality`: drafts each article of demo/articles that has both its text (`.txt`) and its
 * hand-made model (`.json`), with the draft module as built (`npm run build:lib` first), as the CLI
 * would, and prints how the draft compares with the model. `--json` prints the figures as JSON;
 * `--check` exits 1 when the seed's draft misses a target of issue 15, or the terms drafted from all the
 * articles fall below their precision floor.
 */
const FOLDER = 'demo/articles';
const SEED = 'kazakhstan-2022';

const args = new Set(process.argv.slice(2));

function articlePairs() {
  const files = new Set(readdirSync(FOLDER));
  return [...files]
    .filter((file) => file.endsWith('.txt') && files.has(file.replace(/\.txt$/, '.json')))
    .map((file) => file.replace(/\.txt$/, ''))
    .sort((a, b) => (a === SEED ? -1 : b === SEED ? 1 : a.localeCompare(b)));
}

async function measure(name) {
  const text = readFileSync(`${FOLDER}/${name}.txt`, 'utf8');
  const hand = JSON.parse(readFileSync(`${FOLDER}/${name}.json`, 'utf8'));
  const start = performance.now();
  const draft = await draftArticle({ kind: 'text', text });
  const draftMs = performance.now() - start;
  const result = parseArticle(draft.article);
  const scores = scoreDraft(hand, draft.article, result.ok ? [] : result.issues);
  return { name, lang: hand.lang, draftLang: draft.article.lang, draftMs, scores, draft: draft.article };
}

const percent = (value) => (value === undefined ? '–' : `${Math.round(value * 100)} %`);
const mark = (ok) => (ok ? '✓' : '✗');
const row = (cells) => `| ${cells.join(' | ')} |`;
const KIND_LABELS = { person: 'people', organization: 'organizations', place: 'places' };

function table(results) {
  const cells = (format) => results.map(({ scores }) => format(scores));
  const entityCells = (kind) =>
    cells(({ entities }) => {
      const { recall, precision, found, hand, right, drafted } = entities[kind];
      return `${percent(recall)} (${found}/${hand}) / ${percent(precision)} (${right}/${drafted})`;
    });
  return [
    row(['measure', ...results.map(({ name, lang }) => `${name} (${lang})`)]),
    row(Array(results.length + 1).fill('---')),
    row([
      'paragraphs exact (same / hand, drafted)',
      ...cells(({ paragraphs: p }) => `${mark(p.exact)} ${p.same}/${p.hand}, ${p.drafted}`),
    ]),
    row([
      'figures exact: caption, credit, after (same / hand, drafted)',
      ...cells(({ figures: f }) => `${mark(f.exact)} ${f.same}/${f.hand}, ${f.drafted}`),
    ]),
    ...SCORED_KINDS.map((kind) => row([`${KIND_LABELS[kind]}: recall / precision`, ...entityCells(kind)])),
    row(['**people, organizations and places: recall / precision**', ...entityCells('all')]),
    row(['terms: recall / precision', ...entityCells('term')]),
    row([
      'key-fact numbers found (by number / with its unit, of hand; drafted)',
      ...cells(({ keyFacts: k }) => `${k.found} / ${k.withUnit} of ${k.hand}; ${k.drafted}`),
    ]),
    row([
      'questions valid with their quote (of drafted; types)',
      ...cells(({ questions: q }) => `${q.valid} of ${q.drafted}; ${q.types.join(', ') || '–'}`),
    ]),
    row(['timeline events drafted / with dates', ...cells(({ timeline: t }) => `${t.drafted} / ${t.dated}`)]),
    row([
      'draft valid (parseArticle issues)',
      ...cells(({ issues }) => `${mark(issues.length === 0)} ${issues.length}`),
    ]),
    row(['language detected', ...results.map(({ draftLang }) => draftLang)]),
    row(['drafted in (Node, one cold run)', ...results.map(({ draftMs }) => `${Math.round(draftMs)} ms`)]),
  ].join('\n');
}

/** What to look at first when tuning the draft: what it missed, got wrong or could not validate. */
function details({ name, scores }) {
  const { entities, keyFacts, questions, issues } = scores;
  const list = (items) => (items.length > 0 ? items.join('; ') : 'none');
  const numbers = keyFacts.numbers
    .filter((number) => !number.withUnit)
    .map(({ number, unit }) => `${number}${unit ? ` ${unit}` : ''}`);
  return [
    `${name}`,
    `  missed: ${list(entities.all.missed)}`,
    `  wrong: ${list(entities.all.wrong)}`,
    `  terms missed: ${list(entities.term.missed)}`,
    `  terms wrong: ${list(entities.term.wrong)}`,
    `  key-fact numbers not found with their unit: ${list(numbers)}`,
    `  question problems: ${list(questions.problems.slice(0, 10))}`,
    `  draft issues: ${issues.length} ${issues.length > 0 ? `(first: ${issues[0]})` : ''}`,
  ].join('\n');
}

const results = [];
for (const name of articlePairs()) results.push(await measure(name));
const seed = results.find((result) => result.name === SEED);
const targets = seedTargets(seed.scores, seed.draft);
const termTarget = termPrecisionTarget(results.map((result) => result.scores));

if (args.has('--json')) {
  const figures = results.map(({ name, lang, draftLang, draftMs, scores }) => ({
    name,
    lang,
    draftLang,
    draftMs,
    ...scores,
  }));
  console.log(JSON.stringify({ articles: figures, seedTargets: targets, termTarget }, null, 2));
} else {
  console.log(table(results));
  console.log('');
  for (const result of results) console.log(details(result));
  console.log('');
  console.log(`Issue 15's targets for the seed (${SEED}):`);
  for (const { target, met, got } of targets) console.log(`  ${mark(met)} ${target}: ${got}`);
  console.log(`Terms: ${mark(termTarget.met)} ${termTarget.target}: ${termTarget.got}`);
}
if (args.has('--check') && !targets.every((target) => target.met)) {
  console.error(`The seed's draft misses ${targets.filter((target) => !target.met).length} of issue 15's targets.`);
  process.exitCode = 1;
}
if (args.has('--check') && !termTarget.met) {
  console.error(`The drafted terms miss their floor: ${termTarget.target}, got ${termTarget.got}.`);
  process.exitCode = 1;
}
