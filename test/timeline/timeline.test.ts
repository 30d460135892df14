import { expect, fixture, html } from '@open-wc/testing';
import { waitUntil } from '../fixtures/wait.js';
import { sendKeys, setViewport } from '@web/test-runner-commands';
import '../../src/timeline/define.js';
import '../../src/lang/de.js';
import type { GlossaTimeline } from '../../src/timeline/timeline.js';
import type { ArticleInput } from '../../src/model/types.js';
import { minimalArticle } from '../fixtures/minimal-article.js';
import { part, parts, textOf } from '../fixtures/dom.js';
import { seedArticle } from '../fixtures/seed-article.js';

/** Events given out of order and at every precision the model allows. */
function shuffledTimeline(): ArticleInput {
  return {
    ...minimalArticle(),
    timeline: [
      { id: 'late', when: '2022-01-11', label: 'Withdrawal announced' },
      { id: 'year', when: '2019', label: 'A year only' },
      { id: 'month', when: '2022-01', label: 'Protests' },
      { id: 'hour', when: '2022-01-11T14:30', label: 'A press conference' },
    ],
  };
}

/** What model 1.1 adds: ranges, a time in a zone, undated and planned events. */
function timelineOfKinds(): ArticleInput {
  return {
    ...minimalArticle(),
    timeline: [
      { id: 'talks', when: '2022-01-05', until: '2022-01-07', label: 'Talks' },
      { id: 'undated', label: 'Undated' },
      { id: 'summer', when: '2023-07-12T14:00', timeZone: 'Europe/Berlin', label: 'Summer meeting' },
      { id: 'spring', when: '2022-01', until: '2022-03', label: 'Spring' },
      { id: 'vote', when: '2026-09', planned: true, label: 'Vote' },
      { id: 'someday', planned: true, label: 'Someday' },
    ],
  };
}

const labels = (el: Element) => parts(el, 'label').map(textOf);
const dates = (el: Element) => parts(el, 'date').map(textOf);
/** The event whose label is `label`. */
const eventOf = (el: Element, label: string) =>
  parts(el, 'event').find((event) => textOf(event.querySelector('[part~="label"]')!) === label)!;
const datetimes = (event: Element) => [...event.querySelectorAll('time')].map((time) => time.getAttribute('datetime'));

describe('<glossa-timeline>', () => {
  it('passes axe with the seed article', async () => {
    const el = await fixture<GlossaTimeline>(html`<glossa-timeline .article=${await seedArticle()}></glossa-timeline>`);
    await expect(el).to.be.accessible();
  });

  it('lists every event of the seed article, in date order, as an ordered list', async () => {
    const article = await seedArticle();
    const el = await fixture<GlossaTimeline>(html`<glossa-timeline .article=${article}></glossa-timeline>`);
    const list = part(el, 'list');
    expect(list.localName).to.equal('ol');
    expect(list.children).to.have.length(article.timeline!.length);
    const datetimes = parts(el, 'date').map((time) => time.getAttribute('datetime')!);
    expect(datetimes).to.deep.equal([...datetimes].sort());
  });

  it('puts events in date order whatever order the model gives', async () => {
    const el = await fixture<GlossaTimeline>(html`<glossa-timeline .article=${shuffledTimeline()}></glossa-timeline>`);
    expect(labels(el)).to.deep.equal(['A year only', 'Protests', 'Withdrawal announced', 'A press conference']);
  });

  it('formats dates in English as precisely as the model gives them', async () => {
    const el = await fixture<GlossaTimeline>(
      html`<glossa-timeline lang="en" .article=${shuffledTimeline()}></glossa-timeline>`,
    );
    expect(dates(el)).to.deep.equal(['2019', 'January 2022', 'January 11, 2022', 'January 11, 2022 at 2:30 PM']);
    expect(parts(el, 'date').map((time) => time.getAttribute('datetime'))).to.deep.equal([
      '2019',
      '2022-01',
      '2022-01-11',
      '2022-01-11T14:30',
    ]);
  });

  it('formats dates in German when an ancestor says lang="de", and follows a change of language', async () => {
    const wrapper = await fixture(
      html`<div lang="de"><glossa-timeline .article=${shuffledTimeline()}></glossa-timeline></div>`,
    );
    const el = wrapper.querySelector('glossa-timeline')!;
    expect(dates(el)).to.deep.equal(['2019', 'Januar 2022', '11. Januar 2022', '11. Januar 2022 um 14:30']);
    wrapper.setAttribute('lang', 'fr');
    await waitUntil(() => dates(el)[1] !== 'Januar 2022', 'the dates stayed German');
    expect(dates(el)).to.deep.equal(['2019', 'janvier 2022', '11 janvier 2022', '11 janvier 2022 à 14:30']);
  });

  it('shows at most `limit` events, the earliest first', async () => {
    const el = await fixture<GlossaTimeline>(
      html`<glossa-timeline .article=${shuffledTimeline()} limit="2"></glossa-timeline>`,
    );
    expect(labels(el)).to.deep.equal(['A year only', 'Protests']);
  });

  it('follows heading-level', async () => {
    const el = await fixture<GlossaTimeline>(
      html`<glossa-timeline heading-level="4" .article=${shuffledTimeline()}></glossa-timeline>`,
    );
    expect(part(el, 'heading').localName).to.equal('h4');
  });

  it('shows a range with a <time> for each end, the words they share between them, in English and German', async () => {
    const wrapper = await fixture(
      html`<div lang="en"><glossa-timeline .article=${timelineOfKinds()}></glossa-timeline></div>`,
    );
    const el = wrapper.querySelector('glossa-timeline')!;
    expect(textOf(eventOf(el, 'Talks').querySelector('[part~="date"]')!)).to.equal('January 5 – 7, 2022');
    expect(textOf(eventOf(el, 'Spring').querySelector('[part~="date"]')!)).to.equal('January – March 2022');
    expect(datetimes(eventOf(el, 'Talks'))).to.deep.equal(['2022-01-05', '2022-01-07']);
    expect([...eventOf(el, 'Talks').querySelectorAll('time')].map(textOf)).to.deep.equal(['5', '7']);

    wrapper.setAttribute('lang', 'de');
    await waitUntil(() => textOf(eventOf(el, 'Talks')).includes('Januar 2022'), 'the range stayed English');
    expect(textOf(eventOf(el, 'Talks').querySelector('[part~="date"]')!)).to.equal('5.–7. Januar 2022');
    expect(textOf(eventOf(el, 'Spring').querySelector('[part~="date"]')!)).to.equal('Januar–März 2022');
  });

  it('shows a time in its zone, named, on either side of a change to summer time', async () => {
    const article: ArticleInput = {
      ...minimalArticle(),
      timeline: ['01:30', '03:30'].map((time, index) => ({
        id: `e${index}`,
        when: `2023-03-26T${time}`,
        timeZone: 'Europe/Berlin',
        label: `At ${time}`,
      })),
    };
    const el = await fixture<GlossaTimeline>(
      html`<glossa-timeline lang="en-GB" .article=${article}></glossa-timeline>`,
    );
    expect(dates(el)).to.deep.equal(['26 March 2023 at 01:30 CET', '26 March 2023 at 03:30 CEST']);
    expect(parts(el, 'date').map((time) => time.getAttribute('datetime'))).to.deep.equal([
      '2023-03-26T01:30+01:00',
      '2023-03-26T03:30+02:00',
    ]);
  });

  it('keeps undated events where the model lists them, without a date', async () => {
    const el = await fixture<GlossaTimeline>(html`<glossa-timeline .article=${timelineOfKinds()}></glossa-timeline>`);
    expect(labels(el)).to.deep.equal(['Spring', 'Undated', 'Talks', 'Summer meeting', 'Vote', 'Someday']);
    expect(eventOf(el, 'Undated').querySelector('[part~="date"], time')).to.equal(null);
  });

  it('marks planned events with a label a screen reader reads, and a hollow, dashed marker', async () => {
    const el = await fixture<GlossaTimeline>(
      html`<glossa-timeline lang="en" .article=${timelineOfKinds()}></glossa-timeline>`,
    );
    const planned = parts(el, 'planned-event');
    expect(planned.map((event) => textOf(event.querySelector('[part~="label"]')!))).to.deep.equal(['Vote', 'Someday']);
    expect(planned.map((event) => textOf(event.querySelector('[part~="planned"]')!))).to.deep.equal([
      'Planned',
      'Planned',
    ]);
    expect(parts(el, 'planned')).to.have.length(2);
    expect(textOf(eventOf(el, 'Vote'))).to.equal('September 2026 Planned Vote');

    const marker = (label: string) => getComputedStyle(eventOf(el, label).querySelector('[part~="marker"]')!);
    expect(marker('Vote').borderTopStyle).to.equal('dashed');
    expect(marker('Vote').backgroundColor).to.equal(getComputedStyle(el).backgroundColor);
    expect(marker('Talks').borderTopStyle).to.equal('none');
    expect(marker('Talks').backgroundColor).not.to.equal(getComputedStyle(el).backgroundColor);
  });

  it('says "Planned" in the reader’s language', async () => {
    const el = await fixture<GlossaTimeline>(
      html`<glossa-timeline lang="de" .article=${timelineOfKinds()}></glossa-timeline>`,
    );
    expect(parts(el, 'planned').map(textOf)).to.deep.equal(['Geplant', 'Geplant']);
  });

  for (const theme of ['light', 'dark']) {
    it(`passes axe with ranges, zones, undated and planned events, ${theme}`, async () => {
      const wrapper = await fixture(
        html`<div theme=${theme}><glossa-timeline .article=${timelineOfKinds()}></glossa-timeline></div>`,
      );
      const el = wrapper.querySelector<GlossaTimeline>('glossa-timeline')!;
      await waitUntil(() => parts(el, 'planned').length === 2, 'the timeline did not render');
      await expect(el).to.be.accessible();
    });
  }

  describe('layout', () => {
    afterEach(() => setViewport({ width: 800, height: 600 }));

    it('lets the keyboard reach the wide scroller when no event has an evidence link to take focus', async () => {
      const scroller = async (article: ArticleInput, hideEvidence = false) => {
        const el = await fixture<GlossaTimeline>(
          html`<glossa-timeline .article=${article} ?hide-evidence=${hideEvidence}></glossa-timeline>`,
        );
        return part(el, 'scroller').getAttribute('tabindex');
      };
      expect(await scroller(minimalArticle())).to.equal(null);
      expect(await scroller(minimalArticle(), true)).to.equal('0');
      expect(await scroller(timelineOfKinds())).to.equal('0');
    });

    it('is vertical in a narrow container and horizontal in a wide one', async () => {
      await setViewport({ width: 1280, height: 800 });
      const wrapper = await fixture(html`<div style="inline-size: 20rem">
        <glossa-timeline .article=${shuffledTimeline()}></glossa-timeline>
      </div>`);
      const el = wrapper.querySelector('glossa-timeline')!;
      const tops = () => parts(el, 'event').map((event) => Math.round(event.getBoundingClientRect().top));
      const narrow = tops();
      expect(narrow[1]).to.be.greaterThan(narrow[0]!);

      wrapper.setAttribute('style', 'inline-size: 60rem');
      await el.updateComplete;
      const wide = tops();
      expect(new Set(wide).size).to.equal(1);
    });

    it('keeps the markers whole inside the wide layout’s scroller, which clips what overflows it', async () => {
      await setViewport({ width: 1280, height: 800 });
      const el = await fixture<GlossaTimeline>(html`<glossa-timeline .article=${timelineOfKinds()}></glossa-timeline>`);
      const scroller = part(el, 'scroller').getBoundingClientRect();
      expect(getComputedStyle(part(el, 'scroller')).overflowX).to.equal('auto');
      for (const marker of parts(el, 'marker')) {
        expect(marker.getBoundingClientRect().top).to.be.at.least(scroller.top);
      }
    });

    describe('a wide timeline wider than its box', () => {
      /** The seed's seven events in a 40rem box: wide enough for the horizontal layout, too narrow for all of them. */
      async function overflowing(lang = 'en'): Promise<GlossaTimeline> {
        const article = await seedArticle();
        const wrapper =
          await fixture(html`<div lang=${lang} dir=${lang === 'ar' ? 'rtl' : 'ltr'} style="inline-size: 42rem">
          <glossa-timeline .article=${article}></glossa-timeline>
        </div>`);
        const el = wrapper.querySelector('glossa-timeline')!;
        await waitUntil(() => shown(part(el, 'pager')), 'no Earlier and Later buttons');
        return el;
      }
      const scroller = (el: GlossaTimeline) => part(el, 'scroller');
      const shown = (element: HTMLElement) => element.checkVisibility({ visibilityProperty: true });
      const disabled = (button: HTMLElement) => button.getAttribute('aria-disabled') === 'true';

      it('Later and Earlier scroll it, by keyboard, each unavailable at its end', async () => {
        const el = await overflowing();
        const later = part(el, 'later-button');
        const earlier = part(el, 'earlier-button');
        expect(later.getAttribute('aria-label')).to.equal('Later events');
        expect(disabled(earlier) && !disabled(later), 'at the start').to.be.true;
        await expect(el).to.be.accessible();
        later.focus();
        await sendKeys({ press: 'Enter' });
        await waitUntil(() => scroller(el).scrollLeft > 0, 'Later did not scroll');
        await waitUntil(() => !disabled(earlier), 'Earlier stayed disabled');
        for (let press = 0; press < 10 && !disabled(later); press += 1) {
          const scrolled = new Promise((resolve) =>
            scroller(el).addEventListener('scrollend', resolve, { once: true }),
          );
          await sendKeys({ press: 'Enter' });
          await scrolled;
          await el.updateComplete;
        }
        await waitUntil(() => disabled(later), 'Later never reached the end');
        const box = scroller(el);
        expect(box.scrollLeft).to.be.closeTo(box.scrollWidth - box.clientWidth, 3);
        expect(el.shadowRoot!.activeElement, 'focus stays on the disabled button').to.equal(later);
        await expect(el).to.be.accessible();
      });

      it('pages leftward in Arabic, where later events lie to the left', async () => {
        const el = await overflowing('ar');
        const before = scroller(el).scrollLeft;
        part(el, 'later-button').click();
        await waitUntil(() => scroller(el).scrollLeft < before - 50, 'Later did not scroll leftward');
        const later = part(el, 'later-button').getBoundingClientRect();
        const earlier = part(el, 'earlier-button').getBoundingClientRect();
        expect(later.left, 'the Later button is on the left').to.be.below(earlier.left);
      });

      it('shows no buttons when everything fits, and keeps their room beside the heading', async () => {
        await setViewport({ width: 1280, height: 800 });
        const el = await fixture<GlossaTimeline>(
          html`<glossa-timeline .article=${shuffledTimeline()}></glossa-timeline>`,
        );
        const box = scroller(el);
        // The timeline's own observer was made first, so it has measured when this one reports.
        await new Promise((resolve) => new ResizeObserver(resolve).observe(box));
        await el.updateComplete;
        expect(box.scrollWidth, 'the events fit').to.equal(box.clientWidth);
        const pager = part(el, 'pager');
        expect(shown(pager), 'the buttons are hidden').to.be.false;
        const heading = part(el, 'heading').getBoundingClientRect();
        expect(pager.getBoundingClientRect().top, 'on the heading’s line').to.be.below(heading.bottom);
      });
    });
  });
});
