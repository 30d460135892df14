import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys, setViewport } from '@web/test-runner-commands';
import '../../src/explainer/define.js';
import type { GlossaExplainer } from '../../src/explainer/explainer.js';
import type { Article } from '../../src/model/types.js';
import { isShown, nextEvent, overflowingElements, part, parts, textOf } from '../fixtures/dom.js';
import { seedArticle } from '../fixtures/seed-article.js';
import { targetOf } from '../fixtures/article-checks.js';
import { waitUntil } from '../fixtures/wait.js';

let article: Article;
before(async () => {
  article = await seedArticle();
});

const explainer = (variant: 'full' | 'compact' = 'full') =>
  fixture<GlossaExplainer>(html`<glossa-explainer variant=${variant} .article=${article}></glossa-explainer>`);

/** Tab from the start of the page until `target` inside `host` has focus; fails after `limit` presses. */
async function tabTo(host: Element, target: Element, limit = 40): Promise<void> {
  (document.activeElement as HTMLElement | null)?.blur();
  for (let press = 0; press < limit; press += 1) {
    await sendKeys({ press: 'Tab' });
    if (host.shadowRoot!.activeElement === target) return;
  }
  throw new Error('Tab never reached the element');
}

describe('<glossa-explainer>', () => {
  it('passes axe in the full variant', async () => {
    await expect(await explainer('full')).to.be.accessible();
  });

  it('shows every field of the seed model', async () => {
    const el = await explainer('full');
    expect(textOf(part(el, 'title'))).to.equal(article.title);
    if (article.dek) expect(textOf(part(el, 'dek'))).to.equal(article.dek);
    expect(textOf(part(el, 'summary-text'))).to.equal(article.explainer.summary);

    const facts = parts(el, 'fact');
    expect(facts).to.have.length(article.explainer.keyFacts!.length);
    article.explainer.keyFacts!.forEach((fact, index) => {
      // A fact given as a number is formatted for the reader's language; its tests go with that formatting.
      if (fact.value !== undefined)
        expect(textOf(facts[index]!.querySelector('[part="fact-value"]')!)).to.equal(fact.value);
      expect(textOf(facts[index]!.querySelector('[part="fact-label"]')!)).to.equal(fact.label);
    });

    const sections = parts(el, 'section');
    expect(sections.map((section) => textOf(section.querySelector('[part="section-heading"]')!))).to.deep.equal(
      article.explainer.sections.map((section) => section.heading),
    );
    expect(sections.map((section) => textOf(section.querySelector('[part="section-body"]')!))).to.deep.equal(
      article.explainer.sections.map((section) => section.body),
    );

    const figures = parts(el, 'figure');
    expect(figures).to.have.length(article.figures!.length);
    article.figures!.forEach((figure, index) => {
      expect(textOf(figures[index]!)).to.contain(figure.caption);
      // The seed's pictures are described, not given: the widget says so, without the credit of a picture not shown.
      expect(figure.src).to.equal(undefined);
      expect(textOf(figures[index]!.querySelector('[part="figure-unshown"]')!)).to.equal(
        'Picture in the original article',
      );
      expect(figures[index]!.querySelector('[part="figure-credit"]')).to.equal(null);
    });

    expect(textOf(part(el, 'byline'))).to.equal(`By ${article.byline}`);
    const timeline = part(el, 'timeline');
    await (timeline as unknown as { updateComplete: Promise<unknown> }).updateComplete;
    expect(parts(timeline, 'event')).to.have.length(article.timeline!.length);
    expect(parts(timeline, 'event').every(isShown)).to.be.true;
  });

  it('shows each claim’s evidence as a link to the host page’s anchor and tells the page', async () => {
    const el = await fixture<GlossaExplainer>(
      html`<glossa-explainer evidence-href="#p{n}" .article=${article}></glossa-explainer>`,
    );
    const fact = article.explainer.keyFacts![0]!;
    const { number } = targetOf(article, fact.evidence![0]!);
    const link = parts(el, 'fact')[0]!.querySelector<HTMLAnchorElement>('[part="evidence-link"]')!;
    expect(link.localName).to.equal('a');
    expect(link.getAttribute('href')).to.equal(`#p${number}`);
    expect(textOf(link)).to.equal(`paragraph ${number}`);

    el.addEventListener('glossa-evidence', (event) => event.preventDefault(), { once: true });
    const followed = nextEvent(el, 'glossa-evidence');
    const hashBefore = location.hash;
    link.click();
    const { detail } = await followed;
    expect(detail).to.include({ kind: 'paragraph', paragraphNumber: number });
    expect(detail.text).to.equal(article.paragraphs[number - 1]!.text);
    expect(location.hash, 'a cancelled glossa-evidence still navigated').to.equal(hashBefore);
  });

  it('without evidence-href, evidence is a button that fires glossa-evidence', async () => {
    const el = await explainer('full');
    const button = parts(el, 'evidence-link')[0]!;
    expect(button.localName).to.equal('button');
    const followed = nextEvent(el, 'glossa-evidence');
    button.click();
    expect((await followed).detail)
      .to.have.property('paragraph')
      .that.matches(/^p\d+$/);
  });

  it('hide-evidence hides it', async () => {
    const el = await fixture<GlossaExplainer>(
      html`<glossa-explainer hide-evidence .article=${article}></glossa-explainer>`,
    );
    expect(parts(el, 'evidence')).to.have.length(0);
  });

  describe('compact variant', () => {
    it('shows the summary and key facts, and hides the rest behind "More context"', async () => {
      const el = await explainer('compact');
      expect(isShown(part(el, 'summary-text'))).to.be.true;
      expect(parts(el, 'fact').every(isShown)).to.be.true;
      expect(isShown(part(el, 'more'))).to.be.false;
      expect(parts(el, 'section').some(isShown)).to.be.false;
      const button = part(el, 'more-button');
      expect(button.localName).to.equal('button');
      expect(textOf(button)).to.equal('More context');
      expect(button.getAttribute('aria-expanded')).to.equal('false');
      expect(button.getAttribute('aria-controls')).to.equal(part(el, 'more').id);
      await expect(el).to.be.accessible();
    });

    it('reveals and hides the rest with the mouse', async () => {
      const el = await explainer('compact');
      const button = part(el, 'more-button');
      button.click();
      await el.updateComplete;
      expect(button.getAttribute('aria-expanded')).to.equal('true');
      expect(parts(el, 'section').every(isShown)).to.be.true;
      await expect(el).to.be.accessible();
      button.click();
      await el.updateComplete;
      expect(button.getAttribute('aria-expanded')).to.equal('false');
      expect(isShown(part(el, 'more'))).to.be.false;
    });

    it('reveals with Enter and hides with Space, keeping focus on the button', async () => {
      const el = await explainer('compact');
      const button = part(el, 'more-button');
      await tabTo(el, button);
      await sendKeys({ press: 'Enter' });
      await el.updateComplete;
      expect(button.getAttribute('aria-expanded')).to.equal('true');
      expect(isShown(part(el, 'more'))).to.be.true;
      await sendKeys({ press: 'Space' });
      await el.updateComplete;
      expect(button.getAttribute('aria-expanded')).to.equal('false');
      expect(isShown(part(el, 'more'))).to.be.false;
      expect(el.shadowRoot!.activeElement).to.equal(button);
    });

    it('the full variant has no disclosure and shows everything', async () => {
      const el = await explainer('full');
      expect(parts(el, 'more-button')).to.have.length(0);
      expect(parts(el, 'section').every(isShown)).to.be.true;
    });
  });

  describe('heading levels', () => {
    for (const level of [2, 3, 5, 6]) {
      it(`heading-level="${level}" puts the title at h${level} and sections one below`, async () => {
        const el = await fixture<GlossaExplainer>(
          html`<glossa-explainer heading-level=${level} .article=${article}></glossa-explainer>`,
        );
        expect(part(el, 'title').localName).to.equal(`h${level}`);
        const sub = `h${Math.min(level + 1, 6)}`;
        expect(parts(el, 'section-heading').map((h) => h.localName)).to.satisfy((tags: string[]) =>
          tags.every((tag) => tag === sub),
        );
        const timeline = part(el, 'timeline');
        await (timeline as unknown as { updateComplete: Promise<unknown> }).updateComplete;
        expect(part(timeline, 'heading').localName).to.equal(sub);
      });
    }

    it('falls back to h2 for a level HTML does not have', async () => {
      const el = await fixture<GlossaExplainer>(
        html`<glossa-explainer heading-level="9" .article=${article}></glossa-explainer>`,
      );
      expect(part(el, 'title').localName).to.equal('h2');
    });
  });

  it('places the publisher’s header and footer slots', async () => {
    const el = await fixture<GlossaExplainer>(html`<glossa-explainer .article=${article}>
      <img slot="header" alt="Publisher" src="data:image/gif;base64,R0lGODlhAQABAAAAACw=" />
      <a slot="footer" href="#more">More from us</a>
    </glossa-explainer>`);
    const header = el.shadowRoot!.querySelector<HTMLSlotElement>('slot[name="header"]')!;
    const footer = el.shadowRoot!.querySelector<HTMLSlotElement>('slot[name="footer"]')!;
    expect(header.assignedElements()).to.have.length(1);
    expect(footer.assignedElements()[0]!.textContent).to.equal('More from us');
    expect(part(el, 'footer').contains(footer)).to.be.true;
  });

  it('offers the page every part of its timeline, under a timeline- prefix', async () => {
    const el = await explainer('full');
    const timeline = el.shadowRoot!.querySelector('glossa-timeline')!;
    await waitUntil(() => timeline.shadowRoot?.querySelector('[part~="event"]'), 'the inner timeline renders');
    const exported = new Map(
      timeline
        .getAttribute('exportparts')!
        .split(',')
        .map((pair) => pair.split(':').map((name) => name.trim()) as [string, string]),
    );
    const rendered = new Set(
      [...timeline.shadowRoot!.querySelectorAll('[part]')].flatMap((node) => node.getAttribute('part')!.split(/\s+/)),
    );
    const manifest = (await (await fetch('/custom-elements.json')).json()) as {
      modules: { declarations?: { tagName?: string; cssParts?: { name: string; inheritedFrom?: unknown }[] }[] }[];
    };
    const documented = manifest.modules
      .flatMap((module) => module.declarations ?? [])
      .find((declaration) => declaration.tagName === 'glossa-timeline')!
      .cssParts!.filter((cssPart) => !cssPart.inheritedFrom)
      .map((cssPart) => cssPart.name);
    for (const name of new Set([...rendered, ...documented]))
      expect(exported.get(name), name).to.equal(`timeline-${name}`);
  });

  it('announces itself once, not once more for its timeline', async () => {
    const seen: EventTarget[] = [];
    const listener = (event: Event) => seen.push(event.target!);
    document.addEventListener('glossa-ready', listener);
    const el = await explainer('full');
    // The inner timeline would announce in its first update: once it has updated, it did not.
    const timeline = el.shadowRoot!.querySelector('glossa-timeline')!;
    await waitUntil(() => timeline.hasUpdated, 'the inner timeline renders');
    await timeline.updateComplete;
    document.removeEventListener('glossa-ready', listener);
    expect(seen).to.deep.equal([el]);
  });

  describe('key facts', () => {
    /** The seed's five facts and a sixth whose figure has a space in it, in a box `width` px wide. */
    async function factsAt(width: number) {
      const seasons = {
        id: 'seasons',
        value: '2018 / 2019',
        label: 'the seasons it covers',
        evidence: article.explainer.keyFacts![0]!.evidence,
      };
      const facts = [...article.explainer.keyFacts!, seasons];
      const shown = { ...article, explainer: { ...article.explainer, keyFacts: facts } };
      const wrapper = await fixture(
        html`<div style="inline-size: ${width}px"><glossa-explainer .article=${shown}></glossa-explainer></div>`,
      );
      const el = wrapper.querySelector('glossa-explainer')!;
      await el.updateComplete;
      return { list: part(el, 'fact-list'), cards: parts(el, 'fact') };
    }

    it('are outlined on every side, so they keep their shape on a page of their own colour', async () => {
      const { cards } = await factsAt(800);
      for (const card of cards) {
        const style = getComputedStyle(card);
        const sides = [style.borderTopWidth, style.borderRightWidth, style.borderBottomWidth, style.borderLeftWidth];
        expect(
          sides.map(parseFloat).every((width) => width >= 1),
          sides.join(' '),
        ).to.be.true;
      }
    });

    for (const width of [320, 480, 720, 1000, 1280]) {
      it(`fill every row they start, with no card left alone beside a gap, at ${width} px`, async () => {
        const { list, cards } = await factsAt(width);
        const listBox = list.getBoundingClientRect();
        const rows = new Map<number, HTMLElement[]>();
        for (const card of cards) {
          const top = Math.round(card.getBoundingClientRect().top);
          rows.set(top, [...(rows.get(top) ?? []), card]);
        }
        for (const row of rows.values()) {
          const last = row.at(-1)!.getBoundingClientRect();
          expect(last.right, `a row of ${row.length} reaches the end of the list`).to.be.closeTo(listBox.right, 1);
        }
        if (width >= 480) {
          const figure = cards.at(-1)!.querySelector('[part="fact-value"]')!;
          const lineHeight = parseFloat(getComputedStyle(figure).lineHeight);
          expect(figure.getBoundingClientRect().height, '"2018 / 2019" on one line').to.be.below(lineHeight * 1.5);
        }
      });
    }
  });

  describe('on a phone and on a desktop', () => {
    afterEach(() => setViewport({ width: 800, height: 600 }));

    for (const width of [375, 1280]) {
      it(`nothing overflows at ${width} px in either variant`, async () => {
        await setViewport({ width, height: 900 });
        for (const variant of ['full', 'compact'] as const) {
          const el = await explainer(variant);
          if (variant === 'compact') part(el, 'more-button').click();
          await el.updateComplete;
          expect(overflowingElements(el), variant).to.deep.equal([]);
          expect(el.scrollWidth).to.be.at.most(el.clientWidth);
        }
      });
    }
  });
});
