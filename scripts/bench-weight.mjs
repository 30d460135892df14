import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { readBudgets } from '../bench/budget-file.mjs';
import { checkBudgets, formatBudgetResults } from '../bench/budgets.mjs';
import { ELEMENTS, measureWeight, weightFigures, weightTable } from '../bench/measure/weight.mjs';

/**
 * `npm run bench:weight`: the weight part of the bench, with no browser, run by `npm test`. Builds
 * if dist/ is missing, prints the sizes of what has a budget, and exits non-zero when one is over its budget.
 */
if (!existsSync('dist/glossa.js')) execFileSync('npm', ['run', 'build:lib'], { stdio: 'inherit' });

const budgets = readBudgets();
// Bundling an entry takes seconds: only those with a budget are measured here (`npm run bench` does all).
const elements = ELEMENTS.filter((element) => `weight/entry/${element}` in budgets);
const weight = await measureWeight({ elements });
console.log(weightTable(weight));
const check = checkBudgets(budgets, weightFigures(weight));
for (const line of formatBudgetResults(check)) if (!line.startsWith('skip')) console.log(line);
if (!check.ok) {
  console.error('A weight budget is exceeded (bench/budgets.json): see BENCHMARKS.md.');
  process.exit(1);
}
