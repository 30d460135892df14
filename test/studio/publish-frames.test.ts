import { expect, fixture, html } from '@open-wc/testing';
import '../../src/all.js';
import type { Article } from '../../src/model/types.js';
import { CDN_SCRIPT, embedSnippet, type SnippetOptions } from '../../studio/src/publish/embed-snippet.js';
import { MEASURED_COLUMN_WIDTH, measureFrameHeights } from '../../studio/src/publish/frame-heights.js';
import { SEED_URL, seedArticle } from '../fixtures/seed-article.js';
import { waitUntil } from '../fixtures/wait.js';
import { clickOn } from '../quiz/quiz-helpers.js';
import { $, draftOpened, mountStudio, openFile } from './fixtures/studio-app-harness.js';

let seed: Article;
before(async () => {
  seed = await seedArticle();
  // The host page's resizer, as the snippet's last line loads it (built by `npm run build:lib`).
  await import(new URL('/dist/embed-resizer.js', location.href).href);
});

/** Each frame's height and that of the embed page it shows (the frames are of this origin here). */
const fit = (frame: HTMLIFrameElement) => {
  const shown = frame.contentDocument?.querySelector('main > *');
  const page = frame.contentDocument?.documentElement?.getBoundingClientRect().height ?? 0;
  return { shown, frame: frame.getBoundingClientRect().height, page };
};

/**
 * The Studio's frame snippet pasted into a host column of the measured width, served from this origin
 * (dist/ for the CDN), with a paragraph after it; resolves with the layout shift the host page saw until
 * every frame showed its widget and fitted it (CLS's sum, as the Layout Instability API reports it).
 */
async function layoutShiftOfSnippet(options: SnippetOptions): Promise<{ shift: number; fitted: number[] }> {
  const src = new URL(SEED_URL, location.href).href;
  const snippet = embedSnippet(seed, { ...options, form: 'frame', src }).replaceAll(
    CDN_SCRIPT.replace(/\/glossa\.js$/, ''),
    new URL('/dist', location.href).href,
  );
  const column = await fixture<HTMLElement>(html`<div style="width: ${MEASURED_COLUMN_WIDTH}px"></div>`);
  const frames = [...new DOMParser().parseFromString(snippet, 'text/html').querySelectorAll('iframe')];
  let shift = 0;
  const observer = new PerformanceObserver((list) => {
    for (const entry of list.getEntries() as (PerformanceEntry & { value: number })[]) shift += entry.value;
  });
  observer.observe({ type: 'layout-shift' });
  frames.forEach((frame) => frame.removeAttribute('loading'));
  column.append(...frames, Object.assign(document.createElement('p'), { textContent: 'The article goes on.' }));
  await waitUntil(
    () =>
      frames.every((frame) => {
        const { shown, frame: height, page } = fit(frame);
        return shown?.shadowRoot?.querySelector('h2') && page > 0 && Math.abs(height - Math.ceil(page)) < 1;
      }),
    'every frame shows its widget and fits it',
  );
  // The last resize lays out and paints in the next frames; the shift it causes is reported then.
  await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
  shift += observer
    .takeRecords()
    .reduce((sum, entry) => sum + (entry as PerformanceEntry & { value: number }).value, 0);
  observer.disconnect();
  const fitted = frames.map((frame) => frame.getBoundingClientRect().height);
  column.remove();
  return { shift, fitted };
}

describe('Studio: frames that start at their widgets’ measured heights', () => {
  it('measures each widget as its embed page will be', async () => {
    const heights = await measureFrameHeights(seed);
    expect(Object.keys(heights)).to.deep.equal(['explainer', 'whos-who', 'timeline', 'quiz']);
    for (const height of Object.values(heights)) expect(height).to.be.above(100);
    expect(document.querySelector('glossa-quiz'), 'the measuring widgets are gone').to.equal(null);
  });

  it('do not move the host page when the widgets show, where frames of a guessed height make it jump', async () => {
    const heights = await measureFrameHeights(seed);
    const measured = await layoutShiftOfSnippet({ frameHeights: heights });
    const guessed = await layoutShiftOfSnippet({});
    expect(measured.fitted, 'each frame fitted to the height it started at').to.deep.equal(Object.values(heights));
    expect(guessed.shift, 'the guessed frames move the page: the measure can fail').to.be.above(0.01);
    expect(measured.shift, `layout shift with measured frames (guessed: ${guessed.shift.toFixed(3)})`).to.be.at.most(
      0.01,
    );
  });

  it('are what Publish writes for a CMS that takes only frames', async function () {
    this.timeout(120_000);
    const app = await mountStudio();
    const json = await (await fetch(SEED_URL)).text();
    openFile(app, new File([json], 'kazakhstan-2022.json', { type: 'application/json' }));
    await draftOpened(app);
    await clickOn($(app, 'header button.primary'));
    const dialog = $(app, 'studio-publish-dialog').shadowRoot!;
    await waitUntil(() => dialog.querySelector('dialog')?.open === true, 'the publish dialog opens');
    const src = dialog.querySelector<HTMLInputElement>('#src')!;
    src.value = 'https://news.example/kazakhstan-2022.json';
    src.dispatchEvent(new Event('input'));
    const form = dialog.querySelector<HTMLSelectElement>('#snippet-form')!;
    form.value = 'frame';
    form.dispatchEvent(new Event('change'));
    const expected = await measureFrameHeights(JSON.parse(json));
    const heightsShown = () =>
      [...dialog.querySelector<HTMLTextAreaElement>('#snippet')!.value.matchAll(/height:(\d+)px/g)].map(([, px]) =>
        Number(px),
      );
    await waitUntil(
      () => JSON.stringify(heightsShown()) === JSON.stringify(Object.values(expected)),
      'the snippet’s frames start at the measured heights',
    );
  });
});
