import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, normalize } from 'node:path';
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';

/**
 * The package as npm publishes it (`npm run build:lib` must have run), checked by two independent
 * linters of packages: publint (the `exports`, `files` and fields agree with what is packed) and
 * @arethetypeswrong/cli (every entry resolves to types, in Node's and bundlers' resolution). Glossa is
 * ESM only, as Lit is, so attw's esm-only profile leaves out CommonJS `require`.
 */
const run = (command, args) => spawnSync('npx', [command, ...args], { encoding: 'utf8' });

/** The paths of the files `npm pack` puts in the tarball. */
function packedFiles() {
  const [pack] = JSON.parse(
    execFileSync('npm', ['pack', '--dry-run', '--json', '--ignore-scripts'], { encoding: 'utf8' }),
  );
  return new Set(pack.files.map((file) => file.path));
}

describe('the published package', () => {
  it('is clean for publint, warnings included', () => {
    const { status, stdout, stderr } = run('publint', ['--strict']);
    assert.equal(status, 0, stdout + stderr);
  });

  it('gives types for every entry, by @arethetypeswrong/cli', () => {
    const { status, stdout, stderr } = run('attw', ['--pack', '.', '--profile', 'esm-only', '--format', 'ascii']);
    assert.equal(status, 0, stdout + stderr);
  });

  it('holds an example article for the CDN snippet, and no tests or sources of the Studio', () => {
    const files = packedFiles();
    assert.ok(files.has('demo/articles/perseverance-bunsen-peak-2024.json'));
    assert.ok(files.has('dist/glossa.js') && files.has('dist/all.d.ts'));
    assert.deepEqual(
      [...files].filter((path) => /^(test|test-node|src|studio|scripts)\//.test(path)),
      [],
    );
  });

  it("names, by glossa/chunks and glossa/glossa-chunks.json, the built files glossa.js fetches for a page's widgets", async () => {
    const { filesFor } = await import('glossa/chunks');
    const manifest = JSON.parse(
      readFileSync(createRequire(import.meta.url).resolve('glossa/glossa-chunks.json'), 'utf8'),
    );
    const quiz = filesFor(['glossa-quiz'], manifest);
    assert.ok(quiz[0].startsWith('./glossa-quiz-'), quiz[0]);
    for (const file of quiz) assert.ok(existsSync(join('dist', file)), file);
    assert.deepEqual(filesFor(Object.keys(manifest.elements), manifest), [manifest.all]);
  });

  it('links from its Markdown only to files it holds', () => {
    const files = packedFiles();
    const broken = [...files]
      .filter((path) => path.endsWith('.md'))
      .flatMap((path) =>
        [...readFileSync(path, 'utf8').matchAll(/\]\(([^)\s]+)\)/g)]
          .map(([, target]) => target.split('#')[0])
          .filter((target) => target && !/^[a-z]+:/i.test(target))
          .filter((target) => {
            const resolved = normalize(join(dirname(path), target)).replace(/\/$/, '');
            return !files.has(resolved) && ![...files].some((file) => file.startsWith(`${resolved}/`));
          })
          .map((target) => `${path} → ${target}`),
      );
    assert.deepEqual(broken, []);
  });
});
