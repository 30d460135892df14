import { expect } from '@open-wc/testing';
import { minimalArticle } from '../fixtures/minimal-article.js';
import { nextEvent } from '../fixtures/dom.js';

const BUNDLE = '/dist/glossa.js';
const RUSSIAN = '/dist/lang/ru.js';
/** What a second CMS plugin would load: the per-element entries, with their own copy of Lit. */
const ENTRIES = ['/dist/all.js', '/dist/explainer/define.js', '/dist/timeline/define.js'];

describe('dist/glossa.js, the CDN bundle', () => {
  it('imports nothing statically: Lit and the model are inside, and only its own chunks load later', async () => {
    const code = await (await fetch(BUNDLE)).text();
    expect(code.length).to.be.greaterThan(1000);
    expect(code).not.to.match(/\bfrom\s*["']|\bimport\s*["']/);
    const dynamic = [...code.matchAll(/\bimport\s*\(\s*([^)]*)\)/g)].map(([, specifier]) => specifier);
    expect(dynamic).to.have.length.greaterThan(0);
    for (const specifier of dynamic) expect(specifier).to.match(/^["']\.\/glossa-[\w-]+\.js["']$/);
  });

  it('reads a quiz written in HTML with the reader it loads beside it', async () => {
    await import(BUNDLE);
    const quiz = document.createElement('glossa-quiz') as HTMLElement & { updateComplete: Promise<boolean> };
    quiz.innerHTML = `<glossa-question type="true-false" answer="true"><p>Tokayev asked the CSTO for help.</p></glossa-question>`;
    document.body.append(quiz);
    await quiz.updateComplete;
    expect(quiz.shadowRoot!.querySelectorAll('[part~="question"]')).to.have.length(1);
    expect(quiz.shadowRoot!.querySelector('[part="loading"]')).to.equal(null);
    quiz.remove();
  });

  it('shows fill-in-the-blank, ordering and matching questions with the views it loads beside it', async () => {
    await import(BUNDLE);
    const quiz = document.createElement('glossa-quiz') as HTMLElement & { updateComplete: Promise<boolean> };
    quiz.setAttribute('layout', 'list');
    quiz.innerHTML = `<glossa-question type="fill-blank"><p>The capital is ___.</p><glossa-accept>Astana</glossa-accept></glossa-question>
      <glossa-question type="order"><p>Put in order.</p><glossa-item>First</glossa-item><glossa-item>Second</glossa-item></glossa-question>
      <glossa-question type="match"><p>Match.</p><glossa-pair><glossa-left>A</glossa-left><glossa-right>1</glossa-right></glossa-pair><glossa-pair><glossa-left>B</glossa-left><glossa-right>2</glossa-right></glossa-pair></glossa-question>`;
    document.body.append(quiz);
    await quiz.updateComplete;
    expect(quiz.shadowRoot!.querySelectorAll('[part~="blank-input"]')).to.have.length(1);
    expect(quiz.shadowRoot!.querySelectorAll('[part~="order-item"]')).to.have.length(2);
    expect(quiz.shadowRoot!.querySelectorAll('[part~="match-select"]')).to.have.length(2);
    expect(quiz.shadowRoot!.querySelector('[aria-busy]')).to.equal(null);
    quiz.remove();
  });

  it('registers <glossa-article>, which validates and shares an article', async () => {
    await import(BUNDLE);
    expect(customElements.get('glossa-article')).to.be.a('function');
    const provider = document.createElement('glossa-article');
    const script = document.createElement('script');
    script.type = 'application/json';
    script.textContent = JSON.stringify(minimalArticle());
    provider.append(script);
    const ready = nextEvent(provider, 'glossa-ready');
    document.body.append(provider);
    expect((await ready).detail.article.title).to.equal('A council votes');
    provider.remove();
  });

  it('speaks a language loaded beside it from dist/lang/', async () => {
    await import(BUNDLE);
    await import(RUSSIAN);
    const timeline = document.createElement('glossa-timeline');
    timeline.setAttribute('lang', 'ru');
    (timeline as HTMLElement & { article: unknown }).article = minimalArticle();
    const ready = nextEvent(timeline, 'glossa-ready');
    document.body.append(timeline);
    await ready;
    expect(timeline.shadowRoot!.querySelector('[part="heading"]')!.textContent.trim()).to.equal('Хронология');
    timeline.remove();
  });

  it('shares the page with a second copy of Glossa: no "already defined", and the widgets work', async () => {
    const errors: unknown[] = [];
    const onError = (event: ErrorEvent) => errors.push(event.error);
    window.addEventListener('error', onError);
    await import(BUNDLE);
    for (const entry of ENTRIES) await import(entry);
    window.removeEventListener('error', onError);
    expect(errors).to.deep.equal([]);

    const explainer = document.createElement('glossa-explainer') as HTMLElement & { article: unknown };
    explainer.article = minimalArticle();
    const ready = nextEvent(explainer, 'glossa-ready');
    document.body.append(explainer);
    await ready;
    expect(explainer.shadowRoot!.querySelector('[part="title"]')!.textContent).to.equal('A council votes');
    explainer.remove();
  });
});
