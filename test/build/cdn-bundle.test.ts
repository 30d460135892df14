import { expect, oneEvent } from '@open-wc/testing';
import { minimalArticle } from '../fixtures/minimal-article.js';

const BUNDLE = '/dist/glossa.js';

describe('dist/glossa.js, the CDN bundle', () => {
  it('imports nothing: Lit and the model are inside', async () => {
    const code = await (await fetch(BUNDLE)).text();
    expect(code.length).to.be.greaterThan(1000);
    expect(code).not.to.match(/\bfrom\s*["']|\bimport\s*\(?\s*["']/);
  });

  it('registers <glossa-article>, which validates and shares an article', async () => {
    await import(BUNDLE);
    expect(customElements.get('glossa-article')).to.be.a('function');
    const provider = document.createElement('glossa-article');
    const script = document.createElement('script');
    script.type = 'application/json';
    script.textContent = JSON.stringify(minimalArticle());
    provider.append(script);
    const ready = oneEvent(provider, 'glossa-ready');
    document.body.append(provider);
    expect((await ready).detail.article.title).to.equal('A council votes');
    provider.remove();
  });
});
