import { expect, fixture, html } from '@open-wc/testing';
import { resetMouse, sendKeys, sendMouse } from '@web/test-runner-commands';
import '../../src/annotate/define.js';
import '../../src/whos-who/define.js';
import type { GlossaAnnotate } from '../../src/annotate/annotate.js';
import type { Article } from '../../src/model/types.js';
import { CLOSE_DELAY } from '../../src/term/term.js';
import { part, parts, textOf } from '../fixtures/dom.js';
import { seedArticle } from '../fixtures/seed-article.js';
import { hover, overlaps } from '../fixtures/pointer.js';
import { afterTimersOf, waitUntil } from '../fixtures/wait.js';

let article: Article;
before(async () => {
  article = await seedArticle();
});
afterEach(() => resetMouse());

/** A body with a button before it, so Tab has somewhere to start, and a button after it. */
async function story(extra = html``): Promise<{ el: GlossaAnnotate; before: HTMLElement; after: HTMLElement }> {
  const wrapper = await fixture<HTMLElement>(html`<div>
    <button id="before">Before</button>
    <glossa-annotate mode="all">
      <p>President Tokayev asked the CSTO for help; Putin answered. Tokayev thanked him.</p>
    </glossa-annotate>
    <button id="after">After</button>
    ${extra}
  </div>`);
  const el = wrapper.querySelector('glossa-annotate')!;
  el.article = article;
  await el.updateComplete;
  return { el, before: wrapper.querySelector('#before')!, after: wrapper.querySelector('#after')! };
}

const marks = (el: Element) => [...el.querySelectorAll<HTMLElement>('[data-glossa-term]')];
const mark = (el: Element, ref: string, index = 0) =>
  marks(el).filter((term) => term.dataset['glossaTerm'] === ref)[index]!;
const card = (el: GlossaAnnotate) => part(el, 'hovercard');
const isOpen = (el: GlossaAnnotate) => el.shadowRoot!.querySelector('.hovercard')?.matches(':popover-open') === true;

describe('<glossa-annotate>’s one card', () => {
  it('passes axe with the card open, and every term is a collapsed button in the tab order', async () => {
    const { el } = await story();
    for (const term of marks(el)) {
      expect(term.getAttribute('role')).to.equal('button');
      expect(term.tabIndex).to.equal(0);
      expect(term.getAttribute('aria-expanded')).to.equal('false');
    }
    mark(el, 'tokayev').click();
    await waitUntil(() => isOpen(el));
    await expect(el).to.be.accessible();
    await expect(el.parentElement!).to.be.accessible();
  });

  it('is one card for every term: a click shows the entity of the term clicked, beside it', async () => {
    const { el } = await story();
    mark(el, 'tokayev').click();
    await waitUntil(() => isOpen(el));
    expect(textOf(part(el, 'name'))).to.equal(article.entities.find((e) => e.id === 'tokayev')!.name);
    expect(overlaps(mark(el, 'tokayev').getBoundingClientRect(), card(el).getBoundingClientRect())).to.be.false;
    mark(el, 'putin').click();
    await waitUntil(() => textOf(part(el, 'name')) === article.entities.find((e) => e.id === 'putin')!.name);
    expect(isOpen(el)).to.be.true;
    expect(el.shadowRoot!.querySelectorAll('.hovercard')).to.have.length(1);
    expect(mark(el, 'tokayev').getAttribute('aria-expanded')).to.equal('false');
    expect(mark(el, 'putin').getAttribute('aria-expanded')).to.equal('true');
    expect(mark(el, 'putin').getAttribute('aria-description')).to.include(
      article.entities.find((e) => e.id === 'putin')!.summary,
    );
    const cardBox = card(el).getBoundingClientRect();
    const termBox = mark(el, 'putin').getBoundingClientRect();
    expect(overlaps(termBox, cardBox), 'the card covers the term').to.be.false;
    expect(Math.abs(cardBox.top - termBox.bottom), 'the card is not below the term it shows').to.be.below(20);
    mark(el, 'putin').click();
    await waitUntil(() => !isOpen(el), 'a second click did not close it');
    expect(mark(el, 'putin').getAttribute('aria-expanded')).to.equal('false');
  });

  it('opens on hover, stays while the pointer is over the card, and closes when it leaves', async () => {
    const { el } = await story();
    await hover(mark(el, 'csto'));
    await waitUntil(() => isOpen(el), 'hover did not open the card');
    await hover(card(el));
    await afterTimersOf(CLOSE_DELAY);
    expect(isOpen(el), 'the card closed under the pointer').to.be.true;
    await sendMouse({ type: 'move', position: [1, 1] });
    await waitUntil(() => !isOpen(el), 'leaving did not close the card');
  });

  it('opens on Tab focus as a preview, and Tab moves on to the next term', async () => {
    const { el, before } = await story();
    before.focus();
    await sendKeys({ press: 'Tab' });
    expect(document.activeElement).to.equal(marks(el)[0]);
    await waitUntil(() => isOpen(el), 'focus did not open the card');
    expect(parts(el, 'more-link')).to.have.length(0);
    await sendKeys({ press: 'Tab' });
    expect(document.activeElement).to.equal(marks(el)[1]);
    await waitUntil(() => textOf(part(el, 'name')) === article.entities.find((e) => e.id === 'csto')!.name);
  });

  it('pinned by Enter on a page with a who’s who, takes Tab into its links; Escape closes it with focus back on the term', async () => {
    const { el, before } = await story(html`<glossa-whos-who .article=${article}></glossa-whos-who>`);
    before.focus();
    await sendKeys({ press: 'Tab' });
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => parts(el, 'more-link').length === 1, 'Enter did not pin the card');
    await sendKeys({ press: 'Tab' });
    const focused = el.shadowRoot!.activeElement;
    expect(focused?.closest('.hovercard'), 'Tab did not go into the card').to.equal(card(el));
    expect(isOpen(el)).to.be.true;
    await sendKeys({ press: 'Escape' });
    await waitUntil(() => !isOpen(el));
    expect(document.activeElement).to.equal(marks(el)[0]);
  });

  it('closes on a pointer down elsewhere, not on one in the card', async () => {
    const { el } = await story();
    mark(el, 'tokayev').click();
    await waitUntil(() => isOpen(el));
    await hover(part(el, 'summary'));
    await sendMouse({ type: 'down' });
    await sendMouse({ type: 'up' });
    expect(isOpen(el), 'a click in the card closed it').to.be.true;
    await sendMouse({ type: 'move', position: [2, window.innerHeight - 2] });
    await sendMouse({ type: 'down' });
    await sendMouse({ type: 'up' });
    await waitUntil(() => !isOpen(el), 'a click elsewhere did not close it');
  });

  it('Space opens it and does not scroll the page', async () => {
    const { el, before } = await story();
    before.focus();
    await sendKeys({ press: 'Tab' });
    const scrolled = window.scrollY;
    await sendKeys({ press: 'Space' });
    await waitUntil(() => parts(el, 'summary').length === 1 && isOpen(el));
    expect(window.scrollY).to.equal(scrolled);
  });

  it('leaves the page’s colour scheme and direction to the body, and a page rule restyles the terms', async () => {
    const wrapper = await fixture<HTMLElement>(html`<div style="color-scheme: dark" lang="ar">
      <style>
        [data-glossa-term] {
          text-decoration: none;
        }
      </style>
      <glossa-annotate theme="light"><p>Tokayev</p></glossa-annotate>
    </div>`);
    const el = wrapper.querySelector('glossa-annotate')!;
    el.article = article;
    await el.updateComplete;
    expect(getComputedStyle(el).colorScheme).to.equal('dark');
    expect(getComputedStyle(el).direction).to.equal('ltr');
    expect(getComputedStyle(marks(el)[0]!).textDecorationLine).to.equal('none');
  });

  it('puts the card away with the terms', async () => {
    const { el } = await story();
    mark(el, 'tokayev').click();
    await waitUntil(() => isOpen(el));
    el.removeAnnotations();
    await el.updateComplete;
    expect(isOpen(el)).to.be.false;
    expect(marks(el)).to.have.length(0);
  });
});
