import { expect, fixture, html } from '@open-wc/testing';
import '../../src/whos-who/define.js';
import '../../src/lang/all.js';
import type { GlossaWhosWho } from '../../src/whos-who/whos-who.js';
import { article11, CC_BY_SA, linksIn, valid11 } from '../fixtures/article-1-1.js';
import { part, textOf } from '../fixtures/dom.js';

const whosWho = (lang = 'en', article: unknown = valid11(), theme = 'light') =>
  fixture<GlossaWhosWho>(html`<glossa-whos-who lang=${lang} theme=${theme} .article=${article}></glossa-whos-who>`);

const entry = (el: GlossaWhosWho, id: string) => el.shadowRoot!.getElementById(`glossa-${id}`)!;

describe('<glossa-whos-who> with model 1.1', () => {
  for (const [lang, theme] of [
    ['en', 'light'],
    ['ru', 'dark'],
  ] as const) {
    it(`passes axe in ${lang}, ${theme}`, async () => {
      await expect(await whosWho(lang, valid11(), theme)).to.be.accessible();
    });
  }

  it('credits the entity’s image with its licence, linked to the licence’s text', async () => {
    const el = await whosWho();
    const credit = entry(el, 'ruiz').querySelector('[part="image-credit"]')!;
    expect(textOf(credit)).to.equal('Image: City Hall CC BY-SA 4.0');
    const link = credit.querySelector<HTMLAnchorElement>('[part="license-link"]')!;
    expect(link.getAttribute('href')).to.equal(CC_BY_SA);
    expect(link.getBoundingClientRect().height).to.be.at.least(24);
    expect(entry(el, 'council').querySelector('[part="image-credit"]'), 'no image, no credit').to.equal(null);
  });

  it('an image licence whose address is not http(s) makes the article invalid, and nothing links to it', async () => {
    const input = article11();
    input.entities[0]!.image!.license = { name: 'CC BY-SA 4.0', url: 'javascript:alert(1)' };
    const el = await whosWho('en', input);
    expect(textOf(part(el, 'error'))).to.contain('entities[0].image.license.url');
    expect(linksIn(el.shadowRoot!, 'a[href^="javascript"]')).to.deep.equal([]);
  });
});
