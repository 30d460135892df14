import { gzipSync } from 'node:zlib';

/**
 * Runs in the page before its own scripts: records `performance.now()` (ms since navigation start)
 * when the first quiz and when `count` quizzes — each a form of the page or an open shadow root — hold
 * a radio button a reader can click: present, enabled, and with a visible box (its label's, where the
 * input itself is styled away).
 */
function clickableProbe(count) {
  const clickable = (input) => {
    const target = input.closest('label') ?? input;
    const box = target.getBoundingClientRect();
    return !input.disabled && box.width > 0 && box.height > 0 && target.checkVisibility();
  };
  const clickableCount = () => {
    const roots = [
      ...document.querySelectorAll('form'),
      ...[...document.querySelectorAll('*')].map((element) => element.shadowRoot).filter(Boolean),
    ];
    let found = 0;
    for (const root of roots) {
      const first = root.querySelector('input[type="radio"]');
      if (first && clickable(first)) found += 1;
    }
    return found;
  };
  const poll = () => {
    const found = document.documentElement ? clickableCount() : 0;
    if (found > 0) window.benchFirstClickableAt ??= performance.now();
    if (found >= count) window.benchClickableAt = performance.now();
    else setTimeout(poll, 1);
  };
  poll();
}

/**
 * Like `clickableProbe`, for a server-rendered page: `benchFirstClickableAt` once the first question is
 * drawn (its radio buttons are in the HTML, before any script), `benchClickableAt` once, besides, every
 * widget has hydrated (its element defined and updated) and so answers a click. A page without widgets
 * (the plain form) is ready when drawn.
 */
export function serverRenderedProbe() {
  const drawn = () => {
    const roots = [
      ...document.querySelectorAll('form'),
      ...[...document.querySelectorAll('*')].map((element) => element.shadowRoot).filter(Boolean),
    ];
    return roots.some((root) => {
      const input = root.querySelector('input[type="radio"]');
      const target = input?.closest('label') ?? input;
      const box = target?.getBoundingClientRect();
      return Boolean(box && box.width > 0 && box.height > 0 && target.checkVisibility());
    });
  };
  const hydrated = () => [...document.querySelectorAll('glossa-quiz')].every((widget) => widget.hasUpdated === true);
  const poll = () => {
    const shown = document.documentElement && drawn();
    if (shown) window.benchFirstClickableAt ??= performance.now();
    if (shown && hydrated()) window.benchClickableAt = performance.now();
    else setTimeout(poll, 1);
  };
  poll();
}

/**
 * Two networks a reader may be on: Chromium DevTools' "Slow 4G" and "Fast 4G" presets, with its own
 * figures (a latency added to every request, bytes per second shared by the requests in flight).
 */
export const NETWORKS = {
  slow4g: {
    label: 'Slow 4G (DevTools preset: 562.5 ms latency, 1.44 Mbit/s)',
    latency: 150 * 3.75,
    downloadThroughput: ((1.6 * 1e6) / 8) * 0.9,
    uploadThroughput: ((750 * 1e3) / 8) * 0.9,
  },
  fast4g: {
    label: 'Fast 4G (DevTools preset: 165 ms latency, 8.1 Mbit/s)',
    latency: 60 * 2.75,
    downloadThroughput: ((9 * 1e6) / 8) * 0.9,
    uploadThroughput: ((1.5 * 1e6) / 8) * 0.9,
  },
};

const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

/** JS and CSS the page loaded, each file gzip apart, plus its inline scripts and styles (data excluded); and the HTML. */
async function pageBytes(page, responses) {
  let js = 0;
  let css = 0;
  let html = 0;
  for (const response of responses) {
    const type = response.request().resourceType();
    if (type === 'document') html += gzipSync(await response.body()).length;
    if (type !== 'script' && type !== 'stylesheet') continue;
    const size = gzipSync(await response.body()).length;
    if (type === 'script') js += size;
    else css += size;
  }
  const inline = await page.evaluate(() => ({
    js: [...document.querySelectorAll('script:not([src]):not([type="application/json"])')]
      .map((s) => s.textContent)
      .join('\n'),
    css: [...document.querySelectorAll('style')].map((s) => s.textContent).join('\n'),
  }));
  if (inline.js) js += gzipSync(inline.js).length;
  if (inline.css) css += gzipSync(inline.css).length;
  return { js, css, jsCss: js + css, html };
}

/**
 * Like `clickableProbe`, for the demo page: the moment every widget shows its article (the annotated
 * body's names included) and the quiz's first question is clickable.
 */
export function demoReadyProbe() {
  const widgets = 'glossa-explainer, glossa-whos-who, glossa-timeline, glossa-quiz';
  const ready = () => {
    const all = [...document.querySelectorAll(widgets)];
    if (all.length === 0 || !all.every((widget) => widget.shadowRoot?.querySelector('[part~="base"]'))) return false;
    const radio = document.querySelector('glossa-quiz').shadowRoot.querySelector('input[type="radio"]');
    return Boolean(
      document.querySelector('glossa-annotate [data-glossa-term]') &&
      radio &&
      !radio.disabled &&
      radio.checkVisibility(),
    );
  };
  const poll = () => {
    if (document.documentElement && ready()) window.benchClickableAt = performance.now();
    else setTimeout(poll, 1);
  };
  poll();
}

/**
 * One cold load of `url` in a new browser context with the cache disabled: ms from navigation start
 * to `count` quizzes' first question clickable (or to what `probe` waits for), the JS heap after a garbage collection, and the bytes.
 * `network` (one of NETWORKS) has Chromium hold every request to its latency and bandwidth.
 */
export async function coldLoad(browser, url, { count = 1, probe = clickableProbe, network } = {}) {
  const context = await browser.newContext();
  try {
    const page = await context.newPage();
    const cdp = await context.newCDPSession(page);
    await cdp.send('Network.enable');
    await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
    if (network) {
      const { latency, downloadThroughput, uploadThroughput } = network;
      await cdp.send('Network.emulateNetworkConditions', {
        offline: false,
        latency,
        downloadThroughput,
        uploadThroughput,
      });
    }
    const responses = [];
    page.on('response', (response) => responses.push(response));
    const errors = [];
    page.on('pageerror', (error) => errors.push(error));
    await page.addInitScript(probe, count);
    await page.goto(url, { waitUntil: 'commit' });
    await page.waitForFunction(() => window.benchClickableAt !== undefined, null, { timeout: 60_000, polling: 50 });
    if (errors.length) throw errors[0];
    const { clickableMs, firstClickableMs } = await page.evaluate(() => ({
      clickableMs: window.benchClickableAt,
      firstClickableMs: window.benchFirstClickableAt ?? window.benchClickableAt,
    }));
    await page.waitForLoadState('load');
    await cdp.send('HeapProfiler.collectGarbage');
    const { usedSize } = await cdp.send('Runtime.getHeapUsage');
    return { clickableMs, firstClickableMs, heapBytes: usedSize, bytes: await pageBytes(page, responses) };
  } finally {
    await context.close();
  }
}

/**
 * `runs` cold loads of each page, taken in turns (page A, B, C, A, B, C…) so that a slow moment of the
 * machine falls on all of them, after one load of each that is not counted. Medians per page.
 */
export async function coldLoads(browser, pages, { runs, count = 1, probe, network }) {
  const samples = Object.fromEntries(Object.keys(pages).map((name) => [name, []]));
  for (let run = 0; run <= runs; run += 1) {
    for (const [name, url] of Object.entries(pages)) {
      const sample = await coldLoad(browser, url, { count, probe, network });
      if (run > 0) samples[name].push(sample);
    }
  }
  return Object.fromEntries(
    Object.entries(samples).map(([name, list]) => [
      name,
      {
        runs: list.length,
        clickableMs: median(list.map((sample) => sample.clickableMs)),
        clickableMsSamples: list.map((sample) => Math.round(sample.clickableMs * 10) / 10),
        firstClickableMs: median(list.map((sample) => sample.firstClickableMs)),
        heapBytes: median(list.map((sample) => sample.heapBytes)),
        bytes: list[0].bytes,
      },
    ]),
  );
}
