import { expect, fixture, html } from '@open-wc/testing';
import { waitUntil } from '../fixtures/wait.js';
import '../../src/article/define.js';
import type { GlossaArticle } from '../../src/article/article.js';
import { minimalArticle } from '../fixtures/minimal-article.js';
import { stubFetch, type FetchStub } from '../fixtures/fetch-stub.js';
import '../fixtures/probe-widget.js';
import type { GlossaProbe } from '../fixtures/probe-widget.js';
import { nextEvent } from '../fixtures/dom.js';

const titleOf = (el: Element) => el.shadowRoot!.querySelector('[part="title"]')?.textContent ?? null;
const partOf = (el: Element, part: string) => el.shadowRoot!.querySelector<HTMLElement>(`[part="${part}"]`);
const json = (value: unknown) => JSON.stringify(value);

async function readyTitle(el: Element): Promise<string | null> {
  await waitUntil(() => titleOf(el) !== null, 'the widget never showed its article');
  return titleOf(el);
}

describe('article loading', () => {
  let server: FetchStub | undefined;
  afterEach(() => server?.restore());

  it('takes the article property', async () => {
    const el = await fixture<GlossaProbe>(html`<glossa-probe .article=${minimalArticle()}></glossa-probe>`);
    expect(titleOf(el)).to.equal('A council votes');
    await expect(el).to.be.accessible();
  });

  it('takes an inline JSON script and does not show it', async () => {
    const el = await fixture<GlossaProbe>(
      `<glossa-probe><script type="application/json">${json(minimalArticle())}</script></glossa-probe>`,
    );
    expect(titleOf(el)).to.equal('A council votes');
    expect(el.getBoundingClientRect().height).to.be.greaterThan(0);
  });

  it('fetches src once, however many widgets share it', async () => {
    server = stubFetch({ '/shared.json': { body: json(minimalArticle()) } });
    const page = await fixture(html`<div>
      <glossa-probe src="/shared.json"></glossa-probe>
      <glossa-probe src="/shared.json"></glossa-probe>
      <glossa-probe src="/shared.json"></glossa-probe>
    </div>`);
    for (const el of page.querySelectorAll('glossa-probe')) expect(await readyTitle(el)).to.equal('A council votes');
    expect(server.calls).to.deep.equal(['/shared.json']);
  });

  it('reserves space while loading and says so', async () => {
    server = stubFetch({ '/slow.json': [] });
    const slow = new Promise<Response>(() => {});
    window.fetch = () => slow;
    const el = await fixture<GlossaProbe>(html`<glossa-probe src="/slow.json"></glossa-probe>`);
    const loading = partOf(el, 'loading')!;
    expect(loading.textContent).to.match(/Loading/);
    expect(el.getBoundingClientRect().height).to.be.at.least(12 * 16 - 1);
  });

  it('follows for="id" to a <glossa-article> elsewhere on the page', async () => {
    const page = await fixture(html`<div>
      <glossa-probe for="story"></glossa-probe>
      <glossa-article id="story" .article=${minimalArticle()}></glossa-article>
    </div>`);
    expect(await readyTitle(page.querySelector('glossa-probe')!)).to.equal('A council votes');
  });

  it('takes the article of the nearest <glossa-article> ancestor and follows its changes', async () => {
    const provider = await fixture<GlossaArticle>(html`<glossa-article .article=${minimalArticle()}>
      <section><glossa-probe></glossa-probe></section>
    </glossa-article>`);
    const probe = provider.querySelector('glossa-probe')!;
    expect(await readyTitle(probe)).to.equal('A council votes');

    const changed = { ...minimalArticle(), title: 'A new title' };
    provider.article = changed;
    await waitUntil(() => titleOf(probe) === 'A new title', 'the widget kept the old article');
  });

  it('prefers the property to an inline script, src and an ancestor', async () => {
    server = stubFetch({ '/ignored.json': { body: json({ ...minimalArticle(), title: 'From src' }) } });
    const own = { ...minimalArticle(), title: 'From the property' };
    const el = await fixture<GlossaProbe>(html`<glossa-probe src="/ignored.json" .article=${own}>
      <script type="application/json">${json({ ...minimalArticle(), title: 'From the script' })}</script>
    </glossa-probe>`);
    expect(titleOf(el)).to.equal('From the property');
    expect(server.calls).to.deep.equal([]);
  });

  it('fires glossa-ready with the validated article', async () => {
    const el = document.createElement('glossa-probe');
    el.article = minimalArticle();
    const ready = nextEvent(document.body, 'glossa-ready');
    document.body.append(el);
    const event = await ready;
    expect(event.target).to.equal(el);
    expect(event.detail.article.entities[0]?.evidence).to.deep.equal([{ paragraph: 'p2' }]);
    el.remove();
  });

  describe('errors', () => {
    it('shows what is wrong and where, and fires glossa-error', async () => {
      const broken = minimalArticle();
      Object.assign(broken.quiz!.questions[0]!, { answer: 'z' });
      const el = document.createElement('glossa-probe');
      el.article = broken;
      const failed = nextEvent(el, 'glossa-error');
      document.body.append(el);
      const { detail } = await failed;
      expect(detail.error.kind).to.equal('invalid');
      expect(partOf(el, 'error-message')!.textContent).to.match(/has a problem/);
      expect(partOf(el, 'error-path')!.textContent).to.equal('quiz.questions[0].answer');
      expect(partOf(el, 'error-issue')!.textContent).to.match(/one of the choices \(got "z"\)/);
      expect(partOf(el, 'retry-button')).to.be.null;
      await expect(el).to.be.accessible();
      el.remove();
    });

    it('lists the first five problems and counts the rest', async () => {
      const broken = minimalArticle();
      for (const paragraph of broken.paragraphs) paragraph.id = 'same';
      for (const entity of broken.entities) entity.id = 'same';
      broken.explainer.sections.push({ ...broken.explainer.sections[0]! }, { ...broken.explainer.sections[0]! });
      broken.timeline!.push({ ...broken.timeline![0]! });
      const el = await fixture<GlossaProbe>(html`<glossa-probe .article=${broken}></glossa-probe>`);
      expect(el.shadowRoot!.querySelectorAll('[part="error-issue"]')).to.have.length(5);
      expect(partOf(el, 'error-more')!.textContent).to.match(/and \d+ more problems?/);
    });

    it('says when there is no article at all', async () => {
      const el = await fixture<GlossaProbe>(html`<glossa-probe></glossa-probe>`);
      expect(partOf(el, 'error-message')!.textContent).to.match(/No article was given/);
    });

    it('says when for= names no <glossa-article>', async () => {
      const el = await fixture<GlossaProbe>(html`<glossa-probe for="nowhere"></glossa-probe>`);
      await waitUntil(() => partOf(el, 'error-message'));
      expect(partOf(el, 'error-message')!.textContent).to.match(/no <glossa-article id="nowhere">/);
    });

    it('refuses a src that is not http(s)', async () => {
      const el = await fixture<GlossaProbe>(html`<glossa-probe src="javascript:alert(1)"></glossa-probe>`);
      expect(partOf(el, 'error-message')!.textContent).to.match(/not an http\(s\) or relative URL/);
    });

    const networkFaults = [
      ['a 404', { status: 404, body: 'gone' }, /error 404/],
      ['a 500', { status: 500, body: 'oops' }, /error 500/],
      ['a page instead of JSON', { body: '<html></html>', contentType: 'text/html' }, /does not return JSON/],
      ['a failed connection', 'network-error', /could not be downloaded/],
      ['an aborted download', 'aborted', /was interrupted/],
    ] as const;
    for (const [name, answer, message] of networkFaults) {
      it(`explains ${name}`, async () => {
        const path = `/fault-${name.replaceAll(' ', '-')}.json`;
        server = stubFetch({ [path]: answer });
        const el = await fixture<GlossaProbe>(html`<glossa-probe src=${path}></glossa-probe>`);
        await waitUntil(() => partOf(el, 'error-message'));
        expect(partOf(el, 'error-message')!.textContent).to.match(message);
      });
    }

    describe('a server that does not answer in time', () => {
      const timeout = AbortSignal.timeout;
      // The real limit is 15 s; the same code path runs with a short one.
      beforeEach(() => (AbortSignal.timeout = () => timeout.call(AbortSignal, 20)));
      afterEach(() => (AbortSignal.timeout = timeout));

      it('says it took too long, and offers a retry that works', async () => {
        server = stubFetch({ '/late.json': ['hang', { body: json(minimalArticle()) }] });
        const el = await fixture<GlossaProbe>(html`<glossa-probe src="/late.json"></glossa-probe>`);
        await waitUntil(() => partOf(el, 'error-message'), 'no error after the timeout');
        expect(partOf(el, 'error-message')!.textContent).to.match(/took too long/);
        partOf(el, 'retry-button')!.click();
        expect(await readyTitle(el)).to.equal('A council votes');
      });
    });

    it('refuses a download announced as larger than the limit, naming the limit', async () => {
      server = stubFetch({ '/huge.json': { body: '{}', headers: { 'content-length': String(6 * 1024 * 1024) } } });
      const el = await fixture<GlossaProbe>(html`<glossa-probe src="/huge.json"></glossa-probe>`);
      await waitUntil(() => partOf(el, 'error-issue'));
      expect(partOf(el, 'error-issue')!.textContent).to.match(/is 6 MB of JSON; the limit is 5 MB/);
      expect(partOf(el, 'retry-button')).to.equal(null);
    });

    it('reports invalid JSON from src with its URL', async () => {
      server = stubFetch({ '/truncated.json': { body: '{"schemaVersion": 1,' } });
      const el = await fixture<GlossaProbe>(html`<glossa-probe src="/truncated.json"></glossa-probe>`);
      await waitUntil(() => partOf(el, 'error-issue'));
      expect(partOf(el, 'error-issue')!.textContent).to.match(/not valid JSON/);
      expect(partOf(el, 'error-url')!.textContent).to.match(/\/truncated\.json$/);
    });

    // A CMS's error or login page, or a body cut short by a proxy, is usually gone on the next request.
    const passingAnswers = [
      ['a page instead of JSON', { body: '<!doctype html><h1>Service unavailable</h1>', contentType: 'text/html' }],
      ['a page announced as JSON', { body: '<!doctype html><h1>Service unavailable</h1>' }],
      ['JSON cut short', { body: '{"schemaVersion": 1, "title": "A coun' }],
    ] as const;
    for (const [name, answer] of passingAnswers) {
      it(`offers a retry for ${name}, which asks the server again and shows the article`, async () => {
        const path = `/passing-${name.replaceAll(' ', '-')}.json`;
        server = stubFetch({ [path]: [answer, { body: json(minimalArticle()) }] });
        const el = await fixture<GlossaProbe>(html`<glossa-probe src=${path}></glossa-probe>`);
        await waitUntil(() => partOf(el, 'retry-button'), 'no retry offered');
        expect(partOf(el, 'error-message')!.textContent).to.match(/does not return JSON/);
        await expect(el).to.be.accessible();
        partOf(el, 'retry-button')!.click();
        expect(await readyTitle(el)).to.equal('A council votes');
        expect(server.calls).to.deep.equal([path, path]);
        expect(server.cacheModes.at(-1)).to.equal('reload');
      });
    }

    it('offers no retry for JSON that is not a valid article: the data needs fixing', async () => {
      server = stubFetch({ '/not-an-article.json': { body: json({ ...minimalArticle(), title: 7 }) } });
      const el = await fixture<GlossaProbe>(html`<glossa-probe src="/not-an-article.json"></glossa-probe>`);
      await waitUntil(() => partOf(el, 'error-issue'));
      expect(partOf(el, 'error-path')!.textContent).to.equal('title');
      expect(partOf(el, 'retry-button')).to.equal(null);
    });

    it('retries a failed fetch for every widget that shares the URL', async () => {
      server = stubFetch({ '/flaky.json': [{ status: 503 }, { body: json(minimalArticle()) }] });
      const page = await fixture(html`<div>
        <glossa-probe src="/flaky.json"></glossa-probe>
        <glossa-probe src="/flaky.json"></glossa-probe>
      </div>`);
      const [first, second] = page.querySelectorAll('glossa-probe');
      await waitUntil(() => partOf(first!, 'retry-button'));
      await expect(first).to.be.accessible();
      partOf(first!, 'retry-button')!.click();
      expect(await readyTitle(first!)).to.equal('A council votes');
      expect(await readyTitle(second!)).to.equal('A council votes');
      expect(server.calls).to.deep.equal(['/flaky.json', '/flaky.json']);
    });
  });
});
