import { expect, fixture, html } from '@open-wc/testing';
import { setViewport } from '@web/test-runner-commands';
import '../../src/explainer/define.js';
import '../../src/lang/all.js';
import type { GlossaExplainer } from '../../src/explainer/explainer.js';
import type { ArticleInput } from '../../src/model/types.js';
import { article11, CC_BY, linksIn, PIXEL, valid11 } from '../fixtures/article-1-1.js';
import { nextEvent, overflowingElements, part, parts, textOf } from '../fixtures/dom.js';

const explainer = (lang = 'en', article: unknown = valid11(), theme = 'light') =>
  fixture<GlossaExplainer>(html`<glossa-explainer lang=${lang} theme=${theme} .article=${article}></glossa-explainer>`);

/** The text of the key fact labelled `label`. */
function factValue(el: GlossaExplainer, label: string): Element {
  const fact = parts(el, 'fact').find((item) => textOf(item.querySelector('[part="fact-label"]')!) === label);
  if (!fact) throw new Error(`no key fact “${label}”`);
  return fact.querySelector('[part="fact-value"]')!;
}

describe('<glossa-explainer> with model 1.1', () => {
  for (const [lang, theme] of [
    ['en', 'light'],
    ['ru', 'dark'],
    ['ar', 'dark'],
  ] as const) {
    it(`passes axe in ${lang}, ${theme}`, async () => {
      await expect(await explainer(lang, valid11(), theme)).to.be.accessible();
    });
  }

  describe('quotes', () => {
    it('shows each quote’s words as a quotation, who said it, and where the article has it', async () => {
      const el = await explainer();
      const section = part(el, 'quotes');
      expect(textOf(section.querySelector('[part="section-heading"]')!)).to.equal('What they said');
      const quotes = parts(el, 'quote');
      expect(quotes.map((quote) => textOf(quote.querySelector('blockquote')!))).to.deep.equal([
        'repairs would take two years',
        'We will not let the bridge fall',
        'the heart of the town',
        'It carries 10,000 people a day',
      ]);
      const first = quotes[0]!;
      const caption = first.querySelector('figure > figcaption')!;
      expect(caption.getAttribute('part')).to.equal('quote-speaker');
      expect(textOf(caption)).to.equal('Ana Ruiz Mayor');
      expect(textOf(caption.querySelector('[part="quote-role"]')!)).to.equal('Mayor');
      expect(quotes[3]!.querySelector('[part="quote-role"]'), 'the council has no role').to.equal(null);
      expect(textOf(first.querySelector('[part="evidence"]')!)).to.equal('In the article: paragraph 2');
    });

    it('a quote’s evidence tells the page which quote, in which paragraph', async () => {
      const el = await explainer();
      const followed = nextEvent(el, 'glossa-evidence');
      parts(el, 'quote')[1]!.querySelector<HTMLElement>('[part="evidence-link"]')!.click();
      expect((await followed).detail).to.include({
        kind: 'paragraph',
        paragraph: 'p3',
        paragraphNumber: 3,
        quote: 'We will not let the bridge fall',
        said: 'ruiz-fall',
      });
    });

    it('the quotes are in the article’s language in a Russian page, and marked with its quotation marks', async () => {
      const el = await explainer('ru');
      expect(textOf(part(el, 'quotes').querySelector('[part="section-heading"]')!)).to.equal('Что они сказали');
      const figure = parts(el, 'quote')[0]!.querySelector('figure')!;
      expect(figure.getAttribute('lang')).to.equal('en');
      const words = figure.querySelector('blockquote')!;
      expect(getComputedStyle(words, '::before').content).to.equal('open-quote');
      await expect(el).to.be.accessible();
    });

    it('an article without quotes has no such section', async () => {
      const input = article11();
      delete input.quotes;
      const el = await explainer('en', input);
      expect(parts(el, 'quotes')).to.have.length(0);
    });
  });

  describe('key facts given as numbers', () => {
    it('are formatted for an English reader, “about” as ≈', async () => {
      const el = await explainer('en');
      expect(textOf(factValue(el, 'people cross it daily'))).to.equal('≈10,000');
      expect(textOf(factValue(el, 'of detour while it is closed'))).to.equal('12.5 km');
      expect(textOf(factValue(el, 'council vote')), 'a text value is shown as it is').to.equal('7–2');
    });

    it('are formatted for a Russian reader, with “около” and Intl’s unit in Russian', async () => {
      const el = await explainer('ru');
      expect(factValue(el, 'people cross it daily').textContent.trim()).to.equal('около 10\u00a0000');
      expect(textOf(factValue(el, 'of detour while it is closed'))).to.equal('12,5 км');
      const text = factValue(el, 'council vote');
      expect(text.getAttribute('lang'), 'a text value is the article’s').to.equal('en');
      expect(factValue(el, 'people cross it daily').hasAttribute('lang'), 'a number is the reader’s').to.be.false;
    });

    it('are formatted for a French reader, with “environ”', async () => {
      const el = await explainer('fr');
      expect(factValue(el, 'people cross it daily').textContent.trim()).to.equal('environ 10\u202f000');
      expect(factValue(el, 'of detour while it is closed').textContent.trim()).to.equal('12,5\u202fkm');
      await expect(el).to.be.accessible();
    });

    it('take the digits Intl gives the reader’s locale', async () => {
      const el = await explainer('ar-EG');
      expect(textOf(factValue(el, 'people cross it daily'))).to.equal('نحو ١٠٬٠٠٠');
    });

    it('write a unit Intl does not know after the number, in the article’s language', async () => {
      const el = await explainer('ru');
      const value = factValue(el, 'to rebuild');
      expect(textOf(value)).to.equal('3 arches');
      const unit = value.querySelector('span')!;
      expect(textOf(unit)).to.equal('arches');
      expect(unit.getAttribute('lang')).to.equal('en');
    });
  });

  describe('figures', () => {
    it('shows an image with its alt text, over a caption of one paragraph each', async () => {
      const el = await explainer();
      const figure = parts(el, 'figure')[1]!;
      const image = figure.querySelector<HTMLImageElement>('[part="figure-image"]')!;
      expect(image.getAttribute('src')).to.equal(PIXEL);
      expect(image.alt).to.equal('The bridge from the river bank.');
      const caption = figure.querySelector('figcaption')!;
      expect(caption.getAttribute('part')).to.equal('figure-caption');
      const [first, second, credits] = [...caption.children].map(textOf);
      expect([first, second]).to.deep.equal(['The bridge in 1925.', 'It was widened in 1960.']);
      expect(caption.children).to.have.length(3);
      expect(credits, 'an attribution that repeats the credit shows once').to.equal('Town Archive CC BY 4.0');
    });

    it('says a picture described but not given is in the original article, over its caption, without its credit', async () => {
      const el = await explainer();
      const figure = parts(el, 'figure')[0]!;
      expect([...figure.children].map((child) => child.localName)).to.deep.equal(['p', 'figcaption']);
      expect(textOf(part(el, 'figure-unshown'))).to.equal('Picture in the original article');
      expect(textOf(figure.querySelector('figcaption')!)).to.equal('The old bridge.');
      expect(textOf(figure), 'no credit for a picture that is not there').not.to.contain('J. Doe');
      expect(figure.querySelector('blockquote')).to.equal(null);
    });

    it('shows a figure with neither image nor description as a quotation of its caption, over its credit', async () => {
      const input = article11();
      delete input.figures![0]!.alt;
      const el = await explainer('en', input);
      const figure = parts(el, 'figure')[0]!;
      expect([...figure.children].map((child) => child.localName)).to.deep.equal(['blockquote', 'figcaption']);
      const quote = figure.querySelector('blockquote')!;
      expect(quote.getAttribute('part')).to.equal('figure-quote');
      expect(textOf(quote)).to.equal('The old bridge.');
      expect(textOf(figure.querySelector('figcaption')!)).to.equal('J. Doe / Agency');
      expect(getComputedStyle(quote).borderInlineStartStyle).to.equal('solid');
    });

    it('a figure without an image, description or credits is its quotation alone', async () => {
      const input = article11();
      delete input.figures![0]!.alt;
      delete input.figures![0]!.credit;
      const el = await explainer('en', input);
      const figure = parts(el, 'figure')[0]!;
      expect([...figure.children].map((child) => child.localName)).to.deep.equal(['blockquote']);
    });

    for (const form of ['image', 'picture not given', 'quotation'] as const) {
      it(`parts a caption of two paragraphs with space between them (${form})`, async () => {
        const input = article11();
        const figure = input.figures![0]!;
        figure.caption = ['The bridge in 1925.', 'It was widened in 1960.'];
        if (form === 'image') figure.src = PIXEL;
        if (form === 'quotation') delete figure.alt;
        const el = await explainer('en', input);
        const [first, second] = [...parts(el, 'figure')[0]!.querySelectorAll('p[lang], blockquote > p, figcaption > p')]
          .filter((p) => p.textContent.startsWith('The bridge') || p.textContent.startsWith('It was'))
          .map((p) => p.getBoundingClientRect());
        expect(second!.top - first!.bottom, 'the gap between the paragraphs').to.be.at.least(4);
      });
    }
  });

  describe('licences', () => {
    it('the footer names the article’s licence, linked to its text, and its attribution', async () => {
      const el = await explainer();
      const license = part(el, 'footer').querySelector('[part="license"]')!;
      expect(textOf(license)).to.equal('Licence: CC BY 4.0 Town Gazette');
      const link = license.querySelector<HTMLAnchorElement>('[part="license-link"]')!;
      expect(link.getAttribute('href')).to.equal(CC_BY);
      expect(link.relList.contains('license')).to.be.true;
      expect(textOf(link)).to.equal('CC BY 4.0');
      const separator = getComputedStyle(link.parentElement!.nextElementSibling!, '::before').content;
      expect(separator, 'a dot parts the credits, silent for screen readers').to.equal('"· " / ""');
    });

    it('a figure’s licence links to its text beside the credit', async () => {
      const el = await explainer();
      const link = parts(el, 'figure')[1]!.querySelector<HTMLAnchorElement>('[part="license-link"]')!;
      expect(link.getAttribute('href')).to.equal(CC_BY);
    });

    it('a licence without an address is its name, not a link', async () => {
      const input = article11();
      input.license = { name: 'All rights reserved' };
      const el = await explainer('en', input);
      const license = part(el, 'license');
      expect(textOf(license)).to.equal('Licence: All rights reserved');
      expect(linksIn(license)).to.deep.equal([]);
    });

    it('a licence whose address is not http(s) makes the article invalid, and nothing links to it', async () => {
      const input: ArticleInput = article11();
      input.license = { name: 'CC BY 4.0', url: 'javascript:alert(1)' };
      input.figures![1]!.license = { name: 'CC BY 4.0', url: '//evil.example/licence' };
      const el = await explainer('en', input);
      expect(parts(el, 'error')).to.have.length(1);
      expect(textOf(part(el, 'error'))).to.contain('license.url');
      expect(linksIn(el.shadowRoot!, 'a[href*="javascript"], a[href*="evil"]')).to.deep.equal([]);
    });

    it('a licence link is a target of at least 24 px', async () => {
      const el = await explainer();
      for (const link of parts(el, 'license-link')) {
        expect(link.getBoundingClientRect().height).to.be.at.least(24);
      }
    });

    it('says “Licence” in the reader’s language and the licence in the article’s', async () => {
      const el = await explainer('de');
      const license = part(el, 'license');
      expect(textOf(license)).to.equal('Lizenz: CC BY 4.0 Town Gazette');
      expect(license.hasAttribute('lang')).to.be.false;
      expect([...license.querySelectorAll('[lang="en"]')].map(textOf)).to.deep.equal(['CC BY 4.0', 'Town Gazette']);
    });
  });

  describe('on a 320 px phone', () => {
    afterEach(() => setViewport({ width: 800, height: 600 }));

    it('nothing overflows', async () => {
      await setViewport({ width: 320, height: 800 });
      for (const lang of ['en', 'ru']) {
        const el = await explainer(lang);
        expect(overflowingElements(el), lang).to.deep.equal([]);
        expect(el.scrollWidth).to.be.at.most(320);
      }
    });
  });
});
