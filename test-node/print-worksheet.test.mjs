import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { launchChromium } from '../scripts/browser.mjs';

/**
 * The seed's quiz printed as a worksheet by Chromium, to PDF, read back by Poppler (`pdftotext`, a
 * reader of its own), with every question type complete on paper: each prompt, and each choice, item
 * to order, and both sides of a match; the answer key on a page of its own after the questions. The
 * pages are also drawn as PNGs into reports/print/, to look at. The quiz is the server-rendered page of
 * `glossa render --page`, so what prints is what the print styles make of the quiz alone.
 */
const SEED = 'demo/articles/kazakhstan-2022.json';
const PAGES = 'reports/print';
const seed = JSON.parse(readFileSync(SEED, 'utf8'));
const folded = (text) => text.replace(/\s+/g, ' ').trim();

/** The texts a reader needs on paper to answer the question. */
function textsOf(question) {
  const prompt = question.prompt.split('___').map(folded);
  switch (question.type) {
    case 'single':
    case 'multiple':
      return [...prompt, ...question.choices.map((choice) => choice.text)];
    case 'true-false':
      return [...prompt, 'True', 'False'];
    case 'order':
      return [...prompt, ...question.items.map((item) => item.text)];
    case 'match':
      return [...prompt, ...question.pairs.flatMap((pair) => [pair.left, pair.right])];
    default:
      return prompt;
  }
}

describe('the printed worksheet', () => {
  let folder;
  let pages;
  before(async () => {
    folder = mkdtempSync(join(tmpdir(), 'glossa-print-'));
    const html = execFileSync(
      process.execPath,
      [
        'bin/glossa.mjs',
        'render',
        SEED,
        '--widget',
        'quiz',
        '--attribute',
        'print-key=',
        '--page',
        '--script',
        'none.js',
      ],
      { encoding: 'utf8' },
    );
    const browser = await launchChromium();
    const page = await browser.newPage();
    await page.setContent(html, { waitUntil: 'domcontentloaded' });
    const pdf = join(folder, 'quiz.pdf');
    writeFileSync(pdf, await page.pdf({ format: 'A4', printBackground: true }));
    await browser.close();
    pages = execFileSync('pdftotext', ['-enc', 'UTF-8', pdf, '-'], { encoding: 'utf8' }).split('\f').map(folded);
    mkdirSync(PAGES, { recursive: true });
    execFileSync('pdftoppm', ['-png', '-r', '60', pdf, join(PAGES, 'quiz')]);
  });
  after(() => rmSync(folder, { recursive: true, force: true }));

  const keyPage = () => pages.findIndex((text) => text.startsWith('Answer key'));

  for (const type of ['single', 'multiple', 'true-false', 'fill-blank', 'order', 'match']) {
    it(`prints every ${type} question complete, before the key`, () => {
      const questions = pages.slice(0, keyPage()).join(' ');
      const missing = seed.quiz.questions
        .filter((question) => question.type === type)
        .flatMap((question) => textsOf(question).filter((text) => !questions.includes(folded(text))));
      assert.deepEqual(missing, []);
    });
  }

  it('prints the answer key from the top of a page of its own, after every question', () => {
    assert.ok(keyPage() > 0, 'a page starts with the key');
    const key = pages.slice(keyPage()).join(' ');
    assert.ok(key.includes(folded(seed.quiz.questions.at(-1).prompt.split('___')[0])));
    assert.ok(!pages.slice(0, keyPage()).join(' ').includes('Answer key'));
  });
});
