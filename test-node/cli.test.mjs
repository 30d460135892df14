import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';

const SEED = 'demo/articles/kazakhstan-2022.json';

/** Runs `bin/glossa.mjs` as a user would, from the project folder; `npm run build:lib` must have run. */
function glossa(...args) {
  const { status, stdout, stderr } = spawnSync(process.execPath, ['bin/glossa.mjs', ...args], { encoding: 'utf8' });
  return { status, stdout, stderr };
}

function writeArticle(change) {
  const article = JSON.parse(readFileSync(SEED, 'utf8'));
  change(article);
  const file = join(mkdtempSync(join(tmpdir(), 'glossa-cli-')), 'broken.json');
  writeFileSync(file, JSON.stringify(article));
  return file;
}

describe('glossa validate', () => {
  it('says OK for the seed article and exits with 0', () => {
    const { status, stdout } = glossa('validate', SEED);
    assert.equal(stdout, `${SEED}: OK\n`);
    assert.equal(status, 0);
  });

  it('prints the file, the JSON path and the message of each problem, and exits with 1', () => {
    const file = writeArticle((article) => {
      article.quiz.questions[1].answer = 'nowhere';
      article.entities[0].evidence = ['p999'];
    });
    const { status, stdout } = glossa('validate', file);
    assert.equal(status, 1);
    const lines = stdout.trim().split('\n');
    assert.ok(lines.length >= 2, stdout);
    for (const line of lines) assert.ok(line.startsWith(`${file}: `), line);
    assert.match(stdout, /: quiz\.questions\[1\]\.answer: .+/);
    assert.match(stdout, /: entities\[0\]\.evidence\[0\]: .+/);
  });

  it('reports a missing field at its path', () => {
    const file = writeArticle((article) => {
      delete article.explainer.summary;
    });
    const { status, stdout } = glossa('validate', file);
    assert.equal(stdout, `${file}: explainer.summary: is missing\n`);
    assert.equal(status, 1);
  });

  it('checks every file named, and fails when one of them is bad or unreadable', () => {
    const { status, stdout } = glossa('validate', SEED, 'no-such-article.json');
    assert.equal(status, 1);
    assert.match(stdout, new RegExp(`^${SEED}: OK\nno-such-article\\.json: cannot be read \\(ENOENT\\)\n$`));
  });

  it('says when a file is not JSON', () => {
    const file = join(mkdtempSync(join(tmpdir(), 'glossa-cli-')), 'text.json');
    writeFileSync(file, '{ "title": ');
    const { status, stdout } = glossa('validate', file);
    assert.match(stdout, new RegExp(`^${file.replaceAll('.', '\\.')}: \\(document\\): is not valid JSON`));
    assert.equal(status, 1);
  });

  it('asks for a file when given none', () => {
    const { status, stderr } = glossa('validate');
    assert.match(stderr, /name at least one article file/);
    assert.equal(status, 2);
  });
});

describe('glossa schema', () => {
  it('prints article.schema.json', () => {
    const { status, stdout } = glossa('schema');
    assert.equal(status, 0);
    assert.equal(stdout, readFileSync('article.schema.json', 'utf8'));
    assert.equal(JSON.parse(stdout).title, 'Glossa article');
  });
});

describe('glossa --help', () => {
  it('lists the commands', () => {
    const { status, stdout } = glossa('--help');
    assert.equal(status, 0);
    for (const command of ['validate', 'schema', 'render']) assert.match(stdout, new RegExp(`^  ${command} `, 'm'));
  });

  it('refuses an unknown command with the help and exit code 2', () => {
    const { status, stderr } = glossa('publish');
    assert.match(stderr, /unknown command "publish"/);
    assert.equal(status, 2);
  });
});
