import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';

const SEED = 'demo/articles/kazakhstan-2022.json';
const SALT = 'bm9kZS10ZXN0cy1zYWx0LWZvci1zZWFs';

/** Runs `bin/glossa.mjs` as a user would, from the project folder; `npm run build:lib` must have run. */
function glossa(...args) {
  const { status, stdout, stderr } = spawnSync(process.execPath, ['bin/glossa.mjs', ...args], { encoding: 'utf8' });
  return { status, stdout, stderr };
}

const folder = () => mkdtempSync(join(tmpdir(), 'glossa-seal-'));
const readJson = (file) => JSON.parse(readFileSync(file, 'utf8'));

describe('glossa seal', () => {
  it('writes a valid sealed article and a key file that opens it back into the very article sealed', () => {
    const dir = folder();
    const [sealed, key, opened] = ['sealed.json', 'key.json', 'opened.json'].map((name) => join(dir, name));
    const sealing = glossa('seal', SEED, '-o', sealed, '--key', key);
    assert.equal(sealing.status, 0, sealing.stderr);
    assert.match(sealing.stderr, /^Sealed 19 questions; the key in .+key\.json\.\n$/);
    assert.equal(glossa('validate', sealed).stdout, `${sealed}: OK\n`);
    const text = readFileSync(sealed, 'utf8');
    assert.doesNotMatch(
      JSON.stringify(JSON.parse(text).quiz),
      /"(answer|answers|accept|evidence)":|"(explanation|feedback)":"/,
    );
    const opening = glossa('seal', '--open', sealed, '--key', key, '-o', opened);
    assert.equal(opening.status, 0, opening.stderr);
    const open = JSON.parse(JSON.stringify(readJson(opened).quiz));
    assert.deepEqual(open, readJson(SEED).quiz);
  });

  it('seals the same way each time with the same --salt, and differently without one', () => {
    const first = glossa('seal', SEED, '--salt', SALT).stdout;
    assert.equal(glossa('seal', SEED, '--salt', SALT).stdout, first);
    assert.equal(JSON.parse(first).quiz.seal.salt, SALT);
    assert.notEqual(glossa('seal', SEED).stdout, first);
  });

  it('refuses an article already sealed, and a key file of another sealing', () => {
    const dir = folder();
    const sealed = join(dir, 'sealed.json');
    const key = join(dir, 'key.json');
    glossa('seal', SEED, '-o', sealed);
    const again = glossa('seal', sealed);
    assert.equal(again.status, 1);
    assert.equal(again.stderr, `glossa seal: ${sealed}: is already sealed\n`);
    assert.equal(again.stdout, '');
    glossa('seal', SEED, '--key', key, '-o', join(dir, 'other.json'));
    const wrong = glossa('seal', '--open', sealed, '--key', key);
    assert.equal(wrong.status, 1);
    assert.equal(wrong.stderr, `glossa seal: ${key}: is the key of another sealing (its salt differs)\n`);
  });

  it('refuses a key file whose answers were edited: they no longer hash as sealed', () => {
    const dir = folder();
    const sealed = join(dir, 'sealed.json');
    const key = join(dir, 'key.json');
    glossa('seal', SEED, '-o', sealed, '--key', key);
    const edited = readJson(key);
    edited.questions[0].answer = 'd';
    writeFileSync(key, JSON.stringify(edited));
    const opening = glossa('seal', '--open', sealed, '--key', key);
    assert.equal(opening.status, 1);
    assert.equal(opening.stderr, `glossa seal: ${key}: does not fit the sealed questions trigger\n`);
  });

  it('says how to use it when the arguments are wrong', () => {
    const { status, stderr } = glossa('seal');
    assert.equal(status, 2);
    assert.match(stderr, /^glossa seal: name one article file\nUsage: glossa seal/);
  });
});
