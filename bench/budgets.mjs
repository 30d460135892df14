/**
 * The budget check, a pure function: `budgets` (bench/budgets.json) against the `figures` a bench run
 * measured, both keyed by metric id. A budget whose figure this run did not measure (the browser
 * timings in a weight-only run) is skipped, not passed.
 */
export function checkBudgets(budgets, figures) {
  const results = Object.entries(budgets).map(([metric, budget]) => {
    const actual = figures[metric];
    if (actual === undefined) return { metric, ...budget, status: 'skipped' };
    return { metric, ...budget, actual, status: actual <= budget.max ? 'ok' : 'over' };
  });
  return { ok: results.every((result) => result.status !== 'over'), results };
}

/** One line per budget, for the console. */
export function formatBudgetResults({ results }) {
  return results.map(({ metric, max, unit, actual, status }) => {
    const shown = actual === undefined ? 'not measured' : `${actual} ${unit}`;
    return `${status === 'over' ? 'OVER' : status === 'ok' ? 'ok  ' : 'skip'} ${metric}: ${shown} (budget ${max} ${unit})`;
  });
}
