/**
 * A reporter for `node --test` that prints one line in all, `Node tests: N passed, N failed`, and for
 * each failure its name, file and error: the TAP reporter's few hundred lines said the same.
 */
export default async function* nodeTestReporter(source) {
  const failures = [];
  let passed = 0;
  for await (const event of source) {
    // Suites report too; only tests (which have no subtests of their own) are counted.
    if (event.type !== 'test:pass' && event.type !== 'test:fail') continue;
    if (event.data.details.type === 'suite') continue;
    if (event.type === 'test:pass') passed += 1;
    else failures.push(event.data);
  }
  for (const { name, file, line, details } of failures) {
    const error = details.error?.cause ?? details.error;
    yield `\n✗ ${name}\n  ${file}:${line}\n  ${String(error?.stack ?? error).replaceAll('\n', '\n  ')}\n`;
  }
  yield `Node tests: ${passed} passed, ${failures.length} failed\n`;
}
