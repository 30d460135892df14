import { expect, fixture, html } from '@open-wc/testing';
import { waitUntil } from '../fixtures/wait.js';
import '../../src/article/define.js';
import type { GlossaArticle } from '../../src/article/article.js';
import { minimalArticle } from '../fixtures/minimal-article.js';
import '../fixtures/probe-widget.js';
import type { GlossaProbe } from '../fixtures/probe-widget.js';

const titleOf = (el: Element) => el.shadowRoot!.querySelector('[part="title"]')?.textContent ?? null;
const messageOf = (el: Element) => el.shadowRoot!.querySelector('[part="error-message"]')?.textContent ?? null;

/** A widget taking its article from `for`, with the events it fires counted from its first connection. */
function probeFor(id: string) {
  const el = document.createElement('glossa-probe');
  el.setAttribute('for', id);
  const fired = { ready: 0, error: 0 };
  el.addEventListener('glossa-ready', () => (fired.ready += 1));
  el.addEventListener('glossa-error', () => (fired.error += 1));
  return { el, fired };
}

function provider(id?: string, title = 'A council votes'): GlossaArticle {
  const el = document.createElement('glossa-article');
  if (id !== undefined) el.id = id;
  el.article = { ...minimalArticle(), title };
  return el;
}

async function missing(el: GlossaProbe, id: string): Promise<void> {
  const said = () => messageOf(el)?.includes(`<glossa-article id="${id}">`);
  await waitUntil(said, `the widget never said "${id}" is missing`);
}

async function ready(el: GlossaProbe, title = 'A council votes'): Promise<void> {
  await waitUntil(() => titleOf(el) === title, `the widget never showed "${title}"`);
}

/** Every render that announces something has run: the events fired so far are all there will be. */
async function settled(...elements: (GlossaProbe | GlossaArticle)[]): Promise<void> {
  for (const el of elements) await el.updateComplete;
}

let witnesses = 0;

/**
 * A widget waiting for a provider of its own. The function it gives adds that provider and resolves once
 * the witness shows it: by then every waiting widget has seen the page's changes made before, and has
 * rendered what they made it show.
 */
async function witness(page: HTMLElement): Promise<(...watched: GlossaProbe[]) => Promise<void>> {
  const id = `witness-${(witnesses += 1)}`;
  const { el } = probeFor(id);
  page.append(el);
  await missing(el, id);
  return async (...watched) => {
    page.append(provider(id));
    await ready(el);
    await settled(...watched);
  };
}

/**
 * The mutation observers on `document` itself (others, such as the one for `lang` and `theme`, watch
 * the root element): how many were made, and how many still observe.
 */
function spyOnDocumentObservers() {
  const Native = window.MutationObserver;
  const observing = new Set<MutationObserver>();
  const counts = { made: 0, observing: () => observing.size };
  window.MutationObserver = class extends Native {
    override observe(target: Node, options?: MutationObserverInit): void {
      if (target === document) {
        counts.made += 1;
        observing.add(this);
      }
      super.observe(target, options);
    }
    override disconnect(): void {
      observing.delete(this);
      super.disconnect();
    }
  };
  return { counts, restore: () => (window.MutationObserver = Native) };
}

describe('for="id" naming a <glossa-article> added later', () => {
  let page: HTMLElement;
  beforeEach(async () => {
    page = await fixture(html`<div></div>`);
  });

  it('says it is missing, then shows the article once it is added, announcing each once', async () => {
    const { el, fired } = probeFor('late');
    page.append(el);
    await missing(el, 'late');
    const story = provider('late');
    page.append(story);
    await ready(el);
    await settled(el, story);
    expect(fired).to.deep.equal({ ready: 1, error: 1 });
    await expect(el).to.be.accessible();
  });

  it('finds an element whose id is set, or changed, to the name later', async () => {
    const unnamed = provider();
    const renamed = provider('other', 'Renamed');
    page.append(unnamed, renamed);
    const first = probeFor('first');
    const second = probeFor('second');
    page.append(first.el, second.el);
    await missing(first.el, 'first');
    await missing(second.el, 'second');
    unnamed.id = 'first';
    renamed.id = 'second';
    await ready(first.el);
    await ready(second.el, 'Renamed');
  });

  it('is not fooled by another element that has the id', async () => {
    const { el } = probeFor('story');
    const impostor = document.createElement('div');
    page.append(el);
    await missing(el, 'story');
    const seen = await witness(page);
    impostor.id = 'story';
    page.append(impostor);
    await seen(el);
    expect(messageOf(el)).to.include('<glossa-article id="story">');
    impostor.remove();
    page.append(provider('story'));
    await ready(el);
  });

  it('waits on when the provider is added and removed at once, and takes it when it comes back', async () => {
    const { el, fired } = probeFor('flicker');
    page.append(el);
    await missing(el, 'flicker');
    const seen = await witness(page);
    const story = provider('flicker');
    page.append(story);
    story.remove();
    await seen(el);
    expect(messageOf(el)).to.include('<glossa-article id="flicker">');
    page.append(story);
    await ready(el);

    story.remove();
    page.append(story);
    await settled(el, story);
    expect(titleOf(el)).to.equal('A council votes');
    expect(fired).to.deep.equal({ ready: 1, error: 1 });
  });

  it('finds a provider added to its own shadow root', async () => {
    const root = page.attachShadow({ mode: 'open' });
    const { el, fired } = probeFor('inside');
    root.append(el);
    await missing(el, 'inside');
    root.append(provider('inside'));
    await ready(el);
    expect(fired.ready).to.equal(1);
  });

  it('follows a changed for= while waiting, and only the new name', async () => {
    const { el } = probeFor('old-name');
    page.append(el);
    await missing(el, 'old-name');
    el.for = 'new-name';
    await missing(el, 'new-name');
    const seen = await witness(page);
    page.append(provider('old-name', 'The old one'));
    await seen(el);
    expect(titleOf(el)).to.equal(null);
    page.append(provider('new-name', 'The new one'));
    await ready(el, 'The new one');
  });

  describe('watching', () => {
    let spy: ReturnType<typeof spyOnDocumentObservers>;
    beforeEach(() => (spy = spyOnDocumentObservers()));
    afterEach(() => spy.restore());

    it('shares one observer among every widget waiting, and stops once all have their provider', async () => {
      const waiting = Array.from({ length: 5 }, () => probeFor('shared'));
      page.append(...waiting.map(({ el }) => el));
      for (const { el } of waiting) await missing(el, 'shared');
      expect(spy.counts.made).to.equal(1);
      expect(spy.counts.observing()).to.equal(1);
      page.append(provider('shared'));
      for (const { el } of waiting) await ready(el);
      await settled(...waiting.map(({ el }) => el));
      expect(spy.counts.observing()).to.equal(0);
      for (const { fired } of waiting) expect(fired.ready).to.equal(1);
    });

    it('stops watching for a widget taken off the page, and finds the provider when it is put back', async () => {
      const { el, fired } = probeFor('away');
      page.append(el);
      await missing(el, 'away');
      expect(spy.counts.observing()).to.equal(1);
      el.remove();
      expect(spy.counts.observing()).to.equal(0);
      page.append(provider('away'));
      page.append(el);
      await ready(el);
      expect(spy.counts.observing()).to.equal(0);
      expect(fired.ready).to.equal(1);
    });

    it('stops watching for a name it no longer follows', async () => {
      const { el } = probeFor('dropped');
      page.append(el);
      await missing(el, 'dropped');
      expect(spy.counts.observing()).to.equal(1);
      el.article = minimalArticle();
      await ready(el);
      expect(spy.counts.observing()).to.equal(0);
    });
  });
});
