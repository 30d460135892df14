import { expect, fixture, html } from '@open-wc/testing';
import { stubFetch, type FetchStub } from '../fixtures/fetch-stub.js';
import '../fixtures/probe-widget.js';
import type { GlossaProbe } from '../fixtures/probe-widget.js';
import { urlCorpus, type UrlCorpus } from '../fixtures/url-corpus.js';

const partOf = (el: Element, part: string) => el.shadowRoot!.querySelector<HTMLElement>(`[part="${part}"]`);

let corpus: UrlCorpus;
before(async () => {
  corpus = await urlCorpus();
});

describe('the src attribute', () => {
  let server: FetchStub | undefined;
  afterEach(() => server?.restore());

  it('fetches nothing from another host that a relative-looking src names, and says why', async () => {
    server = stubFetch({});
    for (const src of corpus.anotherHost) {
      const el = await fixture<GlossaProbe>(html`<glossa-probe src=${src}></glossa-probe>`);
      expect(partOf(el, 'error-message')?.textContent, JSON.stringify(src)).to.match(
        /not an http\(s\) or relative URL/,
      );
    }
    expect(server.calls).to.deep.equal([]);
  });
});
