import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, normalize } from 'node:path';
import { describe, it } from 'node:test';
import { unzipSync } from 'fflate';

const SEED = 'demo/articles/kazakhstan-2022.json';

function glossa(...args) {
  const { status, stderr } = spawnSync(process.execPath, ['bin/glossa.mjs', 'package', ...args], { encoding: 'utf8' });
  return { status, stderr };
}

const temporary = () => mkdtempSync(join(tmpdir(), 'glossa-package-'));

/** Packages `file` with `options` into a new folder: the exit status, what was said, and the zip's entries. */
function packaged(file, ...options) {
  const out = join(temporary(), 'out.zip');
  const { status, stderr } = glossa(file, ...options, '-o', out);
  return { status, stderr, bytes: status === 0 ? readFileSync(out) : undefined };
}

const entries = (bytes) => unzipSync(bytes);
const text = (bytes) => new TextDecoder().decode(bytes);

/** The `href` of every `<file>` in a manifest, read with a pattern rather than our own writer's code. */
const manifestFiles = (manifest) => [...manifest.matchAll(/<file href="([^"]+)"\/>/g)].map(([, href]) => href);

describe('glossa package', () => {
  it('writes a SCORM 1.2 package whose manifest lists every file but itself', () => {
    const { status, bytes } = packaged(SEED, '--scorm12');
    assert.equal(status, 0);
    const files = entries(bytes);
    const manifest = text(files['imsmanifest.xml']);
    assert.match(manifest, /<schemaversion>1\.2<\/schemaversion>/);
    assert.match(manifest, /adlcp:scormtype="sco" href="index.html"/);
    assert.match(manifest, /xmlns="http:\/\/www\.imsproject\.org\/xsd\/imscp_rootv1p1p2"/);
    assert.deepEqual(
      manifestFiles(manifest).sort(),
      Object.keys(files)
        .filter((path) => path !== 'imsmanifest.xml')
        .sort(),
    );
    assert.match(text(files['index.html']), /<meta name="glossa-scorm" content="1\.2" \/>/);
    assert.deepEqual(JSON.parse(text(files['article.json'])), JSON.parse(readFileSync(SEED, 'utf8')));
  });

  it('writes a SCORM 2004 4th edition package, sequenced so only the quiz completes it', () => {
    const { status, bytes } = packaged(SEED, '--scorm2004');
    assert.equal(status, 0);
    const manifest = text(entries(bytes)['imsmanifest.xml']);
    assert.match(manifest, /<schemaversion>2004 4th Edition<\/schemaversion>/);
    assert.match(manifest, /adlcp:scormType="sco"/);
    assert.match(manifest, /completionSetByContent="true" objectiveSetByContent="true"/);
    assert.match(manifest, /xmlns:imsss="http:\/\/www\.imsglobal\.org\/xsd\/imsss"/);
  });

  it('ships every module the launch page loads, with each module they import, and no reader bundle holds the bridge', () => {
    const { bytes } = packaged(SEED, '--scorm2004', '--lang', 'ru', '--theme', 'dark');
    const files = entries(bytes);
    const page = text(files['index.html']);
    const loaded = [...page.matchAll(/<(?:script type="module" src|link rel="stylesheet" href)="([^"]+)"/g)].map(
      ([, src]) => src,
    );
    assert.deepEqual(loaded, [
      'glossa/themes/dark.css',
      'glossa/glossa.js',
      'glossa/lang/ru.js',
      'glossa/scorm-bridge.js',
    ]);
    assert.match(page, /<glossa-quiz src="article.json" lang="ru" theme="dark">/);
    for (const path of Object.keys(files).filter((file) => file.endsWith('.js'))) {
      for (const [, specifier] of text(files[path]).matchAll(/["'](\.\.?\/[^"']+\.js)["']/g))
        assert.ok(normalize(join(dirname(path), specifier)) in files, `${path} imports ${specifier}`);
    }
    assert.doesNotMatch(text(files['glossa/glossa.js']), /API_1484_11|LMSInitialize/);
  });

  it('gives the same bytes for the same article and options', () => {
    assert.deepEqual(packaged(SEED, '--scorm12').bytes, packaged(SEED, '--scorm12').bytes);
  });

  it('says when the article has no strings in the language asked for', () => {
    const { status, stderr } = packaged(SEED, '--scorm12', '--lang', 'pt-BR');
    assert.equal(status, 0);
    assert.match(stderr, /no strings in "pt-BR"/);
  });

  it('warns when a finished attempt may not fit in SCORM 1.2 suspend data', () => {
    const article = JSON.parse(readFileSync(SEED, 'utf8'));
    const question = article.quiz.questions.find(({ type }) => type === 'fill-blank');
    article.quiz.questions = Array.from({ length: 80 }, (_, index) => ({ ...question, id: `q${index}` }));
    const file = join(temporary(), 'long.json');
    writeFileSync(file, JSON.stringify(article));
    assert.match(packaged(file, '--scorm12').stderr, /may not fit in SCORM 1\.2's 4096 characters/);
    assert.doesNotMatch(packaged(file, '--scorm2004').stderr, /may not fit/);
  });

  const refusals = [
    [[SEED], /name one target: --scorm12 or --scorm2004/, 2],
    [[SEED, '--scorm12', '--scorm2004'], /name one target/, 2],
    [[SEED, '--scorm12', '--widget', 'explainer'], /takes only "quiz"/, 2],
    [[SEED, '--scorm12', '--theme', 'pink'], /--theme: theme takes "light", "dark", "auto", "contrast", not "pink"/, 2],
    [[SEED, '--scorm12', '--lang', 'not a tag'], /--lang takes a language tag/, 2],
    [[SEED, '--scorm12', '--cmi5'], /name one target: --scorm12 or --scorm2004 or --cmi5/, 2],
    [['missing.json', '--scorm12'], /missing\.json: cannot be read/, 1],
  ];
  for (const [args, message, code] of refusals) {
    it(`refuses ${args.slice(1).join(' ') || 'no target'} with exit code ${code}`, () => {
      const { status, stderr } = glossa(...args);
      assert.match(stderr, message);
      assert.equal(status, code);
    });
  }

  it('refuses an article without a quiz', () => {
    const article = JSON.parse(readFileSync(SEED, 'utf8'));
    delete article.quiz;
    const file = join(temporary(), 'no-quiz.json');
    writeFileSync(file, JSON.stringify(article));
    const { status, stderr } = glossa(file, '--scorm12');
    assert.match(stderr, /has no quiz/);
    assert.equal(status, 1);
  });
});
