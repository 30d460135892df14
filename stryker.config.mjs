/**
 * Mutation testing of the pure modules: Stryker changes their code one small way at a time (a `>=` to a
 * `>`, a `some` to an `every`, a condition to `true`…) and runs their tests, under vitest in Node
 * (vitest.config.mjs), against each change; a change no test notices is a behaviour nothing pins down.
 * `npm run test:mutation` (scripts/test-mutation.mjs also holds each module to the break threshold);
 * `npm run test:mutation -- --incremental` re-tests only what changed since the last run. The report is
 * in reports/mutation/.
 * @type {import('@stryker-mutator/api/core').PartialStrykerOptions}
 */
export default {
  testRunner: 'vitest',
  plugins: ['@stryker-mutator/vitest-runner'],
  // Each mutant runs the tests that reached it; one that loads with a module runs them all (faster here
  // than asking vitest which files import the module).
  vitest: { configFile: 'vitest.config.mjs', related: false },
  // The modules with no DOM and no element: text-segments.ts walks the DOM, and is tested in the browser.
  mutate: [
    'src/model/primitives.ts',
    'src/model/rules.ts',
    'src/model/limits.ts',
    'src/model/quote-match.ts',
    'src/model/evidence-target.ts',
    'src/quiz/answers.ts',
    'src/quiz/score.ts',
    'src/quiz/progress.ts',
    'src/quiz/progress-record.ts',
    'src/quiz/seeded-order.ts',
    'src/quiz/fnv1a.ts',
    'src/quiz/chosen-questions.ts',
    'src/quiz/cmi-interaction.ts',
    'src/lms/find-scorm-api.ts',
    'src/lms/interaction-response.ts',
    'src/lms/scorm-report.ts',
    'src/lms/suspend-data.ts',
    'src/shared/xml/escape-xml.ts',
    'src/shared/xml/serialize-xml.ts',
    'src/embed/embed-query.ts',
    'src/embed/embed-message.ts',
    'src/formats/csv/formula-guard.ts',
    'src/lms/cmi5-launch.ts',
    'src/lms/cmi5-statements.ts',
    'src/annotate/entity-names.ts',
    'src/annotate/name-matcher.ts',
    'src/shared/evidence-href.ts',
    'src/shared/cached.ts',
    'src/shared/fold-text.ts',
    'src/shared/list-attribute.ts',
    'src/shared/partial-date.ts',
    'src/shared/paragraphs.ts',
    'src/localize/number-format.ts',
    'src/xapi/activity-ids.ts',
    'src/xapi/interaction.ts',
    'src/xapi/retry-delay.ts',
    'src/xapi/statements.ts',
  ],
  // Stryker would rewrite tsconfig.json's paths for its sandbox with TypeScript's JS API, which TypeScript 7
  // has not; the file names nothing outside the project, so it is copied as it is.
  tsconfigFile: 'no-tsconfig-to-rewrite.json',
  coverageAnalysis: 'perTest',
  // Static mutants (in code that runs when a module loads, such as the model's patterns) run every test;
  // they are kept, and Stryker's advice to skip them is not printed.
  warnings: { slow: false },
  concurrency: 2,
  reporters: ['clear-text', 'progress', 'html', 'json'],
  htmlReporter: { fileName: 'reports/mutation/index.html' },
  jsonReporter: { fileName: 'reports/mutation/mutation.json' },
  thresholds: { high: 90, low: 85, break: 85 },
  tempDirName: '.stryker-tmp',
};
