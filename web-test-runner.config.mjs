import { esbuildPlugin } from '@web/dev-server-esbuild';
import { chromeLauncher, defaultReporter } from '@web/test-runner';
import { summaryReporter } from './scripts/summary-reporter.mjs';

/** Runs test/**\/*.test.ts in Debian's headless Chromium (CHROME_PATH overrides where it lives). */
export default {
  files: ['test/**/*.test.ts'],
  nodeResolve: true,
  // One tab at a time: only the focused tab gets animation frames and real focus, which the keyboard tests need.
  concurrency: 1,
  browsers: [
    chromeLauncher({
      launchOptions: {
        executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium',
        args: [
          '--no-sandbox',
          '--disable-gpu',
          '--disable-background-networking',
          '--disable-component-update',
          '--disable-sync',
          '--no-first-run',
        ],
      },
    }),
  ],
  reporters: [defaultReporter(), summaryReporter()],
  plugins: [esbuildPlugin({ ts: true, target: 'auto', tsconfig: 'tsconfig.json' })],
  testFramework: { config: { timeout: 5000 } },
};
