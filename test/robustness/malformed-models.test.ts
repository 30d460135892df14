import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import '../../src/all.js';
import { parseArticle } from '../../src/model/index.js';
import { seedJson } from '../fixtures/seed-article.js';
import { mutatedModels } from '../fixtures/mutations.js';

import { isShown, textOf } from '../fixtures/dom.js';

const PARSE_RUNS = 3_000;
const RENDER_RUNS = 150;
/** Fewer for the page of every widget together, which renders the seed article nine times over. */
const PAGE_RUNS = 60;

type ArticleHolder = HTMLElement & { article: unknown; updateComplete: Promise<unknown> };

/** Every widget that renders a whole article, as a page places it; each must show content or a clear error. */
const WIDGETS: readonly { tag: string; attributes?: Record<string, string> }[] = [
  { tag: 'glossa-explainer' },
  { tag: 'glossa-explainer', attributes: { variant: 'compact' } },
  { tag: 'glossa-timeline' },
  { tag: 'glossa-whos-who' },
  { tag: 'glossa-quiz', attributes: { layout: 'stepper' } },
  { tag: 'glossa-quiz', attributes: { layout: 'list', feedback: 'end' } },
];

/** A body that names seed entities, for <glossa-annotate>. */
const BODY =
  'President Kassym-Jomart Tokayev asked the Collective Security Treaty Organization for help; NATO watched.';
const TERMS = [
  { ref: 'tokayev', text: 'Tokayev' },
  { ref: 'nobody-by-this-id', text: 'Someone unknown' },
];

/** Appends widgets for `model` to `host`, each given the model as `.article` (or inherited from `provider`). */
function widgetsFor(host: HTMLElement, model: unknown, provider = false): ArticleHolder[] {
  const widget = (tag: string, attributes: Record<string, string> = {}) => {
    const el = document.createElement(tag) as ArticleHolder;
    for (const [name, value] of Object.entries(attributes)) el.setAttribute(name, value);
    if (!provider) el.article = model;
    return el;
  };
  const widgets = WIDGETS.map(({ tag, attributes }) => widget(tag, attributes));
  const annotate = widget('glossa-annotate');
  annotate.innerHTML = `<p>${BODY}</p>`;
  const paragraph = document.createElement('p');
  const terms = TERMS.map(({ ref, text }) => {
    const term = widget('glossa-term', { ref });
    term.textContent = text;
    return term;
  });
  paragraph.append('Read about ', ...terms.flatMap((term) => [term, ' ']));
  host.append(...widgets, annotate, paragraph);
  return [...widgets, annotate, ...terms];
}

async function settle(elements: readonly ArticleHolder[]): Promise<void> {
  for (const el of elements) await el.updateComplete;
  for (const el of elements) await el.updateComplete;
}

/** A widget shows its content when the model is valid, else an error message that names a problem. */
function expectContentOrError(el: ArticleHolder, valid: boolean): void {
  const root = el.shadowRoot!;
  const shown = (attribute: string) =>
    el.hasAttribute(attribute) ? ` ${attribute}=${el.getAttribute(attribute)}` : '';
  const name = `<${el.localName}${shown('layout')}${shown('variant')}>`;
  if (valid) {
    const content = root.querySelector('[part~="base"], [part~="message"]');
    expect(content, `${name} showed no content`).to.exist;
    expect(isShown(content!), `${name} hid its content`).to.be.true;
    expect(textOf(content!), `${name} showed an empty box`).to.match(/\S/);
  } else {
    expect(root.querySelector('[part="error-message"]')?.textContent, `${name} showed no error`).to.match(/\S/);
    expect(root.querySelector('[part="error-path"], [part="error-issue"]'), `${name} named no problem`).to.exist;
  }
}

/** Annotated or not, the body keeps its words and shows them; a term's text shows, as a term or as plain text. */
function expectTextKept(annotate: ArticleHolder, terms: readonly ArticleHolder[], valid: boolean): void {
  expect(textOf(annotate)).to.equal(BODY);
  expect(isShown(annotate.querySelector('p')!), 'the annotated body is visible').to.be.true;
  for (const [index, term] of terms.entries()) {
    expect(textOf(term)).to.equal(TERMS[index]!.text);
    expect(isShown(term), `<glossa-term ref=${term.getAttribute('ref')}> is visible`).to.be.true;
    const trigger = term.shadowRoot!.querySelector('[part="trigger"]');
    if (!valid || term.getAttribute('ref') === 'nobody-by-this-id') {
      expect(trigger, 'plain text without an entity to show').to.be.null;
      expect(term.shadowRoot!.querySelector('slot'), 'the text stays slotted').to.exist;
    }
  }
  if (!valid)
    expect(annotate.querySelectorAll('glossa-term'), 'nothing annotated from an invalid model').to.have.length(0);
}

/** Fails the test on any error or rejection that escapes while `body` runs. */
async function withoutUncaughtErrors(body: () => Promise<void>): Promise<void> {
  const escaped: unknown[] = [];
  const onError = (event: ErrorEvent) => escaped.push(event.error ?? event.message);
  const onRejection = (event: PromiseRejectionEvent) => escaped.push(event.reason);
  addEventListener('error', onError);
  addEventListener('unhandledrejection', onRejection);
  try {
    await body();
    await new Promise((resolve) => setTimeout(resolve));
  } finally {
    removeEventListener('error', onError);
    removeEventListener('unhandledrejection', onRejection);
  }
  expect(escaped).to.deep.equal([]);
}

describe('malformed models', () => {
  let seed: unknown;
  const { warn } = console;
  before(async () => {
    seed = await seedJson();
    // A term whose entity is missing says so once per element: thousands of lines here.
    console.warn = (...args: unknown[]) => {
      if (!String(args[0]).includes('<glossa-term')) warn(...args);
    };
  });
  after(() => (console.warn = warn));

  it(`parseArticle never throws, and every issue has a path and a message (${PARSE_RUNS} mutated models)`, function () {
    fc.assert(
      fc.property(mutatedModels(seed), (model) => {
        const result = parseArticle(model);
        if (result.ok) return;
        expect(result.issues).not.to.be.empty;
        for (const issue of result.issues) {
          expect(issue.path).to.be.a('string');
          expect(issue.message).to.be.a('string').and.not.equal('');
        }
      }),
      { numRuns: PARSE_RUNS },
    );
  });

  it('parseArticle never throws on JSON text cut anywhere', () => {
    const text = JSON.stringify(seed);
    fc.assert(
      fc.property(fc.nat({ max: text.length }), (end) => {
        const result = parseArticle(text.slice(0, end));
        expect(result.ok).to.equal(end === text.length);
      }),
      { numRuns: 300 },
    );
  });

  it(`every widget shows its content or an error with a path, never an empty box (${RENDER_RUNS} models)`, async function () {
    this.timeout(180_000);
    const host = document.createElement('div');
    const seen = { true: 0, false: 0 };
    document.body.append(host);
    try {
      await withoutUncaughtErrors(() =>
        fc.assert(
          fc.asyncProperty(mutatedModels(seed), async (model) => {
            host.replaceChildren();
            const valid = parseArticle(model).ok;
            seen[valid ? 'true' : 'false'] += 1;
            const elements = widgetsFor(host, model);
            await settle(elements);
            for (const el of elements.slice(0, WIDGETS.length)) expectContentOrError(el, valid);
            expectTextKept(elements[WIDGETS.length]!, elements.slice(WIDGETS.length + 1), valid);
          }),
          // The seed itself, unmutated, so the valid branch is always exercised, whatever the random draw.
          { numRuns: RENDER_RUNS, examples: [[structuredClone(seed)]] },
        ),
      );
      expect(seen.true, 'valid models were rendered').to.be.above(0);
      expect(seen.false, 'most do not').to.be.above(seen.true);
    } finally {
      host.remove();
    }
  });

  it(`a <glossa-article> shares a malformed model with every widget inside it, each showing content or the error (${PAGE_RUNS} models)`, async function () {
    this.timeout(120_000);
    const provider = document.createElement('glossa-article') as ArticleHolder;
    const seen = { true: 0, false: 0 };
    document.body.append(provider);
    try {
      await withoutUncaughtErrors(() =>
        fc.assert(
          fc.asyncProperty(mutatedModels(seed), async (model) => {
            provider.replaceChildren();
            const valid = parseArticle(model).ok;
            seen[valid ? 'true' : 'false'] += 1;
            provider.article = model;
            const elements = widgetsFor(provider, model, true);
            await provider.updateComplete;
            await settle(elements);
            for (const el of elements.slice(0, WIDGETS.length)) expectContentOrError(el, valid);
            expectTextKept(elements[WIDGETS.length]!, elements.slice(WIDGETS.length + 1), valid);
          }),
          // The seed itself, unmutated, so the valid branch is always exercised, whatever the random draw.
          { numRuns: PAGE_RUNS, examples: [[structuredClone(seed)]] },
        ),
      );
      expect(seen.true, 'valid models were rendered').to.be.above(0);
      expect(seen.false, 'most do not').to.be.above(seen.true);
    } finally {
      provider.remove();
    }
  });
});
