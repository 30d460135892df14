import { expect, fixture, html } from '@open-wc/testing';
import { setViewport } from '@web/test-runner-commands';
import '../../src/explainer/define.js';
import '../../src/lang/all.js';
import type { GlossaExplainer } from '../../src/explainer/explainer.js';
import { valid11 } from '../fixtures/article-1-1.js';
import { overflowingElements, parts, textOf } from '../fixtures/dom.js';

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
