import { esbuildPlugin } from '@web/dev-server-esbuild';
import { chromeLauncher, defaultReporter } from '@web/test-runner';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from './scripts/chromium.mjs';
import { fakeLmsImport } from './scripts/fake-lms-import.mjs';
import { fakeLrs } from './scripts/fake-lrs.mjs';
import { serveRenderedPage } from './scripts/rendered-page.mjs';
import { summaryReporter } from './scripts/summary-reporter.mjs';
import { typescriptForJs } from './scripts/typescript-for-js.mjs';

/** The strictest policy a publisher might run: no inline code or styles, Trusted Types for every DOM sink. */
const STRICT_CSP = "default-src 'self'; script-src 'self'; style-src 'self'; require-trusted-types-for 'script'";

/** Serves test/csp/ under STRICT_CSP, for the test that renders every widget under it. */
function strictCspForTestPages(context, next) {
  if (context.path.startsWith('/test/csp/')) context.set('Content-Security-Policy', STRICT_CSP);
  return next();
}

/**
 * `executeServerCommand('emulate-forced-colors', { active })`: Puppeteer's emulateMedia knows no
 * forced-colors, so DevTools is asked directly, on one session per page (closing it would undo it).
 */
function forcedColorsPlugin() {
  const sessions = new Map();
  return {
    name: 'emulate-forced-colors',
    async executeCommand({ command, payload, session }) {
      if (command !== 'emulate-forced-colors') return undefined;
      const page = session.browser.getPage(session.id);
      if (!sessions.has(page)) sessions.set(page, await page.createCDPSession());
      const value = payload?.active ? 'active' : 'none';
      await sessions.get(page).send('Emulation.setEmulatedMedia', { features: [{ name: 'forced-colors', value }] });
      return true;
    },
  };
}

/**
 * `executeServerCommand('accessible-names', { role })`: the names Chromium's accessibility tree gives
 * every node of `role`, as screen readers get them. Puppeteer's snapshot leaves out nodes it deems
 * uninteresting, such as a fieldset's group, so the whole tree is asked for.
 */
function accessibleNamesPlugin() {
  return {
    name: 'accessible-names',
    async executeCommand({ command, payload, session }) {
      if (command !== 'accessible-names') return undefined;
      const client = await session.browser.getPage(session.id).createCDPSession();
      try {
        const { nodes } = await client.send('Accessibility.getFullAXTree');
        return nodes.filter((node) => node.role?.value === payload.role).map((node) => node.name?.value ?? '');
      } finally {
        await client.detach();
      }
    },
  };
}

/**
 * The page each test file runs in. Lit's "dev mode" notice is switched off by its code before Lit loads:
 * the tests run Lit's development build on purpose (for its checks), and the notice would otherwise be
 * printed once for every test file. test/fixtures/axe-rules.ts sets the bar of every axe check.
 */
const testRunnerHtml = (testFramework) => `<!doctype html>
<html lang="en">
  <body>
    <script>globalThis.litIssuedWarnings = new Set(['dev-mode']);</script>
    <script type="module" src="/test/fixtures/axe-rules.ts"></script>
    <script type="module" src="${testFramework}"></script>
  </body>
</html>`;

/** Runs test/**\/*.test.ts in Debian's headless Chromium (CHROME_PATH overrides where it lives). */
export default {
  files: ['test/**/*.test.ts'],
  nodeResolve: true,
  testRunnerHtml,
  middleware: [strictCspForTestPages, serveRenderedPage, typescriptForJs('.'), fakeLrs(), fakeLmsImport()],
  // One tab at a time: only the focused tab gets animation frames and real focus, which the keyboard tests need.
  concurrency: 1,
  browsers: [
    chromeLauncher({
      launchOptions: { executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS },
    }),
  ],
  reporters: [defaultReporter(), summaryReporter()],
  plugins: [
    esbuildPlugin({ ts: true, target: 'auto', tsconfig: 'tsconfig.json' }),
    forcedColorsPlugin(),
    accessibleNamesPlugin(),
  ],
  // Sized for CI's loaded 2-core machine, where a file of a hundred renders can take minutes and one
  // test tens of seconds; tests wait for conditions, so a passing run waits no longer for these.
  testFramework: { config: { timeout: 60_000 } },
  testsFinishTimeout: 15 * 60_000,
  browserStartTimeout: 2 * 60_000,
};
