import { readFileSync } from 'node:fs';
import { launchChromium, startStudioServer } from './browser.mjs';

/**
 * `npm run screenshots:studio`: the built Studio (dist/studio/, served by `glossa studio`) as a person
 * uses it: the seed's raw text pasted and drafted, and a Word file opened. Saves the README's pictures
 * to docs/ at 1280 and 768 px, light and dark, and fails on any error the page reports.
 */
const SEED_TEXT = readFileSync('demo/articles/kazakhstan-2022.txt', 'utf8');
const DOCX = 'test/draft/fixtures/import/report.docx';

const { origin, stop } = await startStudioServer();

const browser = await launchChromium();
const errors = [];
const opened = (page) =>
  page.waitForFunction(() =>
    globalThis.document.querySelector('studio-app')?.shadowRoot?.querySelector('studio-article-editor'),
  );
try {
  for (const { name, width, scheme } of [
    { name: 'studio-1280', width: 1280, scheme: 'light' },
    { name: 'studio-768-dark', width: 768, scheme: 'dark' },
  ]) {
    const page = await browser.newPage({ viewport: { width, height: 1000 }, colorScheme: scheme });
    page.on('pageerror', (error) => errors.push(`${name}: ${error.message}`));
    page.on('console', (message) => message.type() === 'error' && errors.push(`${name}: ${message.text()}`));
    await page.goto(origin);
    await page.locator('#paste').fill(SEED_TEXT);
    await page.getByRole('button', { name: 'Draft from this text' }).click();
    await opened(page);
    await page.waitForFunction(() => {
      const preview = globalThis.document.querySelector('studio-app').shadowRoot.querySelector('studio-preview');
      return preview?.shadowRoot?.querySelector('glossa-quiz')?.shadowRoot?.querySelector('[part="base"]');
    });
    await page.screenshot({ path: `docs/${name}.png` });
    console.log(`docs/${name}.png`);
    await page.close();
  }
  const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  page.on('pageerror', (error) => errors.push(`docx: ${error.message}`));
  await page.goto(origin);
  await page.locator('input[type="file"]').setInputFiles(DOCX);
  await opened(page);
  console.log('A Word file drafts in the built Studio.');
} finally {
  await browser.close();
  stop();
}
if (errors.length > 0) {
  console.error(`The Studio reported errors:\n  ${errors.join('\n  ')}`);
  process.exitCode = 1;
}
