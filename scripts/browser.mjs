import { spawn } from 'node:child_process';
import { startDevServer } from '@web/dev-server';
import { chromium } from 'playwright-core';
import devServerConfig from '../web-dev-server.config.mjs';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from './chromium.mjs';

/** Debian's Chromium, headless, with the flags this sandbox needs (root, no network beyond loopback). */
export function launchChromium() {
  return chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
}

/**
 * The demo's dev server on a free loopback port, without opening a browser or watching files, and
 * without its handler of uncaught exceptions, which would print one and let the script exit 0.
 */
export async function startDemoServer() {
  const server = await startDevServer({
    config: { ...devServerConfig, open: false, watch: false, port: 0, hostname: '127.0.0.1' },
    readCliArgs: false,
    readFileConfig: false,
    logStartMessage: false,
    autoExitProcess: false,
  });
  const { port } = server.server.address();
  return { origin: `http://127.0.0.1:${port}`, stop: () => server.stop() };
}

/** The built Studio (dist/studio/) served by `glossa studio` on a free loopback port, as a person runs it. */
export async function startStudioServer() {
  const glossa = new URL('../bin/glossa.mjs', import.meta.url);
  const server = spawn(process.execPath, [glossa.pathname, 'studio', '--no-open', '--port', '0'], {
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const origin = await new Promise((resolve, reject) => {
    let printed = '';
    server.stdout.on('data', (chunk) => {
      printed += chunk;
      const found = /http:\/\/127\.0\.0\.1:\d+\//.exec(printed);
      if (found) resolve(found[0]);
    });
    server.on('exit', () => reject(new Error('glossa studio stopped: run npm run build:lib first')));
  });
  return { origin, stop: () => server.kill() };
}

/** Waits until every element matching `selector` has rendered its article (its `base` part). */
export function waitForWidgets(page, selector) {
  return page.waitForFunction(
    (widgets) => [...document.querySelectorAll(widgets)].every((el) => el.shadowRoot?.querySelector('[part="base"]')),
    selector,
  );
}
