import { expect, fixture, html } from '@open-wc/testing';
import fc from 'fast-check';
import '../../src/explainer/define.js';
import '../../src/timeline/define.js';
import { parseArticle } from '../../src/model/index.js';
import { seedJson } from '../fixtures/seed-article.js';
import { mutatedModels } from '../fixtures/mutations.js';

/** Every widget that renders a whole article; each must show content or a clear error, whatever it gets. */
const WIDGETS = ['glossa-explainer', 'glossa-timeline'];

const PARSE_RUNS = 3_000;
const RENDER_RUNS = 150;

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
  before(async () => {
    seed = await seedJson();
  });

  it(`parseArticle never throws, and every issue has a path and a message (${PARSE_RUNS} mutated models)`, function () {
    this.timeout(60_000);
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
    this.timeout(120_000);
    await withoutUncaughtErrors(() =>
      fc.assert(
        fc.asyncProperty(mutatedModels(seed), async (model) => {
          const valid = parseArticle(model).ok;
          for (const tag of WIDGETS) {
            const el = await fixture<HTMLElement & { article: unknown }>(html`<div></div>`).then((host) => {
              const widget = document.createElement(tag) as HTMLElement & { article: unknown };
              widget.article = model;
              host.append(widget);
              return widget;
            });
            await (el as unknown as { updateComplete: Promise<unknown> }).updateComplete;
            const root = el.shadowRoot!;
            if (valid) {
              expect(root.querySelector('[part="base"]'), `${tag} showed no content`).to.exist;
            } else {
              expect(root.querySelector('[part="error-message"]')?.textContent, `${tag} showed no error`).to.match(/\S/);
              expect(root.querySelector('[part="error-path"], [part="error-issue"]'), `${tag} named no problem`).to.exist;
            }
          }
        }),
        { numRuns: RENDER_RUNS },
      ),
    );
  });
});
