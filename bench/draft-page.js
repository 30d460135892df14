/**
 * The bench's code for the draft, run in bench/draft.html (scripts/bench.mjs drives it): each
 * measurement is a function on `window.glossaDraftBench`.
 */
import { load } from '../dist/glossa.js';
import { draftArticle } from '../dist/draft/index.js';
// The dev server compiles the Studio's TypeScript for this .js address.
import { draftOffMainThread } from '../studio/src/drafting/draft-off-main-thread.js';

// glossa.js loads an element once its tag is in the page; the measurements time their elements, not that.
await Promise.all(['glossa-article', 'glossa-explainer', 'glossa-quiz', 'glossa-term', 'glossa-timeline'].map(load));

const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

/**
 * Times `draftArticle` on `text`, as the Studio drafts a paste: the first run apart (it loads the
 * draft's libraries), then the median of `runs` more.
 */
async function timeDraft({ text, runs }) {
  const samples = [];
  let firstMs = 0;
  let draft;
  for (let run = 0; run <= runs; run += 1) {
    const start = performance.now();
    draft = await draftArticle({ kind: 'text', text });
    const took = performance.now() - start;
    if (run === 0) firstMs = took;
    else samples.push(took);
  }
  const { article } = draft;
  return {
    runs,
    characters: text.length,
    firstMs,
    draftMs: median(samples),
    paragraphs: article.paragraphs.length,
    entities: article.entities.length,
    questions: article.quiz?.questions.length ?? 0,
  };
}

/** Every element of the preview that renders: the widgets (the terms `<glossa-annotate>` makes are spans). */
const previewElements = (root) => [...root.querySelectorAll('*')].filter((element) => 'updateComplete' in element);

/** Waits until no element of the preview has an update pending: a render can make more. */
async function renderComplete(root) {
  for (;;) {
    const elements = previewElements(root);
    await Promise.all(elements.map((element) => element.updateComplete));
    const after = previewElements(root);
    if (after.length === elements.length && !after.some((element) => element.isUpdatePending)) return after;
  }
}

/** One keystroke in a summary field: a new article object, the rest of the model shared, as an editor makes it. */
function typed(article, text) {
  const [first, ...rest] = article.entities;
  return { ...article, entities: [{ ...first, summary: text }, ...rest] };
}

/**
 * The preview part of "preview updated after a keystroke": `<glossa-article>` around the explainer,
 * who's who, timeline, quiz and annotated text over `article`; each keystroke sets an article with one
 * character more in an entity's summary, and is timed from setting it to every element rendered and
 * laid out. Types `keystrokes` letters per run; the first run warms up.
 */
async function timePreviewUpdate({ article, runs, keystrokes = 10 }) {
  const host = document.createElement('glossa-article');
  host.innerHTML = `
    <glossa-explainer></glossa-explainer>
    <glossa-whos-who></glossa-whos-who>
    <glossa-timeline></glossa-timeline>
    <glossa-quiz></glossa-quiz>
    <glossa-annotate></glossa-annotate>`;
  const body = host.querySelector('glossa-annotate');
  for (const { id, text } of article.paragraphs) {
    const paragraph = document.createElement('p');
    paragraph.id = id;
    paragraph.textContent = text;
    body.append(paragraph);
  }
  document.body.append(host);
  host.article = article;
  const widgets = await renderComplete(host);
  if (host.articleState.status !== 'ready') throw new Error('the preview article is invalid');
  const samples = [];
  const summary = article.entities[0].summary;
  let current = article;
  for (let run = 0; run <= runs; run += 1) {
    for (let key = 1; key <= keystrokes; key += 1) {
      current = typed(current, `${summary} ${'x'.repeat(run * keystrokes + key)}`);
      const start = performance.now();
      host.article = current;
      for (const element of await renderComplete(host)) element.getBoundingClientRect();
      if (run > 0) samples.push(performance.now() - start);
    }
  }
  const shown = host.querySelector('glossa-whos-who').shadowRoot.textContent.includes('x'.repeat(runs * keystrokes));
  host.remove();
  return {
    runs,
    keystrokes: samples.length,
    widgets: widgets.length,
    terms: body.querySelectorAll('[data-glossa-term]').length,
    shown,
    updateMs: median(samples),
  };
}

/** The main thread's long tasks (over 50 ms, as the browser counts them) while `work` runs, and the longest. */
async function longTasksDuring(work) {
  const tasks = [];
  const observer = new PerformanceObserver((list) => tasks.push(...list.getEntries()));
  observer.observe({ type: 'longtask' });
  const value = await work();
  // A task's entry is queued once the task ends: the one that received the result ends after this await.
  await new Promise((resolve) => setTimeout(resolve));
  tasks.push(...observer.takeRecords());
  observer.disconnect();
  return { value, longTasks: tasks.length, longestTaskMs: Math.max(0, ...tasks.map((task) => task.duration)) };
}

/**
 * Times the Studio's draft of `text` through its worker (`draftOffMainThread`), from asking to the
 * draft back on the page, with the main thread's longest task meanwhile: the first run apart (the
 * worker loads the draft's libraries), then the median of `runs` more, and the longest task of all.
 */
async function timeWorkerDraft({ text, runs }) {
  const samples = [];
  let firstMs = 0;
  let longestTaskMs = 0;
  let draft;
  for (let run = 0; run <= runs; run += 1) {
    const start = performance.now();
    const measured = await longTasksDuring(() =>
      draftOffMainThread({ kind: 'text', text }, { onProgress: () => {}, signal: new AbortController().signal }),
    );
    const took = performance.now() - start;
    draft = measured.value;
    longestTaskMs = Math.max(longestTaskMs, measured.longestTaskMs);
    if (run === 0) firstMs = took;
    else samples.push(took);
  }
  return {
    runs,
    characters: text.length,
    firstMs,
    draftMs: median(samples),
    longestTaskMs,
    paragraphs: draft.article.paragraphs.length,
  };
}

window.glossaDraftBench = { timeDraft, timePreviewUpdate, timeWorkerDraft };
