import { startDevServer } from '@web/dev-server';
import { chromium } from 'playwright-core';
import devServerConfig from '../web-dev-server.config.mjs';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from './chromium.mjs';

/** Debian's Chromium, headless, with the flags this sandbox needs (root, no network beyond loopback). */
export function launchChromium() {
  return chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
}

/** The demo's dev server on a free loopback port, without opening a browser or watching files. */
export async function startDemoServer() {
  const server = await startDevServer({
    config: { ...devServerConfig, open: false, watch: false, port: 0, hostname: '127.0.0.1' },
    readCliArgs: false,
    readFileConfig: false,
    logStartMessage: false,
  });
  const { port } = server.server.address();
  return { origin: `http://127.0.0.1:${port}`, stop: () => server.stop() };
}
