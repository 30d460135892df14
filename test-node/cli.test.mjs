import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';

const SEED = 'demo/articles/kazakhstan-2022.json';
/** What must not reach a terminal raw, but for the newlines that end lines (the tests count those). */
const CONTROL_CHARACTER = /[^\P{Cc}\n]|[\p{Cf}\p{Cs}\p{Zl}\p{Zp}]/u;

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

  it('reads a file that starts with a byte-order mark', () => {
    const file = join(mkdtempSync(join(tmpdir(), 'glossa-cli-')), 'bom.json');
    writeFileSync(file, `\uFEFF${readFileSync(SEED, 'utf8')}`);
    const { status, stdout } = glossa('validate', file);
    assert.equal(stdout, `${file}: OK\n`);
    assert.equal(status, 0);
  });

  it('shows control characters of the model as escapes, so no text can steer the terminal or fake a line', () => {
    const hostile = 'Mayor\u001b[2J\u001b]0;pwned\u0007\r\nbroken.json: OK\u009b\u202e\u2028';
    const shown = 'Mayor\\x1b[2J\\x1b]0;pwned\\x07\\r\\nbroken.json: OK\\x9b\\u202e\\u2028';
    const quoted = writeArticle((article) => {
      const pairs = article.quiz.questions.find((question) => question.type === 'match').pairs;
      pairs[0].right = pairs[1].right = hostile;
    });
    const named = writeArticle((article) => (article[hostile] = 1));
    const { status, stdout } = glossa('validate', quoted, named);
    assert.equal(status, 1);
    assert.doesNotMatch(stdout, CONTROL_CHARACTER);
    const lines = stdout.trimEnd().split('\n');
    assert.equal(lines.length, 2, stdout);
    assert.ok(lines[0].startsWith(`${quoted}: quiz.questions[`) && lines[0].includes(`repeats "${shown}"`), lines[0]);
    assert.ok(
      lines[1].startsWith(`${named}: [`) && lines[1].endsWith('\\u202e\\u2028"]: is not a field here'),
      lines[1],
    );
  });

  it('shows control characters of a file name as escapes', () => {
    const folder = mkdtempSync(join(tmpdir(), 'glossa-cli-'));
    const file = join(folder, 'a\u001b]0;pwned\u0007\rb\u202e.json');
    writeFileSync(file, '{');
    const missing = join(folder, 'gone\nfake.json: OK');
    const { status, stdout } = glossa('validate', file, missing);
    assert.equal(status, 1);
    assert.doesNotMatch(stdout, CONTROL_CHARACTER);
    assert.equal(stdout.split('\n').length, 3, stdout);
    assert.ok(
      stdout.startsWith(`${folder}/a\\x1b]0;pwned\\x07\\rb\\u202e.json: (document): is not valid JSON`),
      stdout,
    );
    assert.ok(stdout.endsWith(`${folder}/gone\\nfake.json: OK: cannot be read (ENOENT)\n`), stdout);
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

describe('glossa', () => {
  it('refuses an unknown command with the help and exit code 2', () => {
    const { status, stderr } = glossa('publish');
    assert.match(stderr, /unknown command "publish"/);
    assert.equal(status, 2);
  });

  it('shows control characters of an unknown command as escapes', () => {
    const { stderr } = glossa('\u001b[2Jpublish\u202e');
    assert.match(stderr, /^glossa: unknown command "\\x1b\[2Jpublish\\u202e"\n/);
  });
});
