import { mkdirSync } from 'node:fs';
import { launchChromium, startDemoServer, waitForWidgets } from './browser.mjs';

/**
 * `npm run screenshots`: both demo articles at a phone's and a desktop's width, and the theming playground in the
 * light, dark and contrast themes (with Arabic, right to left, in one of them), saved to screenshots/,
 * with a check that nothing on the page or inside a widget is wider than its box (exit 1 when something is).
 */
const SHOTS = [
  { name: 'demo-375', path: '/demo/', width: 375 },
  { name: 'demo-1280', path: '/demo/', width: 1280 },
  { name: 'science-375', path: '/demo/science.html', width: 375 },
  { name: 'science-1280', path: '/demo/science.html', width: 1280 },
  { name: 'theme-light', path: '/demo/theming.html?theme=light', width: 1280 },
  { name: 'theme-dark', path: '/demo/theming.html?theme=dark', width: 1280 },
  { name: 'theme-contrast', path: '/demo/theming.html?theme=contrast', width: 1280 },
  { name: 'theme-dark-ar-375', path: '/demo/theming.html?theme=dark&lang=ar', width: 375 },
];
const WIDGETS = 'glossa-explainer, glossa-timeline, glossa-quiz, glossa-whos-who';

/** Runs in the page: elements, nested shadow roots included, whose content spills out of their box. */
function findOverflow(selector) {
  const found = [];
  const scrolls = (element) => ['auto', 'scroll'].includes(getComputedStyle(element).overflowX);
  // Text for screen readers only is clipped to nothing by design.
  const clippedAway = (element) => getComputedStyle(element).clipPath === 'inset(50%)';
  const visit = (element, where) => {
    const wider = element.clientWidth > 0 && element.scrollWidth > element.clientWidth;
    if (wider && !scrolls(element) && !clippedAway(element)) {
      found.push(
        `${where} ${element.localName}[part=${element.getAttribute('part')}]: ${element.scrollWidth} > ${element.clientWidth}`,
      );
    }
    for (const child of element.shadowRoot?.children ?? []) visit(child, `${where} > ${element.localName}`);
    for (const child of element.children) visit(child, where);
  };
  const root = document.documentElement;
  if (root.scrollWidth > root.clientWidth) found.push(`page: ${root.scrollWidth} > ${root.clientWidth}`);
  for (const widget of document.querySelectorAll(selector)) visit(widget, widget.localName);
  return found;
}

mkdirSync('screenshots', { recursive: true });
const server = await startDemoServer();
const browser = await launchChromium();
let failed = false;
try {
  for (const { name, path, width } of SHOTS) {
    const page = await browser.newPage({ viewport: { width, height: 900 } });
    await page.goto(`${server.origin}${path}`);
    await waitForWidgets(page, WIDGETS);
    for (const button of await page.locator('glossa-explainer[variant="compact"]').all()) {
      await button.locator('[part="more-button"]').click();
    }
    const overflow = await page.evaluate(findOverflow, WIDGETS);
    const file = `screenshots/${name}.png`;
    await page.screenshot({ path: file, fullPage: true });
    console.log(`${file}: ${overflow.length === 0 ? 'nothing overflows' : `overflow:\n  ${overflow.join('\n  ')}`}`);
    failed ||= overflow.length > 0;
    await page.close();
  }
} finally {
  await browser.close();
  await server.stop();
}
process.exit(failed ? 1 : 0);
