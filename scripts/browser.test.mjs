import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { test } from 'node:test';

test('a script that fails while the demo server runs exits 1, as the bench must', () => {
  const script = `
    import { startDemoServer } from './scripts/browser.mjs';
    const server = await startDemoServer();
    try {
      throw new Error('failed while serving');
    } finally {
      await server.stop();
    }`;
  const { status, stderr } = spawnSync(process.execPath, ['--input-type=module', '-e', script], {
    encoding: 'utf8',
    timeout: 60_000,
  });
  assert.match(stderr, /failed while serving/);
  assert.equal(status, 1);
});
