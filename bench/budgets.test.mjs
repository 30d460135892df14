import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import { checkBudgets, formatBudgetResults } from './budgets.mjs';

const budgets = {
  'weight/glossa.js': { max: 25000, unit: 'B' },
  'time/whos-who-keystroke': { max: 16, unit: 'ms' },
};

describe('checkBudgets', () => {
  it('passes figures within their budgets, the limit itself included', () => {
    const { ok, results } = checkBudgets(budgets, { 'weight/glossa.js': 25000, 'time/whos-who-keystroke': 3.2 });
    assert.equal(ok, true);
    assert.deepEqual(
      results.map((result) => result.status),
      ['ok', 'ok'],
    );
  });

  it('fails when one figure is over its budget, and says which', () => {
    const check = checkBudgets(budgets, { 'weight/glossa.js': 25001, 'time/whos-who-keystroke': 3.2 });
    assert.equal(check.ok, false);
    assert.deepEqual(
      check.results.filter((result) => result.status === 'over').map((result) => result.metric),
      ['weight/glossa.js'],
    );
    assert.match(formatBudgetResults(check)[0], /^OVER weight\/glossa\.js: 25001 B \(budget 25000 B\)/);
  });

  it('skips a budget whose figure was not measured, without passing or failing it', () => {
    const check = checkBudgets(budgets, { 'weight/glossa.js': 100 });
    assert.equal(check.ok, true);
    assert.equal(check.results[1].status, 'skipped');
  });

  it('reads the committed budgets: every one has a limit and a unit (none for a slope)', () => {
    const committed = JSON.parse(readFileSync(new URL('./budgets.json', import.meta.url), 'utf8'));
    assert.ok(Object.keys(committed.budgets).length >= 4);
    for (const [metric, budget] of Object.entries(committed.budgets)) {
      assert.equal(typeof budget.max, 'number', metric);
      assert.ok(['B', 'ms', '×', ''].includes(budget.unit), metric);
      // A budget looser than the target must say why.
      if (budget.target !== undefined && budget.max > budget.target) assert.ok(budget.reason, metric);
    }
  });
});
