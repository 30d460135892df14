/**
 * The bench's code that runs in the page (scripts/bench.mjs drives it): the elements are loaded by
 * glossa.js (bench/index.html), and each measurement is a function on `window.glossaBench`.
 */

import { load } from '../dist/glossa.js';

// glossa.js loads an element once its tag is in the page; the measurements time their elements, not that.
await Promise.all(['glossa-annotate', 'glossa-term', 'glossa-whos-who'].map(load));

/**
 * A synthetic article of `paragraphs` paragraphs (~90 words, about six mentions each) and `entities`
 * entities with two-word names and a surname alias, and the same body as a CMS would print it.
 */
function buildStory({ paragraphs, entities }) {
  const syllables = ['ka', 'lo', 'mi', 'ra', 'sen', 'to', 'vu', 'zar', 'bel', 'dun', 'fi', 'gor'];
  const word = (n, length) => {
    let text = '';
    for (let i = 0; i < length; i += 1) text += syllables[(n * 7 + i * 5 + Math.floor(n / (i + 1))) % syllables.length];
    return text[0].toUpperCase() + text.slice(1);
  };
  const people = Array.from({ length: entities }, (_, n) => ({
    id: `e${n}`,
    kind: ['person', 'organization', 'place', 'term'][n % 4],
    name: `${word(n, 2)} ${word(n + 1000, 3)}${n}`,
    aliases: [`${word(n + 1000, 3)}${n}`],
    role: `Role ${n}`,
    summary: `Summary of entity ${n}.`,
    evidence: [`p${(n % paragraphs) + 1}`],
  }));
  const filler =
    'the council said on Tuesday that talks would continue while protesters gathered outside and officials'.split(' ');
  const texts = Array.from({ length: paragraphs }, (_, p) => {
    const words = [];
    for (let i = 0; i < 90; i += 1) {
      const entity = people[(p * 13 + i * 7) % entities];
      if (i % 15 === 3) words.push(i % 2 ? entity.name : entity.aliases[0]);
      else words.push(filler[(p + i) % filler.length]);
    }
    return `${words.join(' ')}.`;
  });
  const article = {
    schemaVersion: 1,
    id: 'bench',
    lang: 'en',
    title: 'Bench article',
    paragraphs: texts.map((text, index) => ({ id: `p${index + 1}`, text })),
    entities: people,
    explainer: { summary: 'A synthetic article for the bench.', sections: [] },
  };
  const body = () =>
    texts.map((text, index) => {
      const paragraph = document.createElement('p');
      paragraph.id = `p${index + 1}`;
      paragraph.textContent = text;
      return paragraph;
    });
  return { article, body, characters: texts.reduce((sum, text) => sum + text.length, 0) };
}

/**
 * Times `annotate()`, until the annotated body is painted (style, layout and paint of every term),
 * `removeAnnotations()`, and until the body is painted again.
 */
async function timeAnnotate({ paragraphs, entities, mode, runs }) {
  const { article, body, characters } = buildStory({ paragraphs, entities });
  const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
  const frame = () => new Promise((resolve) => requestAnimationFrame(() => resolve()));
  // A task queued from a frame runs after that frame is painted.
  const painted = () => new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));
  const samples = { annotate: [], render: [], remove: [], removePainted: [] };
  let terms = 0;
  for (let run = 0; run <= runs; run += 1) {
    const el = document.createElement('glossa-annotate');
    el.mode = mode;
    el.append(...body());
    document.body.append(el);
    el.article = article;
    await el.updateComplete;
    el.removeAnnotations();
    await frame();

    const start = performance.now();
    terms = el.annotate();
    const annotated = performance.now();
    await el.updateComplete;
    await painted();
    const rendered = performance.now();
    const removeStart = performance.now();
    el.removeAnnotations();
    const removed = performance.now();
    await painted();
    const removedPainted = performance.now();
    el.remove();
    if (run === 0) continue; // warm-up: first compile and validation
    samples.annotate.push(annotated - start);
    samples.render.push(rendered - start);
    samples.remove.push(removed - removeStart);
    samples.removePainted.push(removedPainted - removeStart);
  }
  return {
    paragraphs,
    entities,
    characters,
    mode,
    terms,
    runs,
    annotateMs: median(samples.annotate),
    renderMs: median(samples.render),
    removeMs: median(samples.remove),
    removePaintedMs: median(samples.removePainted),
  };
}

/**
 * Times one keystroke in `<glossa-whos-who>`'s search box over `entities` entities: from the input event
 * to the list re-rendered and laid out. Types a name's first letters one by one, then deletes them.
 * The list may show the top of a long result first and the rest in the next frames, as a reader's
 * typing lets it: the next key comes once the list shows exactly the entries the count says, and the
 * time until then is the keystroke's settling time.
 */
async function timeWhosWhoKeystroke({ entities, runs }) {
  const { article } = buildStory({ paragraphs: 100, entities });
  const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
  const el = document.createElement('glossa-whos-who');
  el.article = article;
  document.body.append(el);
  await el.updateComplete;
  const input = el.shadowRoot.querySelector('[part="search-input"]');
  const word = article.entities[Math.floor(entities / 2)].name.slice(0, 5).toLowerCase();
  const queries = [...word].map((_, index) => word.slice(0, index + 1));
  const steps = [...queries, ...queries.slice(0, -1).reverse(), ''];
  const count = () => el.shadowRoot.querySelector('[part="count"]').textContent.trim();
  // "487 of 5,000 entries", "5,000 entries" or "No entries match": the first number is how many show.
  const expected = () =>
    Number(
      count()
        .match(/^[\d,]*/)[0]
        .replace(/,/g, ''),
    );
  const nextFrame = () => new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve)));
  const samples = [];
  const settling = [];
  let shownAtFullWord = 0;
  for (let run = 0; run <= runs; run += 1) {
    for (const query of steps) {
      const start = performance.now();
      input.value = query;
      input.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true }));
      await el.updateComplete;
      el.shadowRoot.querySelector('[part="base"]').getBoundingClientRect();
      const took = performance.now() - start;
      while (el.shadowRoot.querySelectorAll('.entry:not([hidden])').length !== expected()) await nextFrame();
      // the first run warms up
      if (run > 0) {
        samples.push(took);
        settling.push(performance.now() - start);
      }
      if (query === word) shownAtFullWord = count();
    }
  }
  el.remove();
  return {
    entities,
    keystrokes: samples.length,
    runs,
    query: word,
    countAtFullWord: shownAtFullWord,
    keystrokeMs: median(samples),
    // The first letter hides most entries at once: the median of a word's letters does not show it.
    slowestMs: Math.max(...samples),
    settledMs: median(settling),
    slowestSettledMs: Math.max(...settling),
  };
}

/**
 * Times the first render of `<glossa-whos-who>` over `entities` entities: from the element's insertion,
 * its article given, to the list rendered and laid out.
 */
async function timeWhosWhoRender({ entities, runs }) {
  const { article } = buildStory({ paragraphs: 100, entities });
  const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
  const samples = [];
  for (let run = 0; run <= runs; run += 1) {
    const el = document.createElement('glossa-whos-who');
    el.article = article;
    const start = performance.now();
    document.body.append(el);
    await el.updateComplete;
    el.shadowRoot.querySelector('[part="base"]').getBoundingClientRect();
    if (run > 0) samples.push(performance.now() - start); // the first run warms up
    el.remove();
  }
  return { entities, runs, renderMs: median(samples) };
}

window.glossaBench = { timeAnnotate, timeWhosWhoKeystroke, timeWhosWhoRender, buildStory };
