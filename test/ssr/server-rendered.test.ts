import { expect, oneEvent } from '@open-wc/testing';
import { sendKeys, sendMouse } from '@web/test-runner-commands';
import { seedArticle } from '../fixtures/seed-article.js';
import { nextEvent, textOf } from '../fixtures/dom.js';

/** The seed article's explainer, quiz (`layout="list"`), timeline and who's who as `glossa render` prints them, with no script. */
const PAGE = '/test/ssr/rendered.html';

/**
 * The module scripts that make a rendered page interactive, in page order: the library's hydration
 * entry as a bundler user's app loads it (`glossa/hydrate`), the CDN bundle that ships for it, and that
 * bundle on a page that loads the usual CDN bundle after it.
 */
const HYDRATING_SCRIPTS: Record<string, string[]> = {
  'glossa/hydrate': ['/dist/hydrate.js'],
  'dist/glossa-hydrate.js': ['/dist/glossa-hydrate.js'],
  'dist/glossa-hydrate.js, then dist/glossa.js': ['/dist/glossa-hydrate.js', '/dist/glossa.js'],
};

/** The page in an iframe; `sandbox` without `allow-scripts` is a browser with JavaScript turned off. */
async function loadPage(options: { javascript: boolean; fragment?: string }): Promise<HTMLIFrameElement> {
  const frame = document.createElement('iframe');
  if (!options.javascript) frame.sandbox.add('allow-same-origin');
  frame.style.cssText = 'position: fixed; inset: 0 auto auto 0; width: 900px; height: 700px; border: 0';
  const loaded = oneEvent(frame, 'load');
  frame.src = PAGE + (options.fragment ?? '');
  document.body.append(frame);
  await loaded;
  return frame;
}

type LitHost = HTMLElement & { updateComplete: Promise<boolean> };

function widgets(frame: HTMLIFrameElement) {
  const doc = frame.contentDocument!;
  const explainer = doc.querySelector<LitHost>('glossa-explainer')!;
  return {
    explainer,
    quiz: doc.querySelector<LitHost>('glossa-quiz')!,
    timeline: doc.querySelector<LitHost>('main > glossa-timeline')!,
    whosWho: doc.querySelector<LitHost>('glossa-whos-who')!,
    explainerTimeline: explainer.shadowRoot!.querySelector<LitHost>('glossa-timeline')!,
  };
}

function scriptExecuted(script: HTMLScriptElement): Promise<void> {
  return new Promise((resolve, reject) => {
    script.addEventListener('load', () => resolve());
    script.addEventListener('error', () => reject(new Error(`${script.src} did not load`)));
  });
}

/**
 * Loads `scripts` into the page, in order, as a page with JavaScript would; returns the errors the page
 * raised or logged meanwhile.
 */
async function hydrate(frame: HTMLIFrameElement, scripts: string[]): Promise<string[]> {
  const errors: string[] = [];
  const view = frame.contentWindow! as Window & typeof globalThis;
  view.addEventListener('error', (event) => errors.push(event.message));
  view.addEventListener('unhandledrejection', (event) => errors.push(String(event.reason)));
  const logError = view.console.error;
  view.console.error = (...args: unknown[]) => {
    errors.push(args.map(String).join(' '));
    logError.apply(view.console, args);
  };
  const doc = frame.contentDocument!;
  await Promise.all(
    scripts.map((src) => {
      const script = doc.createElement('script');
      script.type = 'module';
      // An inserted script runs as soon as it has loaded; a page's scripts run in the page's order.
      script.async = false;
      script.src = src;
      doc.head.append(script);
      return scriptExecuted(script);
    }),
  );
  const elements = Object.values(widgets(frame));
  // A second update may follow the hydrating one, for state only the browser knows.
  for (let i = 0; i < 2; i += 1) await Promise.all(elements.map((element) => element.updateComplete));
  return errors;
}

/** Every node of a shadow root, text and comments included, in document order. */
function nodesOf(root: ShadowRoot): Node[] {
  const walker = root.ownerDocument.createTreeWalker(root, NodeFilter.SHOW_ALL);
  const nodes: Node[] = [];
  while (walker.nextNode()) nodes.push(walker.currentNode);
  return nodes;
}

/** Visible to a reader: rendered, not hidden, and taking up space. */
function isVisible(element: Element): boolean {
  const box = element.getBoundingClientRect();
  return element.checkVisibility({ visibilityProperty: true }) && box.width > 0 && box.height > 0;
}

/** A real click in the middle of an element inside the iframe. */
async function clickInFrame(frame: HTMLIFrameElement, element: Element): Promise<void> {
  element.scrollIntoView({ block: 'center' });
  const inner = element.getBoundingClientRect();
  const outer = frame.getBoundingClientRect();
  await sendMouse({
    type: 'click',
    position: [
      Math.round(outer.left + inner.left + inner.width / 2),
      Math.round(outer.top + inner.top + inner.height / 2),
    ],
  });
}

describe('widgets rendered by `glossa render`', () => {
  afterEach(() => {
    for (const frame of document.querySelectorAll('iframe')) frame.remove();
  });

  it('show the explainer and every quiz question with JavaScript turned off', async () => {
    const article = await seedArticle();
    const frame = await loadPage({ javascript: false });
    const { explainer, quiz } = widgets(frame);
    expect(frame.contentWindow!.customElements.get('glossa-quiz'), 'no script ran').to.be.undefined;

    const card = explainer.shadowRoot!;
    expect(textOf(card.querySelector('[part~="title"]')!)).to.equal(article.title);
    expect(isVisible(card.querySelector('[part~="title"]')!)).to.be.true;
    expect(textOf(card.querySelector('[part~="summary-text"]')!)).to.equal(article.explainer.summary);
    expect(isVisible(card.querySelector('[part~="summary-text"]')!)).to.be.true;
    expect(card.querySelector('[part~="loading"]')).to.be.null;

    const prompts = [...quiz.shadowRoot!.querySelectorAll('[part~="prompt"]')];
    const questions = article.quiz!.questions;
    expect(prompts).to.have.length(questions.length);
    questions.forEach((question, index) => {
      const prompt = prompts[index]!;
      expect(textOf(prompt)).to.contain(question.prompt.split('___')[0]!.replace(/\s+/g, ' ').trim());
      prompt.scrollIntoView();
      expect(isVisible(prompt), `question ${index + 1} is visible`).to.be.true;
    });
    const picked = [...quiz.shadowRoot!.querySelectorAll<HTMLInputElement>('input')].filter((input) => input.checked);
    expect(picked, 'no choice is shown as picked').to.deep.equal([]);
    expect(isVisible(quiz.querySelector('script')!), 'the inline article is not shown').to.be.false;
  });

  for (const [name, scripts] of Object.entries(HYDRATING_SCRIPTS)) {
    describe(`hydrated by ${name}`, () => {
      it('keep the nodes, the size and the shadow root of every widget, with no error', async () => {
        const frame = await loadPage({ javascript: true });
        const elements = Object.values(widgets(frame));
        const roots = elements.map((element) => element.shadowRoot!);
        const before = roots.map(nodesOf);
        const heights = elements.map((element) => element.getBoundingClientRect().height);
        expect(await hydrate(frame, scripts)).to.deep.equal([]);
        expect(elements.map((element) => element.shadowRoot)).to.deep.equal(roots);
        roots.forEach((root, index) => {
          const after = nodesOf(root);
          const widget = `<${root.host.localName}>`;
          expect(after.length, `${widget}: as many nodes as before`).to.equal(before[index]!.length);
          const replaced = after.filter((node, at) => node !== before[index]![at]);
          expect(replaced, `${widget}: nodes replaced by hydration`).to.deep.equal([]);
        });
        expect(elements.map((element) => element.getBoundingClientRect().height)).to.deep.equal(heights);
      });

      it('check a quiz answer: a choice and “Check answer” show the verdict', async () => {
        const frame = await loadPage({ javascript: true });
        const { quiz } = widgets(frame);
        const question = quiz.shadowRoot!.querySelector('#q-trigger')!;
        expect(await hydrate(frame, scripts)).to.deep.equal([]);
        const rightChoice = [...question.querySelectorAll('[part~="choice"]')].find(
          (label) => textOf(label) === 'A rapid rise in fuel prices',
        )!;
        await clickInFrame(frame, rightChoice.querySelector('input')!);
        const answered = nextEvent(quiz, 'glossa-answer');
        await clickInFrame(frame, question.querySelector('[part~="check-button"]')!);
        expect((await answered).detail).to.include({ questionId: 'trigger', correct: true });
        await quiz.updateComplete;
        const verdict = question.querySelector('[part~="verdict"]')!;
        expect(isVisible(verdict)).to.be.true;
        expect(textOf(verdict)).to.equal('✓ Correct');
      });

      it('tell the page which paragraph an evidence link of the explainer or the timeline names', async () => {
        const frame = await loadPage({ javascript: true });
        const { explainer, timeline } = widgets(frame);
        expect(await hydrate(frame, scripts)).to.deep.equal([]);
        for (const widget of [explainer, timeline]) {
          const link = widget.shadowRoot!.querySelector('[part~="evidence-link"]')!;
          const followed = nextEvent(widget, 'glossa-evidence');
          await clickInFrame(frame, link);
          const { detail } = await followed;
          expect(detail.kind === 'paragraph' && `paragraph ${detail.paragraphNumber}`).to.equal(textOf(link));
        }
      });

      it('filter the who’s who as the reader types', async () => {
        const frame = await loadPage({ javascript: true });
        const { whosWho } = widgets(frame);
        const root = whosWho.shadowRoot!;
        const entries = [...root.querySelectorAll('[part~="entry"]')];
        expect(await hydrate(frame, scripts)).to.deep.equal([]);
        await clickInFrame(frame, root.querySelector('[part~="search-input"]')!);
        await sendKeys({ type: 'Blinken' });
        await whosWho.updateComplete;
        const shown = entries.filter(isVisible);
        expect(shown.map((entry) => entry.id))
          .to.include('glossa-blinken')
          .and.not.include('glossa-tokayev');
        expect(textOf(root.querySelector('[part~="count"]')!)).to.equal(`${shown.length} of ${entries.length} entries`);
      });

      it('show a returning reader’s stored progress', async () => {
        localStorage.clear();
        const first = await loadPage({ javascript: true });
        await hydrate(first, scripts);
        const answered = widgets(first).quiz.shadowRoot!.querySelector('#q-trigger')!;
        await clickInFrame(first, answered.querySelector('input[value="a"]')!);
        await clickInFrame(first, answered.querySelector('[part~="check-button"]')!);
        first.remove();

        const again = await loadPage({ javascript: true });
        const { quiz } = widgets(again);
        expect(quiz.shadowRoot!.querySelector('#q-trigger [part~="verdict"]'), 'the server knows no progress').to.be
          .null;
        expect(await hydrate(again, scripts)).to.deep.equal([]);
        const question = quiz.shadowRoot!.querySelector('#q-trigger')!;
        expect(textOf(question.querySelector('[part~="verdict"]')!)).to.equal('✓ Correct');
        expect(question.querySelector<HTMLInputElement>('input[value="a"]')!.checked).to.be.true;
        localStorage.clear();
      });

      it('highlight the deep-linked entry of the who’s who', async () => {
        const frame = await loadPage({ javascript: true, fragment: '#glossa-tokayev' });
        const entry = widgets(frame).whosWho.shadowRoot!.querySelector('#glossa-tokayev')!;
        expect(entry.getAttribute('part'), 'the server knows no address').to.equal('entry');
        expect(await hydrate(frame, scripts)).to.deep.equal([]);
        expect(widgets(frame).whosWho.shadowRoot!.querySelector('#glossa-tokayev')).to.equal(entry);
        expect(entry.getAttribute('part')).to.equal('entry highlighted');
      });
    });
  }
});
