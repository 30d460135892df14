import { expect, fixture, html } from '@open-wc/testing';
import '../../src/all.js';
import { parseArticle } from '../../src/model/index.js';
import { formatPath } from '../../src/model/issues.js';
import type { Article } from '../../src/model/types.js';
import type { GlossaQuiz } from '../../src/quiz/quiz.js';
import { ALL_PAYLOADS, MARKUP_PAYLOADS, TEXT_PAYLOADS, URL_PAYLOADS } from '../fixtures/hostile.js';
import { seedJson } from '../fixtures/seed-article.js';

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
type Key = string | number;
type Path = readonly Key[];

/** Fields that hold ids, references, dates, tags or enums rather than text a reader sees. */
const NOT_TEXT = new Set([
  '$schema',
  'id',
  'lang',
  'kind',
  'type',
  'published',
  'when',
  'answer',
  'answers',
  'paragraph',
  'after',
]);
const URL_FIELDS = new Set(['src', 'url']);
/** Lists of plain strings that are text; other string lists (evidence, answers) hold ids. */
const TEXT_LISTS = new Set(['aliases', 'accept']);

const isUrlPath = (path: Path) => URL_FIELDS.has(String(path.at(-1)));
function isTextPath(path: Path): boolean {
  const last = path.at(-1);
  if (typeof last === 'number') return TEXT_LISTS.has(String(path.at(-2)));
  return !NOT_TEXT.has(last!) && !URL_FIELDS.has(last!);
}

function stringPaths(value: Json, at: Key[] = [], found: Key[][] = []): Key[][] {
  if (typeof value === 'string') found.push(at);
  else if (Array.isArray(value)) value.forEach((item, index) => stringPaths(item, [...at, index], found));
  else if (value !== null && typeof value === 'object') {
    for (const [key, item] of Object.entries(value)) stringPaths(item, [...at, key], found);
  }
  return found;
}

function getAt(root: unknown, path: Path): unknown {
  return path.reduce<unknown>((value, key) => (value as Record<Key, unknown>)[key], root);
}

function setAt(root: unknown, path: Path, value: unknown): void {
  const parent = getAt(root, path.slice(0, -1)) as Record<Key, unknown>;
  parent[path.at(-1)!] = value;
}

/** The seed with every URL field it can have: a source link, figure images and entity portraits (all but one). */
function withEveryUrl(seed: Json): Json {
  const model = structuredClone(seed) as Record<string, Json>;
  model['source'] = { name: 'Example News', url: 'https://example.com/story' };
  for (const figure of model['figures'] as Record<string, Json>[]) {
    figure['src'] = '/test/fixtures/pixel.svg';
    figure['alt'] = 'A photograph';
  }
  // All but one thing that is not a person, whose kind mark is what a refused image falls back to.
  const entities = model['entities'] as Record<string, Json>[];
  const marked = entities.find((entity) => entity['kind'] !== 'person');
  for (const entity of entities) {
    if (entity !== marked) entity['image'] = { src: '/test/fixtures/pixel.svg', alt: 'A portrait', credit: 'Agency' };
  }
  return model;
}

/** Whether a URL, as the page resolves it, is an http(s) one. */
function resolvesToHttp(url: string): boolean {
  try {
    return ['http:', 'https:'].includes(new URL(url, document.baseURI).protocol);
  } catch {
    return false;
  }
}

/** Everything the widgets rendered: tag and attribute names, in the light DOM and every shadow root. */
function collect(root: Element) {
  const names = new Set<string>();
  const urls: string[] = [];
  const handlers: string[] = [];
  let text = '';
  const visit = (element: Element) => {
    names.add(element.localName);
    for (const { name, value } of element.attributes) {
      names.add(`${element.localName}@${name}`);
      if (name.startsWith('on')) handlers.push(`${element.localName}@${name}`);
      if (['href', 'src', 'srcset', 'xlink:href', 'action', 'formaction', 'poster', 'data'].includes(name))
        urls.push(value);
    }
    if (element.shadowRoot) {
      text += element.shadowRoot.textContent;
      for (const child of element.shadowRoot.children) visit(child);
    }
    for (const child of element.children) visit(child);
  };
  text += root.textContent;
  visit(root);
  return { names, urls, handlers, text };
}

/** Fields per model in the batched parse test: valibot reports every issue, so each field is checked. */
const BATCH = 25;

const BODY = 'President Kassym-Jomart Tokayev asked the CSTO for help, and Vladimir Putin sent troops.';

/** Every widget with `article`, driven into the states that show the most text: feedback, results, an open card. */
async function renderEverything(article: unknown): Promise<HTMLElement> {
  localStorage.clear();
  const page = await fixture<HTMLElement>(html`<div>
    <glossa-explainer .article=${article}></glossa-explainer>
    <glossa-explainer variant="compact" .article=${article}></glossa-explainer>
    <glossa-timeline .article=${article}></glossa-timeline>
    <glossa-whos-who .article=${article}></glossa-whos-who>
    <glossa-quiz id="stepper" .article=${article}></glossa-quiz>
    <glossa-quiz id="list" layout="list" feedback="end" .article=${article}></glossa-quiz>
    <glossa-annotate mode="all" .article=${article}><p>${BODY}</p></glossa-annotate>
    <p><glossa-term ref="tokayev" .article=${article}>Tokayev</glossa-term></p>
  </div>`);
  const widgets = [...page.querySelectorAll<HTMLElement & { updateComplete: Promise<unknown> }>('*')].filter(
    (el) => 'updateComplete' in el,
  );
  const settle = async () => {
    for (const el of widgets) await el.updateComplete;
  };
  await settle();

  const stepper = page.querySelector<GlossaQuiz>('#stepper')!;
  stepper.shadowRoot!.querySelector<HTMLElement>('[part~="choice"]')?.click();
  await settle();
  stepper.shadowRoot!.querySelector<HTMLElement>('[part~="check-button"]')?.click();

  const list = page.querySelector<GlossaQuiz>('#list')!;
  for (const question of list.shadowRoot!.querySelectorAll('[part~="question"]')) {
    question.querySelector<HTMLElement>('[part~="choice"]')?.click();
  }
  await settle();
  list.shadowRoot!.querySelector<HTMLElement>('[part~="finish-button"]')?.click();

  page.querySelector('glossa-term')!.shadowRoot!.querySelector<HTMLElement>('[part="trigger"]')?.click();
  await settle();
  await settle();
  await injectedImagesSettled();
  return page;
}

/**
 * Resolves once an image of the payloads' own `src=x` has failed to load: an injected
 * `<img src=x onerror>` fails with the same request, so its handler would have run by then.
 */
function injectedImagesSettled(): Promise<void> {
  const canary = new Image();
  const settled = new Promise<void>((resolve) => {
    canary.addEventListener('error', () => resolve(), { once: true });
    canary.addEventListener('load', () => resolve(), { once: true });
  });
  canary.src = 'x';
  return settled;
}

describe('hostile strings', () => {
  let base: Json;
  let paths: Key[][];
  let benign: ReturnType<typeof collect>;
  const calls: string[] = [];
  const { alert } = window;
  const { warn } = console;

  before(async function () {
    base = withEveryUrl((await seedJson()) as Json);
    paths = stringPaths(base);
    window.alert = (message?: unknown) => void calls.push(`alert(${String(message)})`);
    (window as unknown as { __glossaCanary: () => void }).__glossaCanary = () => void calls.push('canary');
    console.warn = () => {};
    const article = parseArticle(structuredClone(base));
    expect(article.ok, 'the seed with every URL field is valid').to.be.true;
    benign = collect(await renderEverything(article.ok && article.article));
  });

  after(() => {
    window.alert = alert;
    console.warn = warn;
    localStorage.clear();
  });

  afterEach(() => expect(calls, 'a payload ran').to.deep.equal([]));

  /** Nothing rendered for `article` that the benign article did not render, and every URL is http(s). */
  async function expectNothingInjected(article: unknown, label: string) {
    const rendered = collect(await renderEverything(article));
    const injected = [...rendered.names].filter((name) => !benign.names.has(name));
    expect(injected, `${label}: elements or attributes the benign article does not have`).to.deep.equal([]);
    expect(rendered.handlers, `${label}: event handler attributes`).to.deep.equal([]);
    expect(
      rendered.urls.filter((url) => !resolvesToHttp(url)),
      `${label}: URLs that are not http(s)`,
    ).to.deep.equal([]);
    expect(calls, `${label}: a payload ran`).to.deep.equal([]);
    return rendered;
  }

  it(`the benign render is a real baseline: it has images, links, feedback, results and an open card`, () => {
    for (const name of ['img@src', 'a@href', 'glossa-term', 'section', 'button', 'input@type']) {
      expect(benign.names, name).to.include(name);
    }
    expect(benign.handlers).to.deep.equal([]);
    expect(benign.text).to.contain('Your results');
  });

  it(`parseArticle refuses markup in every text field (${ALL_PAYLOADS.length} payloads × every string field, ${BATCH} fields at a time)`, function () {
    let tried = 0;
    // Text fields and the rest apart: a payload in a question's `type` hides the issues inside that question.
    const groups = [paths.filter(isTextPath), paths.filter((path) => !isTextPath(path))];
    for (const payload of ALL_PAYLOADS) {
      const markup = MARKUP_PAYLOADS.includes(payload);
      for (const group of groups) {
        for (let start = 0; start < group.length; start += BATCH) {
          const batch = group.slice(start, start + BATCH);
          const model = structuredClone(base);
          for (const path of batch) setAt(model, path, payload);
          const result = parseArticle(model);
          tried += batch.length;
          if (!markup || !isTextPath(batch[0]!)) continue;
          const where = batch.map((path) => formatPath(path));
          expect(result.ok, `${JSON.stringify(payload)} was accepted in ${where.join(', ')}`).to.be.false;
          const issues = new Set(result.ok ? [] : result.issues.map((issue) => issue.path));
          expect(
            where.filter((path) => !issues.has(path)),
            `${JSON.stringify(payload)} accepted at`,
          ).to.deep.equal([]);
        }
      }
    }
    expect(paths.length, 'string fields in the seed').to.be.above(700);
    expect(tried).to.equal(paths.length * ALL_PAYLOADS.length);
  });

  it(`parseArticle accepts only http(s) and relative URLs in every URL field, one at a time (${ALL_PAYLOADS.length} payloads)`, () => {
    const urlPaths = paths.filter(isUrlPath);
    expect(urlPaths.map((path) => path.at(-1))).to.include.members(['url', 'src']);
    expect(urlPaths.length).to.be.above(25);
    const accepted = new Set<string>();
    for (const path of urlPaths) {
      const where = formatPath(path);
      for (const payload of ALL_PAYLOADS) {
        const model = structuredClone(base);
        setAt(model, path, payload);
        const result = parseArticle(model);
        if (result.ok) {
          accepted.add(payload);
          expect(resolvesToHttp(payload), `${where} = ${JSON.stringify(payload)} was accepted`).to.be.true;
        } else {
          expect(
            result.issues.map((issue) => issue.path),
            `${where} = ${JSON.stringify(payload)}`,
          ).to.include(where);
        }
      }
    }
    for (const payload of URL_PAYLOADS.filter((url) => !resolvesToHttp(url))) expect(accepted).not.to.include(payload);
  });

  /** `base` with `payload` in every text field where the model still validates: the others keep their text. */
  function everyTextField(payload: string): { article: Article; replaced: number } {
    const model = structuredClone(base);
    const textPaths = paths.filter(isTextPath);
    for (const path of textPaths) setAt(model, path, payload);
    for (let round = 0; round < 5; round += 1) {
      const result = parseArticle(structuredClone(model));
      if (result.ok) {
        const replaced = textPaths.filter((path) => getAt(model, path) === payload).length;
        return { article: result.article, replaced };
      }
      // A quote that is no longer in its paragraph, a blank-less prompt, names made equal: put those back.
      const refused = new Set(result.issues.map((issue) => issue.path));
      for (const path of textPaths) if (refused.has(formatPath(path))) setAt(model, path, getAt(base, path));
    }
    throw new Error(`${JSON.stringify(payload)}: no valid model`);
  }

  it(`text that passes validation comes out as the same text, in every widget (${TEXT_PAYLOADS.length} payloads, each in every text field at once)`, async function () {
    const textFields = paths.filter(isTextPath).length;
    for (const payload of TEXT_PAYLOADS) {
      const { article, replaced } = everyTextField(payload);
      expect(replaced, `${JSON.stringify(payload)} reached most text fields`).to.be.above(textFields * 0.8);
      const rendered = await expectNothingInjected(article, JSON.stringify(payload));
      expect(rendered.text, `${JSON.stringify(payload)} shows as text`).to.contain(payload);
    }
  });

  it(`a validated article changed afterwards (validation bypassed) injects nothing and links nothing unsafe (${Math.max(MARKUP_PAYLOADS.length, URL_PAYLOADS.length)} models)`, async function () {
    const textPaths = paths.filter(isTextPath);
    const urlPaths = paths.filter(isUrlPath);
    for (let index = 0; index < Math.max(MARKUP_PAYLOADS.length, URL_PAYLOADS.length); index += 1) {
      const markup = MARKUP_PAYLOADS[index % MARKUP_PAYLOADS.length]!;
      const url = URL_PAYLOADS[index % URL_PAYLOADS.length]!;
      const result = parseArticle(structuredClone(base));
      if (!result.ok) throw new Error('the base model is invalid');
      // The validated object is remembered as valid, so widgets take it as it is now.
      for (const path of textPaths) setAt(result.article, path, markup);
      for (const path of urlPaths) setAt(result.article, path, url);
      expect(parseArticle(result.article).ok, 'validation is really bypassed').to.be.true;
      const rendered = await expectNothingInjected(
        result.article,
        `${JSON.stringify(markup)} with ${JSON.stringify(url)}`,
      );
      expect(rendered.text, `${JSON.stringify(markup)} shows as text`).to.contain(markup);
    }
  });

  it('a quiz written in HTML with escaped tags and hostile attributes shows an error or text, never markup', async () => {
    const page = await fixture<HTMLElement>(html`<div>
      <glossa-quiz id="refused">
        <glossa-question type="single" name="q1">
          <p>Which one? &lt;img src=x onerror=__glossaCanary()&gt;</p>
          <glossa-choice correct feedback="&quot;&gt;&lt;img src=x onerror=__glossaCanary()&gt;">&lt;script&gt;__glossaCanary()&lt;/script&gt;</glossa-choice>
          <glossa-choice>&lt;svg onload=alert(1)&gt;</glossa-choice>
        </glossa-question>
      </glossa-quiz>
      <glossa-quiz id="shown" layout="list">
        <glossa-question type="single" name="q1">
          <p>Which one? javascript:alert(1) \${alert(1)} {{constructor.constructor('alert(1)')()}}</p>
          <glossa-choice correct feedback="&quot; onmouseover=&quot;__glossaCanary()">&lt; img src=x onerror=alert(1)&gt;</glossa-choice>
          <glossa-choice feedback="' onfocus='alert(1)' autofocus='">&amp;lt;script&amp;gt;alert(1)</glossa-choice>
        </glossa-question>
        <glossa-explanation>expression(alert(1)) url(javascript:alert(1))</glossa-explanation>
      </glossa-quiz>
    </div>`);
    const refused = page.querySelector<GlossaQuiz>('#refused')!;
    const shown = page.querySelector<GlossaQuiz>('#shown')!;
    await refused.updateComplete;
    await shown.updateComplete;
    expect(refused.shadowRoot!.querySelector('[part="error-message"]'), 'the markup quiz is refused').to.exist;
    const issues = [...refused.shadowRoot!.querySelectorAll('[part="error-path"]')].map((el) => el.textContent);
    expect(issues.length, `issues: ${issues.join(', ')}`).to.be.at.least(3);

    for (const choice of shown.shadowRoot!.querySelectorAll<HTMLInputElement>('[part~="choice-input"]')) choice.click();
    await shown.updateComplete;
    shown.shadowRoot!.querySelector<HTMLElement>('[part~="finish-button"]')!.click();
    await shown.updateComplete;
    await injectedImagesSettled();
    const rendered = collect(page);
    expect(rendered.text).to.contain('< img src=x onerror=alert(1)>');
    expect(rendered.text).to.contain('&lt;script&gt;alert(1)');
    expect(rendered.text).to.contain("' onfocus='alert(1)' autofocus='");
    expect(rendered.handlers).to.deep.equal([]);
    for (const tag of ['img', 'script', 'svg', 'iframe']) expect(rendered.names, tag).not.to.include(tag);
  });
});
