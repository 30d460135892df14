/**
 * A web-test-runner reporter that ends the run with one plain line, `Tests: N passed, N failed`, which
 * CI reads. A test file that failed to load counts as one failed test, so it cannot pass unnoticed.
 */
export function summaryReporter() {
  const count = (suite, totals) => {
    for (const test of suite.tests) {
      if (test.skipped) totals.skipped += 1;
      else if (test.passed) totals.passed += 1;
      else totals.failed += 1;
    }
    for (const child of suite.suites) count(child, totals);
    return totals;
  };
  let totals = { passed: 0, failed: 0, skipped: 0 };
  return {
    onTestRunFinished({ sessions }) {
      totals = { passed: 0, failed: 0, skipped: 0 };
      for (const session of sessions) {
        if (session.testResults) count(session.testResults, totals);
        if (session.errors.length > 0 && !session.passed) totals.failed += session.errors.length;
      }
    },
    stop() {
      const skipped = totals.skipped > 0 ? `, ${totals.skipped} skipped` : '';
      const line = `Tests: ${totals.passed} passed, ${totals.failed} failed${skipped}`;
      // The runner prints its own closing words after the reporters stop; this line must come last.
      process.once('exit', () => console.log(`\n${line}`));
    },
  };
}
