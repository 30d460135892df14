import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { parseArticle } from '../dist/model/index.js';

/** Runs `glossa draft` as a user would, from the project folder; `npm run build:lib` must have run. */
function draft(...args) {
  const { status, stdout, stderr } = spawnSync(process.execPath, ['bin/glossa.mjs', 'draft', ...args], {
    encoding: 'utf8',
  });
  return { status, stdout, stderr };
}

function tempFile(name, content) {
  const file = join(mkdtempSync(join(tmpdir(), 'glossa-draft-')), name);
  writeFileSync(file, content);
  return file;
}

describe('glossa draft', () => {
  it('prints a valid article drafted from the seed’s text, its paragraphs and figures as in the hand-made model', () => {
    const { status, stdout, stderr } = draft('demo/articles/kazakhstan-2022.txt', '--published', '2022-01-11');
    assert.equal(status, 0, stderr);
    const article = JSON.parse(stdout);
    const result = parseArticle(article);
    assert.ok(result.ok, JSON.stringify(result.issues));
    const model = JSON.parse(readFileSync('demo/articles/kazakhstan-2022.json', 'utf8'));
    assert.deepEqual(article.paragraphs, model.paragraphs);
    assert.deepEqual(
      article.figures.map(({ caption, credit, after }) => ({ caption, credit, after })),
      model.figures.map(({ caption, credit, after }) => ({ caption, credit, after })),
    );
    assert.equal(article.published, '2022-01-11');
    assert.match(
      stderr,
      /^Drafted 19 paragraphs, 2 figures, .*: every drafted item is marked for review in the Studio\.\n/,
    );
  });

  it('drafts a Word document and takes --id and --lang', () => {
    const { status, stdout, stderr } = draft(
      'test/draft/fixtures/import/report.docx',
      '--id',
      'bridge',
      '--lang',
      'en-GB',
    );
    assert.equal(status, 0, stderr);
    const article = JSON.parse(stdout);
    assert.equal(article.id, 'bridge');
    assert.equal(article.lang, 'en-GB');
    assert.match(stderr, /The file’s 2 images were left out/);
  });

  it('reads standard input with -', () => {
    const { status, stdout } = spawnSync(process.execPath, ['bin/glossa.mjs', 'draft', '-'], {
      encoding: 'utf8',
      input: 'A title\n\nThe council met on Tuesday and agreed on a budget.\n',
    });
    assert.equal(status, 0);
    assert.equal(JSON.parse(stdout).title, 'A title');
  });

  it('exits with 1 and a message for an empty file, binary data and a .docx that is not one', () => {
    const cases = [
      [tempFile('empty.txt', ''), /The file is empty/],
      [tempFile('binary.txt', Buffer.from([0, 1, 2, 3, 0, 255, 254])), /binary data, not text/],
      [tempFile('fake.docx', 'not a zip'), /not a Word document/],
    ];
    for (const [file, message] of cases) {
      const { status, stdout, stderr } = draft(file);
      assert.equal(status, 1, file);
      assert.equal(stdout, '');
      assert.match(stderr, message);
    }
  });

  it('exits with 2 and the usage for a wrong --published', () => {
    const { status, stderr } = draft('demo/articles/kazakhstan-2022.txt', '--published', 'yesterday');
    assert.equal(status, 2);
    assert.match(stderr, /--published must be a date written YYYY-MM-DD/);
  });
});
