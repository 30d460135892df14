import { expect, oneEvent } from '@open-wc/testing';
import { minimalArticle } from '../fixtures/minimal-article.js';
import { waitUntil } from '../fixtures/wait.js';

const LOADER = '/dist/glossa.js';
/** What the build wrote of the files glossa.js chooses from (src/loader/chunk-manifest.ts). */
const MANIFEST = '/dist/glossa-chunks.json';
const RUSSIAN = '/dist/lang/ru.js';
/** What a second CMS plugin would load: the per-element entries, with their own copy of Lit. */
const ENTRIES = ['/dist/all.js', '/dist/explainer/define.js', '/dist/timeline/define.js'];

interface Manifest {
  all: string;
  elements: Record<string, string[]>;
}

type Frame = { doc: Document; view: Window & typeof globalThis; errors: string[] };
type LitHost = HTMLElement & { updateComplete: Promise<boolean>; article?: unknown };

const manifest = async (): Promise<Manifest> => (await fetch(MANIFEST)).json() as Promise<Manifest>;
const fileName = (url: string) => url.split('/').at(-1)!.split('?')[0]!;

/** A page of its own, in an iframe, whose head includes glossa.js (and `scripts`) as a CMS page does. */
async function openPage(body: string, scripts: string[] = [LOADER]): Promise<Frame> {
  const frame = document.createElement('iframe');
  frame.style.cssText = 'width: 800px; height: 600px; border: 0';
  frame.srcdoc = `<!doctype html><html lang="en"><head>${scripts
    .map((src) => `<script type="module" src="${src}"></script>`)
    .join('')}</head><body>${body}</body></html>`;
  const loaded = oneEvent(frame, 'load');
  document.body.append(frame);
  await loaded;
  const view = frame.contentWindow as Window & typeof globalThis;
  const errors: string[] = [];
  view.addEventListener('error', (event) => errors.push(event.message));
  view.addEventListener('unhandledrejection', (event) => errors.push(String(event.reason)));
  return { doc: frame.contentDocument!, view, errors };
}

/** The Glossa files the page fetched, by name, in the order it asked for them. */
const fetched = ({ view }: Frame) =>
  view.performance
    .getEntriesByType('resource')
    .map((entry) => fileName(entry.name))
    .filter((name) => name.startsWith('glossa'));

async function defined(frame: Frame, tag: string): Promise<LitHost> {
  await frame.view.customElements.whenDefined(tag);
  const element = frame.doc.querySelector<LitHost>(tag)!;
  await element.updateComplete;
  return element;
}

/** Inline JSON of the minimal article, as an editor pastes it. */
const inlineArticle = () => `<script type="application/json">${JSON.stringify(minimalArticle())}</script>`;

afterEach(() => document.querySelectorAll('iframe').forEach((frame) => frame.remove()));

describe('dist/glossa.js, the CDN loader', () => {
  it('is one small module that imports nothing statically', async () => {
    const code = await (await fetch(LOADER)).text();
    expect(code).not.to.match(/\bfrom\s*["']|\bimport\s*["']/);
    expect(code.length).to.be.below(8000);
    const module = (await import(LOADER)) as Record<string, unknown>;
    expect(Object.keys(module).sort()).to.deep.equal(['discover', 'load']);
  });

  it('on a page with only a quiz, fetches the quiz’s chunks, all at once, and no other element’s', async () => {
    const frame = await openPage(`<glossa-quiz layout="list">${inlineArticle()}</glossa-quiz>`);
    const quiz = await defined(frame, 'glossa-quiz');
    expect(quiz.shadowRoot!.querySelectorAll('[part~="question"]').length).to.be.above(0);
    const { all, elements } = await manifest();
    const chunks = elements['glossa-quiz']!.map(fileName);
    const others = [all, ...Object.values(elements).flat()].map(fileName).filter((name) => !chunks.includes(name));
    expect(fetched(frame)).to.include.members(['glossa.js', ...chunks]);
    // Beside them, only what the quiz loads when needed: here the views of its other question types.
    expect(fetched(frame).filter((name) => others.includes(name))).to.deep.equal([]);
    // In a chain, the chunks the quiz's own imports would be asked for only once it had arrived.
    const timing = (name: string) =>
      (frame.view.performance.getEntriesByType('resource') as PerformanceResourceTiming[]).find(
        (entry) => fileName(entry.name) === name,
      )!;
    const quizArrived = timing(chunks[0]!).responseEnd;
    for (const chunk of chunks.slice(1)) expect(timing(chunk).startTime, chunk).to.be.below(quizArrived);
    expect(frame.errors).to.deep.equal([]);
  });

  it('on a page with every widget, fetches the one file of every element instead of their chunks', async () => {
    const widgets = ['explainer', 'quiz', 'timeline', 'whos-who'].map(
      (name) => `<glossa-${name} for="story"></glossa-${name}>`,
    );
    const frame = await openPage(`<glossa-article id="story">${inlineArticle()}</glossa-article>${widgets.join('')}`);
    const timeline = await defined(frame, 'glossa-timeline');
    await waitUntil(() => timeline.shadowRoot!.querySelector('[part="heading"]'), 'the timeline did not render');
    expect(fetched(frame)).to.deep.equal(['glossa.js', fileName((await manifest()).all)]);
    expect(frame.errors).to.deep.equal([]);
  });

  it('loads a widget added after the page loaded, and a sanitizer-safe marker’s widget', async () => {
    const frame = await openPage('<main></main>');
    expect(fetched(frame)).to.deep.equal(['glossa.js']);
    const marker = frame.doc.createElement('div');
    marker.dataset.glossa = 'timeline';
    marker.dataset.glossaArticle = JSON.stringify(minimalArticle());
    frame.doc.querySelector('main')!.append(marker);
    const timeline = await defined(frame, 'glossa-timeline');
    expect(timeline.shadowRoot!.querySelector('[part="heading"]')!.textContent.trim()).to.equal('Timeline');
    const quiz: LitHost = frame.doc.createElement('glossa-quiz');
    quiz.article = minimalArticle();
    frame.doc.body.append(quiz);
    await defined(frame, 'glossa-quiz');
    expect(fetched(frame)).to.include(fileName((await manifest()).elements['glossa-quiz']![0]!));
  });

  it('loads what a shadow root the page hands to discover() holds', async () => {
    const frame = await openPage(
      `<div id="host"></div><script type="module">import * as loader from '${LOADER}'; window.glossaLoader = loader;</script>`,
    );
    const root = frame.doc.querySelector('#host')!.attachShadow({ mode: 'open' });
    const explainer = frame.doc.createElement('glossa-explainer') as LitHost;
    explainer.article = minimalArticle();
    root.append(explainer);
    const view = frame.view as typeof frame.view & { glossaLoader?: { discover(root: ParentNode): void } };
    await waitUntil(() => view.glossaLoader, 'glossa.js did not load');
    view.glossaLoader!.discover(root);
    await frame.view.customElements.whenDefined('glossa-explainer');
    await explainer.updateComplete;
    expect(explainer.shadowRoot!.querySelector('[part="title"]')!.textContent).to.equal('A council votes');
  });

  it('reads a quiz written in HTML with the reader it loads beside it', async () => {
    const frame = await openPage(
      `<glossa-quiz><glossa-question type="true-false" answer="true"><p>Tokayev asked the CSTO for help.</p></glossa-question></glossa-quiz>`,
    );
    const quiz = await defined(frame, 'glossa-quiz');
    await waitUntil(() => quiz.shadowRoot!.querySelectorAll('[part~="question"]').length === 1, 'no question');
    expect(quiz.shadowRoot!.querySelector('[part="loading"]')).to.equal(null);
  });

  it('shows fill-in-the-blank, ordering and matching questions with the views it loads beside it', async () => {
    const frame = await openPage(`<glossa-quiz layout="list">
      <glossa-question type="fill-blank"><p>The capital is ___.</p><glossa-accept>Astana</glossa-accept></glossa-question>
      <glossa-question type="order"><p>Put in order.</p><glossa-item>First</glossa-item><glossa-item>Second</glossa-item></glossa-question>
      <glossa-question type="match"><p>Match.</p><glossa-pair><glossa-left>A</glossa-left><glossa-right>1</glossa-right></glossa-pair><glossa-pair><glossa-left>B</glossa-left><glossa-right>2</glossa-right></glossa-pair></glossa-question>
    </glossa-quiz>`);
    const quiz = await defined(frame, 'glossa-quiz');
    await waitUntil(() => quiz.shadowRoot!.querySelector('[part~="match-select"]'), 'the views did not load');
    expect(quiz.shadowRoot!.querySelectorAll('[part~="blank-input"]')).to.have.length(1);
    expect(quiz.shadowRoot!.querySelectorAll('[part~="order-item"]')).to.have.length(2);
    expect(quiz.shadowRoot!.querySelectorAll('[part~="match-select"]')).to.have.length(2);
    expect(quiz.shadowRoot!.querySelector('[aria-busy]')).to.equal(null);
  });

  it('speaks a language loaded beside it from dist/lang/', async () => {
    const frame = await openPage(`<glossa-timeline lang="ru">${inlineArticle()}</glossa-timeline>`, [LOADER, RUSSIAN]);
    const timeline = await defined(frame, 'glossa-timeline');
    await waitUntil(() => timeline.shadowRoot!.querySelector('[part="heading"]'), 'the timeline did not render');
    expect(timeline.shadowRoot!.querySelector('[part="heading"]')!.textContent.trim()).to.equal('Хронология');
  });

  it('shares the page with a second copy of Glossa: no "already defined", and the widgets work', async () => {
    const frame = await openPage(`<glossa-explainer>${inlineArticle()}</glossa-explainer>`, [LOADER, ...ENTRIES]);
    const explainer = await defined(frame, 'glossa-explainer');
    await waitUntil(() => explainer.shadowRoot!.querySelector('[part="title"]'), 'the explainer did not render');
    expect(explainer.shadowRoot!.querySelector('[part="title"]')!.textContent).to.equal('A council votes');
    expect(frame.errors).to.deep.equal([]);
  });
  it('included async, defines a quiz the parser has not finished reading: it waits for its inline article', async () => {
    const frame = document.createElement('iframe');
    document.body.append(frame);
    const view = frame.contentWindow as Window & typeof globalThis;
    const doc = frame.contentDocument!;
    const events: string[] = [];
    // A page the parser is still reading: written in parts, parsed as it comes, "loading" until closed.
    doc.open();
    doc.write(
      `<!doctype html><html lang="en"><head><script type="module" async src="${LOADER}"></script></head><body>`,
    );
    doc.write('<glossa-quiz layout="list">');
    const quiz = doc.querySelector<LitHost>('glossa-quiz')!;
    for (const type of ['glossa-ready', 'glossa-error']) quiz.addEventListener(type, () => events.push(type));
    await view.customElements.whenDefined('glossa-quiz');
    await quiz.updateComplete;
    const parsing = doc.readyState;
    const erredEarly = quiz.shadowRoot!.querySelector('[part="error"]') !== null;
    doc.write(`${inlineArticle()}</glossa-quiz><p>After the quiz.</p>`);
    doc.close();
    expect(parsing, 'the quiz defined while the page was parsed').to.equal('loading');
    expect(erredEarly, 'an error shown before its article was read').to.be.false;
    await waitUntil(
      () => quiz.shadowRoot!.querySelector('[part~="question"]') !== null,
      'the quiz did not show its article',
    );
    expect(events).to.deep.equal(['glossa-ready']);
  });
});
