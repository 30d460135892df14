import { expect, fixture, html } from '@open-wc/testing';
import { waitUntil } from '../fixtures/wait.js';
import '../../src/lang/all.js';
import '../../src/explainer/define.js';
import '../../src/timeline/define.js';
import { ar } from '../../src/localize/ar.js';
import { de } from '../../src/localize/de.js';
import { en } from '../../src/localize/en.js';
import { es } from '../../src/localize/es.js';
import { fr } from '../../src/localize/fr.js';
import { kk } from '../../src/localize/kk.js';
import { registerTranslation } from '../../src/localize/registry.js';
import { ru } from '../../src/localize/ru.js';
import type { Translation } from '../../src/localize/translation.js';
import type { GlossaTimeline } from '../../src/timeline/timeline.js';
import { minimalArticle } from '../fixtures/minimal-article.js';
import { part, textOf } from '../fixtures/dom.js';

const SHIPPED: Translation[] = [en, ru, kk, de, fr, es, ar];

const timelineIn = (lang: string) =>
  fixture<GlossaTimeline>(html`<glossa-timeline lang=${lang} .article=${minimalArticle()}></glossa-timeline>`);

describe('languages', () => {
  for (const translation of SHIPPED) {
    it(`${translation.$code} has every string, none of them empty`, () => {
      for (const key of Object.keys(en) as (keyof Translation)[]) {
        const value = translation[key];
        expect(value, `${translation.$code}.${key}`).to.exist;
        const text = typeof value === 'function' ? (value as (...args: unknown[]) => string)(3, 'x') : value;
        expect(text.trim(), `${translation.$code}.${key}`).not.to.equal('');
      }
    });
  }

  it('speaks the language of the closest lang, element by element', async () => {
    const page = await fixture(html`<div lang="de">
      <glossa-timeline .article=${minimalArticle()}></glossa-timeline>
      <section lang="ru"><glossa-timeline .article=${minimalArticle()}></glossa-timeline></section>
    </div>`);
    const [german, russian] = page.querySelectorAll('glossa-timeline');
    expect(textOf(part(german!, 'heading'))).to.equal('Chronik');
    expect(textOf(part(russian!, 'heading'))).to.equal('Хронология');
  });

  it('follows a change of lang on an ancestor at run time', async () => {
    const page = await fixture(
      html`<div lang="en"><glossa-timeline .article=${minimalArticle()}></glossa-timeline></div>`,
    );
    const el = page.querySelector('glossa-timeline')!;
    expect(textOf(part(el, 'heading'))).to.equal('Timeline');
    page.setAttribute('lang', 'es');
    await waitUntil(() => textOf(part(el, 'heading')) === 'Cronología', 'the strings stayed English');
    page.setAttribute('lang', 'fr-CA');
    await waitUntil(() => textOf(part(el, 'heading')) === 'Chronologie', 'fr-CA did not fall back to fr');
  });

  it('reads lang="de_DE" as German, and passes over a lang no browser API takes', async () => {
    const page = await fixture(html`<div lang="ru"><div lang="not a language">
      <glossa-timeline lang="de_DE" .article=${minimalArticle()}></glossa-timeline>
      <glossa-timeline .article=${minimalArticle()}></glossa-timeline>
    </div></div>`);
    const [german, russian] = page.querySelectorAll('glossa-timeline');
    expect(textOf(part(german!, 'heading'))).to.equal('Chronik');
    expect(textOf(part(russian!, 'heading'))).to.equal('Хронология');
  });

  it('uses each language’s plural forms', () => {
    expect([1, 3, 5, 21].map((count) => ru.moreProblems(count))).to.deep.equal([
      'и ещё 1 ошибка',
      'и ещё 3 ошибки',
      'и ещё 5 ошибок',
      'и ещё 21 ошибка',
    ]);
    expect([1, 2, 3, 11].map((count) => ar.moreProblems(count))).to.deep.equal([
      'ومشكلة أخرى',
      'ومشكلتان أخريان',
      `و${(3).toLocaleString('ar')} مشكلات أخرى`,
      `و${(11).toLocaleString('ar')} مشكلة أخرى`,
    ]);
  });

  it('falls back to English for a language it does not have, and for a string a language lacks', async () => {
    registerTranslation({ $code: 'pt', $name: 'Português', timelineHeading: 'Linha do tempo' });
    const portuguese = await timelineIn('pt-BR');
    expect(textOf(part(portuguese, 'heading'))).to.equal('Linha do tempo');
    const japanese = await timelineIn('ja');
    expect(textOf(part(japanese, 'heading'))).to.equal('Timeline');
  });

  it('lets a publisher override one string, and re-renders what is on the page', async () => {
    const el = await timelineIn('de');
    registerTranslation({ $code: 'de', timelineHeading: 'Zeitleiste' });
    await waitUntil(() => textOf(part(el, 'heading')) === 'Zeitleiste', 'the override was not shown');
    registerTranslation({ $code: 'de', timelineHeading: de.timelineHeading });
  });

  describe('direction', () => {
    it('lays an Arabic widget out right to left, even inside a left-to-right page', async () => {
      const page = await fixture(html`<div dir="ltr"><div lang="ar">
        <glossa-timeline .article=${minimalArticle()}></glossa-timeline>
      </div></div>`);
      const el = page.querySelector('glossa-timeline')!;
      expect(getComputedStyle(el).direction).to.equal('rtl');
      expect(textOf(part(el, 'heading'))).to.equal('التسلسل الزمني');
      await expect(el).to.be.accessible();
      const heading = part(el, 'heading').getBoundingClientRect();
      const host = el.getBoundingClientRect();
      expect(host.right - heading.right, 'the heading does not start at the right').to.be.below(2);
    });

    it('keeps the article’s English text left to right inside an Arabic widget', async () => {
      const page = await fixture(html`<div lang="ar" style="inline-size: 30rem">
        <glossa-explainer .article=${minimalArticle()}></glossa-explainer>
      </div>`);
      const el = page.querySelector('glossa-explainer')!;
      await el.updateComplete;
      const text = [...part(el, 'summary-text').childNodes].find(
        (node) => node.nodeType === Node.TEXT_NODE && /\.\s*$/.test(node.nodeValue!),
      )!;
      const end = text.nodeValue!.trimEnd().length;
      const box = (from: number) => {
        const range = document.createRange();
        range.setStart(text, from);
        range.setEnd(text, from + 1);
        return range.getBoundingClientRect();
      };
      // Read right to left, the full stop of an English sentence would jump to its start, on the left.
      expect(box(end - 1).left, 'the full stop is not after the last word').to.be.greaterThan(box(end - 2).left);
      const heading = el.shadowRoot!.querySelector('#summary-heading')!.getBoundingClientRect();
      expect(el.getBoundingClientRect().right - heading.right, 'the Arabic heading is not on the right').to.be.below(
        40,
      );
    });

    it('keeps an explicit dir closer than the lang', async () => {
      const page = await fixture(html`<div lang="ar"><div dir="ltr">
        <glossa-timeline .article=${minimalArticle()}></glossa-timeline>
      </div></div>`);
      expect(getComputedStyle(page.querySelector('glossa-timeline')!).direction).to.equal('ltr');
    });
  });
});
