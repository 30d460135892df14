import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, it } from 'node:test';

/** Runs `npm run bench:weight`'s script with the given budgets instead of the committed ones. */
function benchWeight(budgets) {
  const file = join(mkdtempSync(join(tmpdir(), 'glossa-budgets-')), 'budgets.json');
  writeFileSync(file, JSON.stringify({ budgets }));
  return spawnSync(process.execPath, ['scripts/bench-weight.mjs'], {
    env: { ...process.env, GLOSSA_BUDGETS: file },
    encoding: 'utf8',
  });
}

describe('npm run bench:weight', () => {
  it('exits non-zero and names the budget when the bundle is over it', () => {
    const run = benchWeight({ 'weight/glossa.js': { max: 1000, unit: 'B' } });
    assert.equal(run.status, 1);
    assert.match(run.stdout, /^OVER weight\/glossa\.js: \d+ B \(budget 1000 B\)$/m);
  });

  it('exits zero when every weight is within its budget', () => {
    const run = benchWeight({
      'weight/glossa.js': { max: 10_000_000, unit: 'B' },
      'weight/entry/quiz': { max: 10_000_000, unit: 'B' },
    });
    assert.equal(run.status, 0, run.stderr);
    assert.match(run.stdout, /^ok {3}weight\/entry\/quiz: \d+ B/m);
  });
});
