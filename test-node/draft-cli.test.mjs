import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { parseArticle } from '../dist/model/index.js';

/** Runs `glossa draft` as a user would, from the project folder; `npm run build:lib` must have run. */
function glossaDraft(args, input) {
  const { status, stdout, stderr } = spawnSync(process.execPath, ['bin/glossa.mjs', 'draft', ...args], {
    encoding: 'utf8',
    input,
  });
  return { status, stdout, stderr };
}

function scratchFile(name, contents) {
  const file = join(mkdtempSync(join(tmpdir(), 'glossa-draft-')), name);
  writeFileSync(file, contents);
  return file;
}

/** A figure as the import can know it: without the id, alt text and licence a person adds. */
function drafted(figure) {
  const rest = { ...figure };
  delete rest.id;
  delete rest.alt;
  delete rest.license;
  return rest;
}

for (const name of ['kazakhstan-2022', 'perseverance-bunsen-peak-2024', 'juice-lancement-2023']) {
  describe(`glossa draft demo/articles/${name}.txt`, () => {
    const { status, stdout, stderr } = glossaDraft([`demo/articles/${name}.txt`]);
    const hand = JSON.parse(readFileSync(`demo/articles/${name}.json`, 'utf8'));

    it('prints a valid article whose paragraphs and figures are the hand model’s, exactly', () => {
      assert.equal(status, 0, stderr);
      const result = parseArticle(JSON.parse(stdout));
      assert.ok(result.ok, JSON.stringify(result.issues));
      assert.deepEqual(result.article.paragraphs, hand.paragraphs);
      assert.deepEqual(result.article.figures.map(drafted), hand.figures.map(drafted));
    });

    it('says on standard error what it drafted', () => {
      assert.match(
        stderr,
        /^Drafted \d+ paragraphs, \d+ figures?, .*; every drafted item is marked for review in the Studio\.$/mu,
      );
    });
  });
}

describe('glossa draft options and formats', () => {
  it('takes --lang, --published and --id over what the text says', () => {
    const { status, stdout, stderr } = glossaDraft([
      'demo/articles/kazakhstan-2022.txt',
      '--lang',
      'de',
      '--published=2022-01-12',
      '--id',
      'uprising',
    ]);
    assert.equal(status, 0, stderr);
    const article = JSON.parse(stdout);
    assert.equal(article.lang, 'de');
    assert.equal(article.published, '2022-01-12');
    assert.equal(article.id, 'uprising');
  });

  it('reads standard input as text with -', () => {
    const { status, stdout } = glossaDraft(
      ['-'],
      'A short story\n\nThe council met on Tuesday and agreed the budget.\n',
    );
    assert.equal(status, 0);
    assert.equal(JSON.parse(stdout).title, 'A short story');
  });

  it('reads Markdown, HTML and Word files', () => {
    const markdown = scratchFile('post.md', '# A post\n\nThe **council** met on [Tuesday](https://example.org).\n');
    const html = scratchFile(
      'page.html',
      '<html lang="fr"><body><nav>Menu</nav><article><h1>Un titre</h1><p>Le conseil s’est réuni mardi pour le budget.</p></article><script>alert(1)</script></body></html>',
    );
    assert.equal(JSON.parse(glossaDraft([markdown]).stdout).paragraphs[0].text, 'The council met on Tuesday.');
    const page = JSON.parse(glossaDraft([html]).stdout);
    assert.equal(page.lang, 'fr');
    assert.deepEqual(page.paragraphs, [{ id: 'p1', text: 'Le conseil s’est réuni mardi pour le budget.' }]);
    const word = glossaDraft(['test/draft/fixtures/import/report.docx']);
    assert.equal(word.status, 0, word.stderr);
    assert.ok(parseArticle(JSON.parse(word.stdout)).ok);
    assert.match(word.stderr, /image/u);
  });
});

describe('glossa draft refuses what it cannot draft', () => {
  const refusals = [
    ['an empty file', scratchFile('empty.txt', ''), /The file is empty/u],
    ['binary data', scratchFile('data.txt', Buffer.from([0, 1, 2, 3, 0, 255, 254, 0])), /binary data, not text/u],
    ['a .docx that is not a zip', scratchFile('fake.docx', 'just some text'), /docx/iu],
    ['an article model', scratchFile('article.json', '{}'), /article model already/u],
    ['a file that is not there', '/nonexistent/article.txt', /cannot be read/u],
  ];
  for (const [what, file, message] of refusals) {
    it(`exits with 1 for ${what}, and says why`, () => {
      const { status, stdout, stderr } = glossaDraft([file]);
      assert.equal(status, 1);
      assert.equal(stdout, '');
      assert.match(stderr, message);
    });
  }

  it('exits with 2 and its usage for a wrong option or date', () => {
    assert.equal(glossaDraft(['a.txt', '--colour']).status, 2);
    const { status, stderr } = glossaDraft(['a.txt', '--published', '11/01/2022']);
    assert.equal(status, 2);
    assert.match(stderr, /YYYY-MM-DD/u);
  });
});
