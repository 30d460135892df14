import { expect, oneEvent } from '@open-wc/testing';
import { sendMouse } from '@web/test-runner-commands';
import { seedArticle } from '../fixtures/seed-article.js';
import { textOf } from '../fixtures/dom.js';
import type { GlossaAnswerEvent } from '../../src/index.js';

/** The seed article's explainer, quiz (`layout="list"`) and who's who as `glossa render` prints them, with no script. */
const PAGE = '/test/ssr/rendered.html';

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

function widgets(frame: HTMLIFrameElement) {
  const doc = frame.contentDocument!;
  return {
    explainer: doc.querySelector('glossa-explainer')!,
    quiz: doc.querySelector('glossa-quiz')!,
    whosWho: doc.querySelector('glossa-whos-who')!,
  };
}

type LitHost = HTMLElement & { updateComplete: Promise<boolean> };

/** Loads the hydration entry into the page, as a page with JavaScript would; returns the errors it raised. */
async function hydrate(frame: HTMLIFrameElement): Promise<string[]> {
  const errors: string[] = [];
  const view = frame.contentWindow!;
  view.addEventListener('error', (event) => errors.push(event.message));
  view.addEventListener('unhandledrejection', (event) => errors.push(String(event.reason)));
  const script = frame.contentDocument!.createElement('script');
  script.type = 'module';
  script.src = '/dist/hydrate.js';
  frame.contentDocument!.head.append(script);
  const elements = Object.values(widgets(frame)) as LitHost[];
  await Promise.all(elements.map((element) => view.customElements.whenDefined(element.localName)));
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
  return element.checkVisibility({ visibilityProperty: true } as CheckVisibilityOptions) && box.width > 0 && box.height > 0;
}

/** A real click in the middle of an element inside the iframe. */
async function clickInFrame(frame: HTMLIFrameElement, element: Element): Promise<void> {
  element.scrollIntoView({ block: 'center' });
  const inner = element.getBoundingClientRect();
  const outer = frame.getBoundingClientRect();
  await sendMouse({
    type: 'click',
    position: [Math.round(outer.left + inner.left + inner.width / 2), Math.round(outer.top + inner.top + inner.height / 2)],
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

  it('are hydrated in place: the same nodes, the same size, and a quiz that works', async () => {
    const frame = await loadPage({ javascript: true });
    const { explainer, quiz } = widgets(frame);
    const roots = [explainer.shadowRoot!, quiz.shadowRoot!];
    const before = roots.map(nodesOf);
    const heights = [explainer, quiz].map((element) => element.getBoundingClientRect().height);
    const errors = await hydrate(frame);
    expect(errors).to.deep.equal([]);
    expect([explainer.shadowRoot, quiz.shadowRoot]).to.deep.equal(roots);
    roots.forEach((root, index) => {
      const after = nodesOf(root);
      expect(after.length, 'as many nodes as before').to.equal(before[index]!.length);
      const replaced = after.filter((node, at) => node !== before[index]![at]);
      expect(replaced, 'nodes replaced by hydration').to.deep.equal([]);
    });
    expect([explainer, quiz].map((element) => element.getBoundingClientRect().height)).to.deep.equal(heights);

    const question = quiz.shadowRoot!.querySelector('#q-trigger')!;
    const rightChoice = [...question.querySelectorAll('[part~="choice"]')].find((label) => textOf(label) === 'A rapid rise in fuel prices')!;
    await clickInFrame(frame, rightChoice.querySelector('input')!);
    const answered = oneEvent(quiz, 'glossa-answer') as Promise<GlossaAnswerEvent>;
    await clickInFrame(frame, question.querySelector('[part~="check-button"]')!);
    expect((await answered).detail).to.include({ questionId: 'trigger', correct: true });
    await (quiz as LitHost).updateComplete;
    const verdict = question.querySelector('[part~="verdict"]')!;
    expect(isVisible(verdict)).to.be.true;
    expect(textOf(verdict)).to.equal('✓ Correct');
  });

  it('show a returning reader’s stored progress once hydrated', async () => {
    localStorage.clear();
    const first = await loadPage({ javascript: true });
    await hydrate(first);
    const answered = widgets(first).quiz.shadowRoot!.querySelector('#q-trigger')!;
    await clickInFrame(first, answered.querySelector('input[value="a"]')!);
    await clickInFrame(first, answered.querySelector('[part~="check-button"]')!);
    first.remove();

    const again = await loadPage({ javascript: true });
    const { quiz } = widgets(again);
    expect(quiz.shadowRoot!.querySelector('#q-trigger [part~="verdict"]'), 'the server knows no progress').to.be.null;
    expect(await hydrate(again)).to.deep.equal([]);
    const question = quiz.shadowRoot!.querySelector('#q-trigger')!;
    expect(textOf(question.querySelector('[part~="verdict"]')!)).to.equal('✓ Correct');
    expect(question.querySelector<HTMLInputElement>('input[value="a"]')!.checked).to.be.true;
    localStorage.clear();
  });

  it('highlight the deep-linked entry of the who’s who once hydrated', async () => {
    const frame = await loadPage({ javascript: true, fragment: '#glossa-tokayev' });
    const entry = widgets(frame).whosWho.shadowRoot!.querySelector('#glossa-tokayev')!;
    expect(entry.getAttribute('part'), 'the server knows no address').to.equal('entry');
    expect(await hydrate(frame)).to.deep.equal([]);
    expect(widgets(frame).whosWho.shadowRoot!.querySelector('#glossa-tokayev')).to.equal(entry);
    expect(entry.getAttribute('part')).to.equal('entry highlighted');
  });
});
