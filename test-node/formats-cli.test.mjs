import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { parseArticle } from '../dist/model/index.js';

const SEED = 'demo/articles/kazakhstan-2022.json';

/** Runs `bin/glossa.mjs` as a user would; `npm run build:lib` must have run. */
function glossa(...args) {
  const { status, stdout, stderr } = spawnSync(process.execPath, ['bin/glossa.mjs', ...args], { encoding: 'utf8' });
  return { status, stdout, stderr };
}

function tempFile(name, content) {
  const file = join(mkdtempSync(join(tmpdir(), 'glossa-formats-')), name);
  writeFileSync(file, content);
  return file;
}

describe('glossa export and glossa import', () => {
  for (const format of ['gift', 'aiken', 'csv']) {
    it(`exports the seed's quiz as ${format} and imports it back as an article that passes parseArticle`, () => {
      const extension = { gift: 'gift', aiken: 'txt', csv: 'csv' }[format];
      const file = join(mkdtempSync(join(tmpdir(), 'glossa-formats-')), `kazakhstan-quiz.${extension}`);
      const exported = glossa('export', SEED, '--format', format, '-o', file);
      assert.equal(exported.status, 0, exported.stderr);
      assert.equal(exported.stdout, '');
      assert.match(exported.stderr, new RegExp(`^${SEED}: .*evidence of these 19 questions is left out`, 'm'));
      const imported = glossa('import', file);
      assert.equal(imported.status, 0, imported.stderr);
      const result = parseArticle(imported.stdout);
      assert.ok(result.ok, JSON.stringify(result.issues));
      assert.ok(result.article.quiz.questions.length >= 6);
      assert.match(imported.stderr, /questions imported/);
      if (format === 'gift') assert.equal(result.article.title, 'Kazakhstan’s uprising: test your understanding');
      else assert.equal(result.article.title, 'Kazakhstan quiz');
    });
  }

  it("exports the seed's quiz as a QTI package into a folder, and imports the folder and one item back", () => {
    const folder = join(mkdtempSync(join(tmpdir(), 'glossa-formats-')), 'kazakhstan-qti');
    const exported = glossa('export', SEED, '--format', 'qti', '-o', folder);
    assert.equal(exported.status, 0, exported.stderr);
    assert.ok(readdirSync(join(folder, 'items')).length === 19);
    const imported = glossa('import', folder);
    assert.equal(imported.status, 0, imported.stderr);
    const result = parseArticle(imported.stdout);
    assert.ok(result.ok, JSON.stringify(result.issues));
    const seed = JSON.parse(readFileSync(SEED, 'utf8'));
    assert.deepEqual(
      result.article.quiz.questions.map((question) => [question.id, question.type]),
      seed.quiz.questions.map((question) => [question.id, question.type]),
    );
    const [item] = readdirSync(join(folder, 'items'));
    const one = glossa('import', join(folder, 'items', item));
    assert.equal(one.status, 0, one.stderr);
    assert.equal(JSON.parse(one.stdout).quiz.questions.length, 1);
    const refused = glossa('export', SEED, '--format', 'qti');
    assert.equal(refused.status, 2);
    assert.match(refused.stderr, /name a folder for them with -o/);
  });

  it('refuses a sealed quiz, whose answer key no format can write', () => {
    const sealed = join(mkdtempSync(join(tmpdir(), 'glossa-formats-')), 'sealed.json');
    assert.equal(glossa('seal', SEED, '-o', sealed).status, 0);
    const { status, stdout, stderr } = glossa('export', sealed, '--format', 'gift');
    assert.equal(status, 1);
    assert.equal(stdout, '');
    assert.match(stderr, /its answer key is sealed; open it first with glossa seal --open/);
  });

  it('prints to standard output without -o, and warns naming the question', () => {
    const { status, stdout, stderr } = glossa('export', SEED, '--format', 'gift');
    assert.equal(status, 0);
    assert.match(stdout, /^::trigger:: What set off the protests in Kazakhstan\? \{$/m);
    assert.match(stderr, /^demo\/articles\/kazakhstan-2022\.json: sequence: an order question is left out/m);
  });

  it('replaces the quiz of the --article, keeping its pass mark, with --id', () => {
    const quiz = tempFile('extra.gift', '::extra:: Is the sky blue? {TRUE}\n');
    const { status, stdout, stderr } = glossa('import', quiz, '--article', SEED, '--id', 'with-extra');
    assert.equal(status, 0, stderr);
    const article = JSON.parse(stdout);
    assert.equal(article.id, 'with-extra');
    assert.deepEqual(article.quiz.questions, [
      { id: 'extra', type: 'true-false', prompt: 'Is the sky blue?', answer: true },
    ]);
    assert.equal(article.quiz.passPercent, 70);
    assert.equal(article.paragraphs.length, JSON.parse(readFileSync(SEED, 'utf8')).paragraphs.length);
  });

  it('names file:line:column and what was expected for a file that does not parse, with exit code 1', () => {
    const file = tempFile('broken.gift', 'First? {T}\n\nSecond? {=a ~b\n');
    const { status, stdout, stderr } = glossa('import', file);
    assert.equal(status, 1);
    assert.equal(stdout, '');
    assert.equal(stderr, `${file}:3:9: "{" opens the answers, but no "}" closes them before the blank line\n`);
  });

  it('reads a .txt as Aiken only when it has its shape, or with --format aiken', () => {
    const article = glossa('import', 'demo/articles/kazakhstan-2022.txt');
    assert.equal(article.status, 1);
    assert.match(article.stderr, /does not have the shape of Aiken .* give --format aiken .* glossa draft/);
    const forced = glossa('import', 'demo/articles/kazakhstan-2022.txt', '--format', 'aiken');
    assert.equal(forced.status, 1);
    assert.match(forced.stderr, /^demo\/articles\/kazakhstan-2022\.txt:\d+:\d+: expected /);
  });

  it('refuses unknown formats and extensions with exit code 2, and a file without questions with 1', () => {
    assert.equal(glossa('export', SEED, '--format', 'docx').status, 2);
    assert.equal(glossa('export', SEED).status, 2);
    const unknown = glossa('import', tempFile('quiz.xlsx', 'x'));
    assert.equal(unknown.status, 2);
    assert.match(unknown.stderr, /cannot tell its format from its extension/);
    const essay = glossa('import', tempFile('essay.gift', 'Write about it. {}\n'));
    assert.equal(essay.status, 1);
    assert.match(
      essay.stderr,
      /question 1 \(line 1\): an essay question is not imported.*\n.*holds no question Glossa can import/,
    );
  });
});
