import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

/**
 * The tests of the pure modules (model rules, grading, progress, seeded order, name matching, URL checks),
 * run in Node for the mutation run (stryker.config.mjs): the very files the browser suite runs, with
 * '@open-wc/testing' reduced to its `expect` and mocha's globals. `npx vitest run` runs them on their own.
 */
// Readers are seldom in UTC, and the model's dates must not shift for them: the tests run eight hours west of it.
process.env.TZ = 'America/Los_Angeles';

export default defineConfig({
  resolve: {
    alias: { '@open-wc/testing': fileURLToPath(new URL('test/fixtures/node/open-wc-testing.mjs', import.meta.url)) },
  },
  test: {
    include: [
      'test/model/*.test.ts',
      'test/quiz/answers.test.ts',
      'test/quiz/chosen-questions.test.ts',
      'test/quiz/cmi-interaction.test.ts',
      'test/quiz/fnv1a.test.ts',
      'test/quiz/progress.test.ts',
      'test/quiz/quiz-logic.test.ts',
      'test/annotate/entity-names.test.ts',
      'test/annotate/name-matcher.test.ts',
      'test/shared/evidence-href.test.ts',
      'test/shared/text-helpers.test.ts',
      'test/shared/partial-date.test.ts',
      'test/localize/number-format.test.ts',
      'test/xapi/statements.test.ts',
      'test/xapi/retry-delay.test.ts',
      'test/lms/find-scorm-api.test.ts',
      'test/lms/interaction-response.test.ts',
      'test/lms/scorm-report.test.ts',
      'test/lms/suspend-data.test.ts',
      'test/shared/xml-writing.test.ts',
      'test/embed/embed-query.test.ts',
      'test/formats/formula-guard.test.ts',
      'test/lms/cmi5-launch.test.ts',
      'test/lms/cmi5-statements.test.ts',
    ],
    globals: true,
    setupFiles: ['test/fixtures/node/setup.mjs'],
    environment: 'node',
  },
});
