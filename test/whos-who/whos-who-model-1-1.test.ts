import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/whos-who/define.js';
import '../../src/lang/all.js';
import type { GlossaWhosWho } from '../../src/whos-who/whos-who.js';
import { article11, CC_BY_SA, linksIn, valid11 } from '../fixtures/article-1-1.js';
import { isShown, part, parts, textOf } from '../fixtures/dom.js';

const whosWho = (lang = 'en', article: unknown = valid11(), theme = 'light') =>
  fixture<GlossaWhosWho>(html`<glossa-whos-who lang=${lang} theme=${theme} .article=${article}></glossa-whos-who>`);

const entry = (el: GlossaWhosWho, id: string) => el.shadowRoot!.getElementById(`glossa-${id}`)!;
const partsIn = (element: Element) =>
  [...element.querySelectorAll('[part]')].map((node) => node.getAttribute('part')!.split(' ')[0]);
const shownIds = (el: GlossaWhosWho) =>
  parts(el, 'entry')
    .filter(isShown)
    .map((item) => item.id.replace(/^glossa-/, ''));

async function search(el: GlossaWhosWho, text: string): Promise<void> {
  const input = part<HTMLInputElement>(el, 'search-input');
  input.focus();
  input.select();
  await sendKeys({ press: 'Backspace' });
  await sendKeys({ type: text });
  await el.updateComplete;
}

describe('<glossa-whos-who> with model 1.1', () => {
  for (const [lang, theme] of [
    ['en', 'light'],
    ['ru', 'dark'],
  ] as const) {
    it(`passes axe in ${lang}, ${theme}`, async () => {
      await expect(await whosWho(lang, valid11(), theme)).to.be.accessible();
    });
  }

  it('lists events, works and objects in groups of their own, each with the mark of its kind, not initials', async () => {
    const el = await whosWho();
    const headings = parts(el, 'group-heading').map(textOf);
    expect(headings).to.deep.equal(['People', 'Organizations', 'Events', 'Works', 'Objects']);
    const marks = ['vote-day', 'charter', 'bridge'].map((id) => {
      const avatar = entry(el, id).querySelector('[part~="avatar"]')!;
      expect(avatar.getAttribute('part'), id).to.equal('avatar avatar-kind');
      expect(textOf(avatar), `${id}: no letters`).to.equal('');
      const box = avatar.querySelector('svg')!.getBoundingClientRect();
      expect(box.width, `${id}: a mark is drawn`).to.be.greaterThan(12);
      return avatar.querySelector('path')!.getAttribute('d');
    });
    expect(new Set(marks).size, 'a different mark for each kind').to.equal(3);
  });

  it('shows an entity’s category under its name, before its role', async () => {
    const el = await whosWho();
    const ruiz = entry(el, 'ruiz');
    expect(textOf(ruiz.querySelector('[part="category"]')!)).to.equal('politician');
    const order = partsIn(ruiz.querySelector('[part="card"]')!);
    expect(order.indexOf('name')).to.be.below(order.indexOf('category'));
    expect(order.indexOf('category')).to.be.below(order.indexOf('role'));
    expect(entry(el, 'council').querySelector('[part="category"]'), 'no category, no line').to.equal(null);
  });

  it('finds an entity by its category', async () => {
    const el = await whosWho();
    await search(el, 'stone bridge');
    expect(shownIds(el)).to.deep.equal(['bridge']);
    await search(el, 'CHARTER');
    expect(shownIds(el)).to.deep.equal(['charter']);
    await expect(el).to.be.accessible();
  });

  it('shows the first two things a speaker said, as quotations', async () => {
    const el = await whosWho();
    const quotes = [...entry(el, 'ruiz').querySelectorAll('[part="quote"]')];
    expect(quotes.map((quote) => quote.localName)).to.deep.equal(['blockquote', 'blockquote']);
    expect(quotes.map(textOf)).to.deep.equal(['repairs would take two years', 'We will not let the bridge fall']);
    expect(textOf(entry(el, 'council').querySelector('[part="quote"]')!)).to.equal('It carries 10,000 people a day');
    expect(entry(el, 'bridge').querySelector('[part="quote"]'), 'an entity that says nothing').to.equal(null);
  });

  it('in a Russian page, the quotes, category and credit keep the article’s language', async () => {
    const el = await whosWho('ru');
    const ruiz = entry(el, 'ruiz');
    expect(ruiz.querySelector('[part="quote"]')!.getAttribute('lang')).to.equal('en');
    expect(ruiz.querySelector('[part="category"]')!.getAttribute('lang')).to.equal('en');
    const credit = ruiz.querySelector('[part="image-credit"]')!;
    expect(textOf(credit)).to.equal('Изображение: City Hall CC BY-SA 4.0');
    expect(credit.hasAttribute('lang')).to.be.false;
    expect([...credit.querySelectorAll('[lang="en"]')].map(textOf)).to.deep.equal(['City Hall', 'CC BY-SA 4.0']);
  });

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
