import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/timeline/define.js';
import '../../src/lang/ar.js';
import type { GlossaTimeline } from '../../src/timeline/timeline.js';
import type { Article } from '../../src/model/types.js';
import { part, parts, textOf } from '../fixtures/dom.js';
import { pressKey } from '../fixtures/keys.js';
import { seedArticle } from '../fixtures/seed-article.js';
import { waitUntil } from '../fixtures/wait.js';

let article: Article;
before(async () => {
  article = await seedArticle();
});
afterEach(() => history.replaceState(null, '', location.pathname + location.search));

/** A page with the article's paragraphs and figures, each its id as anchor, below a timeline whose events link to them. */
async function page(lang = 'en') {
  const wrapper = await fixture(html`<div lang=${lang} dir=${lang === 'ar' ? 'rtl' : 'ltr'}>
    <glossa-timeline evidence-href="#{id}" .article=${article}></glossa-timeline>
    ${article.paragraphs.map((paragraph) => html`<p id=${paragraph.id} style="margin-block: 50vh">${paragraph.text}</p>`)}
    ${(article.figures ?? []).map((figure) => html`<figure id=${figure.id} style="margin-block: 50vh">${figure.caption}</figure>`)}
  </div>`);
  const timeline = wrapper.querySelector<GlossaTimeline>('glossa-timeline')!;
  await timeline.updateComplete;
  return timeline;
}

/** Follows the timeline's first evidence link by keyboard. */
async function followEvidence(timeline: GlossaTimeline): Promise<HTMLAnchorElement> {
  const link = parts<HTMLAnchorElement>(timeline, 'evidence-link').find((candidate) => candidate.checkVisibility())!;
  const hash = new URL(link.href).hash;
  link.focus();
  await sendKeys({ press: 'Enter' });
  await waitUntil(() => location.hash === hash, 'the link was not followed');
  await waitUntil(() => timeline.shadowRoot!.querySelector(':popover-open'), 'no way back offered');
  return link;
}

const offer = (timeline: GlossaTimeline) => timeline.shadowRoot!.querySelector<HTMLElement>('[part="way-back"]');

describe('the way back after an evidence link', () => {
  beforeEach(() => localStorage.clear());

  it('offers "Back to where you were", which returns focus and the view to the link', async () => {
    const timeline = await page();
    const link = await followEvidence(timeline);
    const target = document.getElementById(new URL(link.href).hash.slice(1))!;
    await waitUntil(() => target.getBoundingClientRect().top < innerHeight, 'the paragraph is not in view');
    expect(
      link.getBoundingClientRect().bottom < 0 || link.getBoundingClientRect().top > innerHeight,
      'the link scrolled away',
    ).to.be.true;
    const button = part(timeline, 'way-back-button');
    expect(textOf(button)).to.equal('↩ Back to where you were');
    const box = button.getBoundingClientRect();
    expect(box.bottom <= innerHeight && box.right <= innerWidth && box.height >= 24, 'on screen, a 24 px target').to.be
      .true;
    await expect(timeline).to.be.accessible();
    button.click();
    await waitUntil(() => offer(timeline) === null, 'the offer stayed');
    expect(timeline.shadowRoot!.activeElement === link, 'focus is on the link again').to.be.true;
    const back = link.getBoundingClientRect();
    expect(back.top >= 0 && back.bottom <= innerHeight, 'the link is in view').to.be.true;
  });

  it('the browser’s Back returns focus to the link too, and withdraws the offer', async () => {
    const timeline = await page();
    const link = await followEvidence(timeline);
    history.back();
    await waitUntil(() => offer(timeline) === null, 'the offer stayed after Back');
    await waitUntil(() => timeline.shadowRoot!.activeElement === link, 'focus did not return to the link');
  });

  it('Escape withdraws the offer and leaves the reader where they are', async () => {
    const timeline = await page();
    const link = await followEvidence(timeline);
    const scrolled = scrollY;
    await pressKey('Escape');
    await waitUntil(() => offer(timeline) === null, 'Escape left the offer');
    expect(scrollY).to.equal(scrolled);
    expect(location.hash).to.equal(new URL(link.href).hash);
  });

  it('floats on the side where lines end: the left in Arabic', async () => {
    const timeline = await page('ar');
    await followEvidence(timeline);
    const box = part(timeline, 'way-back-button').getBoundingClientRect();
    expect(box.left).to.be.below(innerWidth / 2);
    expect(textOf(part(timeline, 'way-back-button'))).to.equal('↩ العودة إلى حيث كنت');
  });

  it('is not offered for a link the page keeps from navigating', async () => {
    const timeline = await page();
    timeline.addEventListener('glossa-evidence', (event) => event.preventDefault());
    parts(timeline, 'evidence-link')
      .find((candidate) => candidate.checkVisibility())!
      .click();
    await timeline.updateComplete;
    expect(offer(timeline)).to.equal(null);
    expect(location.hash).to.equal('');
  });
});
