/**
 * Mutation testing of the pure modules: Stryker changes their code one small way at a time (a `>=` to a
 * `>`, a `some` to an `every`, a condition to `true`…) and runs their tests, under vitest in Node
 * (vitest.config.mjs), against each change; a change no test notices is a behaviour nothing pins down.
 * `npm run test:mutation`; the report is in reports/mutation/.
 * @type {import('@stryker-mutator/api/core').PartialStrykerOptions}
 */
export default {
  testRunner: 'vitest',
  plugins: ['@stryker-mutator/vitest-runner'],
  vitest: { configFile: 'vitest.config.mjs' },
  mutate: [
    'src/model/rules.ts',
    'src/model/primitives.ts',
    'src/model/limits.ts',
    'src/quiz/answers.ts',
    'src/quiz/score.ts',
    'src/quiz/progress.ts',
    'src/quiz/progress-record.ts',
    'src/quiz/seeded-order.ts',
    'src/quiz/fnv1a.ts',
    'src/quiz/chosen-questions.ts',
    'src/annotate/name-matcher.ts',
    'src/shared/evidence-href.ts',
  ],
  // Stryker would rewrite tsconfig.json's paths for its sandbox with TypeScript's JS API, which TypeScript 7
  // has not; the file names nothing outside the project, so it is copied as it is.
  tsconfigFile: 'no-tsconfig-to-rewrite.json',
  coverageAnalysis: 'perTest',
  concurrency: 2,
  reporters: ['clear-text', 'progress', 'html', 'json'],
  htmlReporter: { fileName: 'reports/mutation/index.html' },
  jsonReporter: { fileName: 'reports/mutation/mutation.json' },
  thresholds: { high: 90, low: 85, break: 85 },
  tempDirName: '.stryker-tmp',
};
