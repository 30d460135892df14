import { expect } from '@open-wc/testing';
import { isSafeUrl, parseArticle } from '../../src/model/index.js';
import { minimalArticle } from '../fixtures/minimal-article.js';
import { asLink, urlCorpus, type UrlCorpus } from '../fixtures/url-corpus.js';

let corpus: UrlCorpus;
before(async () => {
  corpus = await urlCorpus();
});

const HTTP = ['http:', 'https:'];

/** In Node, which has no page to read links on, the corpus is checked against Node's URL parser (test-node/). */
const onAPage = typeof document !== 'undefined';

(onAPage ? describe : describe.skip)('the URL corpus, as this browser reads links on the page', () => {
  it('names no scheme the browser reads as http(s) among the other schemes', () => {
    for (const url of corpus.notHttp) {
      expect(HTTP, `this browser reads ${JSON.stringify(url)} as http(s)`).not.to.include(asLink(url).protocol);
    }
  });

  it('holds relative-looking URLs that the browser loads from another host', () => {
    for (const url of corpus.anotherHost) {
      expect(asLink(url).origin, `this browser keeps ${JSON.stringify(url)} on the page`).not.to.equal(location.origin);
    }
  });

  it('holds safe URLs that are http(s), relative ones staying on the page', () => {
    for (const url of corpus.safe) {
      const link = asLink(url);
      expect(HTTP, JSON.stringify(url)).to.include(link.protocol);
      if (!/^https?:/i.test(url)) expect(link.origin, JSON.stringify(url)).to.equal(location.origin);
    }
  });
});

describe('isSafeUrl', () => {
  it('refuses every scheme that is not http(s), however it is spelled', () => {
    for (const url of corpus.notHttp) expect(isSafeUrl(url), JSON.stringify(url)).to.be.false;
  });

  it('refuses relative-looking URLs, backslashes and protocol-relative ones, that the browser loads from another host', () => {
    for (const url of corpus.anotherHost) expect(isSafeUrl(url), JSON.stringify(url)).to.be.false;
  });

  it('refuses whitespace and control characters, which the browser drops or encodes silently', () => {
    for (const url of corpus.whitespace) expect(isSafeUrl(url), JSON.stringify(url)).to.be.false;
  });

  it('refuses what the URL parser cannot read at all', () => {
    for (const url of ['https://[', 'http://exa%mple.org/', 'https://example.org:99999/'])
      expect(isSafeUrl(url), url).to.be.false;
  });

  it('accepts http(s) URLs, and relative ones (entity and percent spellings included) that stay on the page', () => {
    for (const url of corpus.safe) expect(isSafeUrl(url), JSON.stringify(url)).to.be.true;
  });

  it('is the check of every URL field of the model', () => {
    const fields: [string, (article: ReturnType<typeof minimalArticle>, url: string) => void][] = [
      ['figures[0].src', (article, url) => (article.figures![0]!.src = url)],
      ['entities[0].image.src', (article, url) => (article.entities[0]!.image = { src: url, alt: 'Ana Ruiz' })],
      ['source.url', (article, url) => (article.source = { name: 'The Paper', url })],
    ];
    for (const [path, set] of fields) {
      for (const url of [...corpus.anotherHost, ...corpus.notHttp.slice(0, 3)]) {
        const article = minimalArticle();
        set(article, url);
        const result = parseArticle(article);
        const issue = result.ok ? undefined : result.issues.find((candidate) => candidate.path === path);
        expect(issue, `${path} = ${JSON.stringify(url)} was accepted`).to.exist;
        expect(issue!.message).to.match(/http\(s\) or relative/);
      }
      const article = minimalArticle();
      set(article, corpus.safe[0]!);
      expect(parseArticle(article).ok, `${path} = ${corpus.safe[0]}`).to.be.true;
    }
  });
});
