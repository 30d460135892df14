import { expect, fixture, html } from '@open-wc/testing';
import { nothing, render } from 'lit';
import { renderLicense } from '../../src/shared/license-view.js';
import type { License } from '../../src/model/types.js';
import { CC_BY, linksIn } from '../fixtures/article-1-1.js';
import { textOf } from '../fixtures/dom.js';

/** What `renderLicense` puts on the page, in a paragraph of its own. */
async function shown(license: License, options: Parameters<typeof renderLicense>[2] = { linked: true }) {
  const paragraph = await fixture<HTMLElement>(html`<p></p>`);
  render(renderLicense(license, 'en', options), paragraph);
  return paragraph;
}

describe('a licence in a line of credits', () => {
  it('links its name to the licence’s text when the address is http(s) or relative', async () => {
    for (const url of [CC_BY, '/licences/by.html', 'by.html']) {
      const link = (await shown({ name: 'CC BY 4.0', url })).querySelector('a')!;
      expect(link.getAttribute('href'), url).to.equal(url);
      expect(link.getAttribute('rel')).to.equal('license noopener noreferrer');
    }
  });

  it('shows the name alone when the address is not safe, whoever built the licence', async () => {
    for (const url of ['javascript:alert(1)', 'data:text/html,<b>x</b>', '//evil.example/x', ' https://a.example/']) {
      const paragraph = await shown({ name: 'CC BY 4.0', url });
      expect(linksIn(paragraph), url).to.deep.equal([]);
      expect(textOf(paragraph)).to.equal('CC BY 4.0');
    }
  });

  it('shows the name alone where links are not wanted', async () => {
    const paragraph = await shown({ name: 'CC BY 4.0', url: CC_BY }, { linked: false });
    expect(linksIn(paragraph)).to.deep.equal([]);
  });

  it('adds the attribution, unless it repeats the credit beside it', async () => {
    const license = { name: 'CC BY 4.0', attribution: 'ESO/M. Kornmesser' };
    expect(textOf(await shown(license))).to.equal('CC BY 4.0 ESO/M. Kornmesser');
    expect(textOf(await shown(license, { linked: true, credit: 'ESO/M. Kornmesser' }))).to.equal('CC BY 4.0');
    const items = [...(await shown(license)).children];
    expect(items.map((item) => [item.className, item.getAttribute('lang')])).to.deep.equal([
      ['credit', 'en'],
      ['credit', 'en'],
    ]);
  });

  it('gives the model’s words no lang where the element’s applies', async () => {
    const paragraph = await fixture<HTMLElement>(html`<p></p>`);
    render(renderLicense({ name: 'CC0' }, nothing, { linked: true }), paragraph);
    expect(paragraph.querySelector('[lang]')).to.equal(null);
  });
});
