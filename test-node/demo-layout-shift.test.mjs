import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { waitForWidgets } from '../scripts/browser.mjs';
import { useDemoBrowser } from './fixtures/demo-browser.mjs';

/**
 * Cumulative layout shift of the demo pages as Chromium itself reports it (the Layout Instability API,
 * the figure Lighthouse and Core Web Vitals use), from the first paint until every widget has rendered
 * its article, at a phone's width and a desktop's. Lighthouse's "good" is 0.1; issue 18 asks 0.01. On
 * the desktop, the sidebar beside the article is no longer than the article.
 */
const BUDGET = 0.01;
const WIDGETS = 'glossa-explainer, glossa-timeline, glossa-whos-who, glossa-quiz';
const PAGES = ['/demo/', '/demo/science.html'];
const VIEWPORTS = [
  { width: 375, height: 812 },
  { width: 1280, height: 900 },
];

/** Runs in the page before anything else: every layout shift not caused by input, kept for reading. */
function recordShifts() {
  window.__shifts = [];
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) {
      if (!entry.hadRecentInput) {
        const nodes = entry.sources.map((source) => source.node?.nodeName ?? '?').join(' ');
        window.__shifts.push({ value: entry.value, nodes });
      }
    }
  }).observe({ type: 'layout-shift', buffered: true });
}

describe('the demo pages do not jump while they load', () => {
  const demo = useDemoBrowser();

  for (const path of PAGES) {
    for (const viewport of VIEWPORTS) {
      it(`${path} at ${viewport.width} px: layout shift ≤ ${BUDGET}`, async () => {
        const page = await demo.browser.newPage({ viewport });
        try {
          await page.addInitScript(recordShifts);
          await page.goto(`${demo.origin}${path}`);
          await waitForWidgets(page, WIDGETS);
          // Two frames after the last widget rendered: any shift it caused has been reported.
          await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));
          const shifts = await page.evaluate(() => window.__shifts);
          const total = shifts.reduce((sum, shift) => sum + shift.value, 0);
          console.log(`${path} ${viewport.width} px: CLS ${total.toFixed(4)} (${shifts.length} shifts)`);
          assert.ok(total <= BUDGET, `CLS ${total.toFixed(4)}: ${JSON.stringify(shifts)}`);
          // Beside the article on a wide screen, the sidebar ends before the article does.
          const [article, aside] = await page.evaluate(() =>
            ['.demo-article', '.demo-aside'].map((selector) =>
              document.querySelector(selector).getBoundingClientRect(),
            ),
          );
          if (viewport.width >= 1280)
            assert.ok(aside.bottom <= article.bottom, `sidebar ${aside.bottom - article.bottom} px longer`);
        } finally {
          await page.close();
        }
      });
    }
  }
});
