import { expect, fixture, html } from '@open-wc/testing';
import { afterTimersOf, waitUntil } from '../fixtures/wait.js';
import { resetMouse, sendKeys, sendMouse, setViewport } from '@web/test-runner-commands';
import '../../src/article/define.js';
import '../../src/term/define.js';
import '../../src/whos-who/define.js';
import type { GlossaWhosWho } from '../../src/whos-who/whos-who.js';
import { CLOSE_DELAY, type GlossaTerm } from '../../src/term/term.js';
import type { Article } from '../../src/model/types.js';
import { part, parts, textOf } from '../fixtures/dom.js';
import { seedArticle } from '../fixtures/seed-article.js';
import { centre, hover, overlaps } from '../fixtures/pointer.js';

let article: Article;
before(async () => {
  article = await seedArticle();
});
afterEach(() => resetMouse());

interface Story {
  term: GlossaTerm;
  before: HTMLButtonElement;
}

/** A paragraph with a button before the term, so Tab has somewhere to start. */
async function story(ref = 'tokayev', style = ''): Promise<Story> {
  const wrapper = await fixture<HTMLElement>(html`<div style=${style}>
    <button id="before">Before</button>
    <p>President <glossa-term ref=${ref} .article=${article}>Tokayev</glossa-term> spoke on Tuesday.</p>
  </div>`);
  const term = wrapper.querySelector('glossa-term')!;
  await term.updateComplete;
  return { term, before: wrapper.querySelector('#before')! };
}

const card = (term: GlossaTerm) => part(term, 'hovercard');
const trigger = (term: GlossaTerm) => part(term, 'trigger');
const isOpen = (term: GlossaTerm) => card(term).matches(':popover-open');

function expectBesideTerm(term: GlossaTerm): void {
  const termBox = trigger(term).getBoundingClientRect();
  const cardBox = card(term).getBoundingClientRect();
  expect(overlaps(termBox, cardBox), 'the card covers the term').to.be.false;
  // 8 px clear of the viewport's sides: a card flush with a phone's edge looks cut off.
  expect(cardBox.left, 'left margin').to.be.at.least(8);
  expect(cardBox.right, 'right margin').to.be.at.most(document.documentElement.clientWidth - 8);
  expect(cardBox.top).to.be.at.least(0);
  expect(cardBox.bottom).to.be.at.most(window.innerHeight);
}

describe('<glossa-term>', () => {
  it('passes axe with its hovercard open', async () => {
    const { term } = await story();
    await expect(term).to.be.accessible();
    trigger(term).click();
    await waitUntil(() => isOpen(term));
    await expect(term).to.be.accessible();
    await expect(term.parentElement!).to.be.accessible();
  });

  it('is a button named by its text and described by the entity’s card', async () => {
    const { term } = await story();
    const button = trigger(term);
    expect(button.getAttribute('role')).to.equal('button');
    expect(button.tabIndex).to.equal(0);
    expect(button.getAttribute('aria-expanded')).to.equal('false');
    expect(button.getAttribute('aria-controls')).to.equal(card(term).id);
    expect(button.getAttribute('aria-describedby')).to.equal(card(term).id);
    const slot = button.querySelector('slot')!;
    expect(
      slot
        .assignedNodes()
        .map((node) => node.textContent)
        .join(''),
    ).to.equal('Tokayev');
    const entity = article.entities.find((e) => e.id === 'tokayev')!;
    expect(textOf(part(term, 'name'))).to.equal(entity.name);
    expect(textOf(part(term, 'role'))).to.equal(entity.role);
    expect(textOf(part(term, 'summary'))).to.equal(entity.summary);
    expect(parts(term, 'relation').map(textOf)).to.include('successor of Nursultan Nazarbayev');
    expect(isOpen(term)).to.be.false;
  });

  it('opens on hover, stays open while the pointer is over the card, and closes when it leaves', async () => {
    const { term } = await story();
    await hover(trigger(term));
    await waitUntil(() => isOpen(term), 'hover did not open the card');
    expect(trigger(term).getAttribute('aria-expanded')).to.equal('true');
    expectBesideTerm(term);
    await hover(card(term));
    // Had moving onto the card counted as leaving, the close timer set then would have run by now.
    await afterTimersOf(CLOSE_DELAY);
    expect(isOpen(term), 'the card closed under the pointer').to.be.true;
    await sendMouse({ type: 'move', position: [1, 1] });
    await waitUntil(() => !isOpen(term), 'leaving did not close the card');
  });

  it('opens on Tab focus, and Escape closes it with focus back on the term', async () => {
    const { term, before } = await story();
    before.focus();
    await sendKeys({ press: 'Tab' });
    expect(term.shadowRoot!.activeElement).to.equal(trigger(term));
    await waitUntil(() => isOpen(term), 'focus did not open the card');
    expectBesideTerm(term);
    await sendKeys({ press: 'Escape' });
    await waitUntil(() => !isOpen(term));
    expect(document.activeElement).to.equal(term);
    expect(term.shadowRoot!.activeElement).to.equal(trigger(term));
    expect(trigger(term).getAttribute('aria-expanded')).to.equal('false');
  });

  it('opens and closes with Enter', async () => {
    const { term, before } = await story();
    before.focus();
    await sendKeys({ press: 'Tab' });
    await waitUntil(() => isOpen(term));
    await sendKeys({ press: 'Escape' });
    await waitUntil(() => !isOpen(term));
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => isOpen(term), 'Enter did not open the card');
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => !isOpen(term), 'Enter did not close the card');
  });

  it('keeps the card that focus opened when Enter is pressed on the name, and closes it with the next Enter', async () => {
    const { term, before } = await story();
    before.focus();
    await sendKeys({ press: 'Tab' });
    await waitUntil(() => isOpen(term), 'focus did not open the card');
    await sendKeys({ press: 'Enter' });
    await term.updateComplete;
    expect(isOpen(term), 'Enter pinned the card focus opened').to.equal(true);
    expect(trigger(term).getAttribute('aria-expanded')).to.equal('true');
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => !isOpen(term), 'the second Enter did not close the card');
  });

  it('opens and closes with Space', async () => {
    const { term, before } = await story();
    before.focus();
    await sendKeys({ press: 'Tab' });
    await waitUntil(() => isOpen(term));
    await sendKeys({ press: 'Space' });
    await term.updateComplete;
    expect(isOpen(term), 'Space, like Enter, pinned the card focus opened').to.equal(true);
    await sendKeys({ press: 'Space' });
    await waitUntil(() => !isOpen(term), 'Space did not close the card');
    await sendKeys({ press: 'Space' });
    await waitUntil(() => isOpen(term), 'Space did not open the card');
  });

  it('breaks across lines like the text around it', async () => {
    const wrapper = await fixture<HTMLElement>(html`<p style="inline-size: 20ch; margin: 0">
      xx <glossa-term ref="csto" .article=${article}>Collective Security Treaty Organization</glossa-term>
    </p>`);
    const term = wrapper.querySelector('glossa-term')!;
    await term.updateComplete;
    const first = trigger(term).getClientRects()[0]!;
    expect(trigger(term).getClientRects().length).to.be.greaterThan(1);
    expect(first.top, 'the term did not start on the first line').to.be.below(wrapper.getBoundingClientRect().top + 5);
  });

  describe('the links of a card opened for good', () => {
    /** A paragraph with the term, between two buttons, and a who's who for the card to link to. */
    async function withWhosWho(): Promise<Story & { after: HTMLButtonElement; whosWho: GlossaWhosWho }> {
      const wrapper = await fixture<HTMLElement>(html`<div>
        <button id="before">Before</button>
        <p>President <glossa-term ref="tokayev" .article=${article}>Tokayev</glossa-term> spoke.</p>
        <button id="after">After</button>
        <glossa-whos-who .article=${article}></glossa-whos-who>
      </div>`);
      const term = wrapper.querySelector('glossa-term')!;
      const whosWho = wrapper.querySelector('glossa-whos-who')!;
      await Promise.all([term.updateComplete, whosWho.updateComplete]);
      return {
        term,
        whosWho,
        before: wrapper.querySelector<HTMLButtonElement>('#before')!,
        after: wrapper.querySelector<HTMLButtonElement>('#after')!,
      };
    }
    const links = (term: GlossaTerm) => [...card(term).querySelectorAll('a')];
    afterEach(() => history.replaceState(null, '', location.pathname + location.search));

    it('a card that focus opened holds no link, and the next Tab moves on past it', async () => {
      const { term, before, after } = await withWhosWho();
      before.focus();
      await sendKeys({ press: 'Tab' });
      await waitUntil(() => isOpen(term));
      expect(links(term)).to.deep.equal([]);
      await sendKeys({ press: 'Tab' });
      expect(document.activeElement === after, `focus is on ${document.activeElement?.localName}`).to.be.true;
      await waitUntil(() => !isOpen(term));
    });

    it('after Enter, Tab goes into the card: its relations and "More in “Who’s who”"; leaving it closes it', async () => {
      const { term, before, after } = await withWhosWho();
      before.focus();
      await sendKeys({ press: 'Tab' });
      await sendKeys({ press: 'Enter' });
      await waitUntil(() => links(term).length > 0, 'the card has no links');
      expect(links(term).map(textOf)).to.include.members(['successor of Nursultan Nazarbayev', 'More in “Who’s who”']);
      expect(links(term).map((link) => link.getAttribute('href'))).to.include.members([
        '#glossa-nazarbayev',
        '#glossa-tokayev',
      ]);
      for (const link of links(term)) {
        await sendKeys({ press: 'Tab' });
        expect(
          term.shadowRoot!.activeElement === link,
          `focus is on ${document.activeElement?.localName} ${term.shadowRoot!.activeElement?.outerHTML}`,
        ).to.be.true;
        expect(isOpen(term)).to.be.true;
      }
      await expect(term).to.be.accessible();
      await sendKeys({ press: 'Tab' });
      expect(document.activeElement === after, `focus is on ${document.activeElement?.localName}`).to.be.true;
      await waitUntil(() => !isOpen(term), 'leaving the card did not close it');
    });

    it('Escape in the card closes it with focus back on the term', async () => {
      const { term, before } = await withWhosWho();
      before.focus();
      await sendKeys({ press: 'Tab' });
      await sendKeys({ press: 'Enter' });
      await waitUntil(() => links(term).length > 0);
      await sendKeys({ press: 'Tab' });
      await sendKeys({ press: 'Escape' });
      await waitUntil(() => !isOpen(term));
      expect(term.shadowRoot!.activeElement === trigger(term), 'focus is back on the term').to.be.true;
    });

    it('Enter on "More in “Who’s who”" takes focus to the entry, opened, and closes the card', async () => {
      const { term, whosWho, before } = await withWhosWho();
      before.focus();
      await sendKeys({ press: 'Tab' });
      await sendKeys({ press: 'Enter' });
      await waitUntil(() => links(term).length > 0);
      const more = links(term).find((link) => textOf(link) === 'More in “Who’s who”')!;
      for (let stop = 0; stop <= links(term).indexOf(more); stop += 1) await sendKeys({ press: 'Tab' });
      expect(term.shadowRoot!.activeElement === more, 'Tab reached the link').to.be.true;
      await sendKeys({ press: 'Enter' });
      const entry = whosWho.shadowRoot!.getElementById('glossa-tokayev')!;
      await waitUntil(() => whosWho.shadowRoot!.activeElement === entry, 'focus did not reach the entry');
      expect(entry.querySelector('[part="name-button"]')!.getAttribute('aria-expanded')).to.equal('true');
      await waitUntil(() => !isOpen(term), 'the card stayed open');
    });

    it('without a who’s who on the page, the card opened for good has no entry links', async () => {
      const { term } = await story();
      trigger(term).click();
      await waitUntil(() => isOpen(term));
      expect(links(term)).to.deep.equal([]);
    });
  });

  it('closes when focus moves on', async () => {
    const { term, before } = await story();
    before.focus();
    await sendKeys({ press: 'Tab' });
    await waitUntil(() => isOpen(term));
    await sendKeys({ press: 'Tab' });
    await waitUntil(() => !isOpen(term));
  });

  it('a click or tap opens it, and a click elsewhere closes it', async () => {
    const { term, before } = await story();
    const [x, y] = centre(trigger(term));
    await sendMouse({ type: 'click', position: [x, y] });
    await waitUntil(() => isOpen(term), 'a click did not open the card');
    await sendMouse({ type: 'click', position: centre(before) });
    await waitUntil(() => !isOpen(term), 'a click elsewhere did not close the card');
  });

  for (const anchored of [true, false]) {
    describe(anchored ? 'with CSS anchor positioning' : 'measured, as in browsers without anchor positioning', () => {
      const supports = CSS.supports;
      beforeEach(() => {
        if (!anchored)
          CSS.supports = (...args: [string]) => args[0] !== 'anchor-name: --a' && supports.apply(CSS, args);
      });
      afterEach(() => {
        CSS.supports = supports;
      });

      it('opens below the term', async () => {
        const { term } = await story();
        expect(card(term).classList.contains('anchored')).to.equal(anchored);
        trigger(term).click();
        await waitUntil(() => isOpen(term));
        expectBesideTerm(term);
        expect(card(term).getBoundingClientRect().top).to.be.at.least(trigger(term).getBoundingClientRect().bottom);
      });

      it('flips above the term at the bottom of the viewport', async () => {
        const { term } = await story('tokayev', 'position: fixed; bottom: 0; left: 0;');
        trigger(term).click();
        await waitUntil(() => isOpen(term));
        expectBesideTerm(term);
        expect(card(term).getBoundingClientRect().bottom).to.be.at.most(trigger(term).getBoundingClientRect().top);
      });

      it('stays inside the viewport at its right edge', async () => {
        const { term } = await story('tokayev', 'position: fixed; top: 0; right: 0;');
        trigger(term).click();
        await waitUntil(() => isOpen(term));
        expectBesideTerm(term);
      });

      for (const [side, dir] of [
        ['right', 'ltr'],
        ['left', 'rtl'],
      ] as const) {
        it(`keeps 8 px from a phone's ${side} edge, in ${dir} text`, async () => {
          await setViewport({ width: 375, height: 700 });
          try {
            const { term } = await story('tokayev', `position: fixed; top: 0; ${side}: 4px; direction: ${dir}`);
            trigger(term).click();
            await waitUntil(() => isOpen(term));
            expectBesideTerm(term);
          } finally {
            await setViewport({ width: 800, height: 600 });
          }
        });
      }
    });
  }

  it('takes its article from an enclosing <glossa-article>, as a hand-written term does', async () => {
    const provider = await fixture<HTMLElement>(html`<glossa-article .article=${article}>
      <p>Talks with <glossa-term ref="putin">Putin</glossa-term>.</p>
    </glossa-article>`);
    const term = provider.querySelector('glossa-term')!;
    await waitUntil(() => term.shadowRoot!.querySelector('[part="trigger"]'));
    expect(textOf(part(term, 'name'))).to.equal('Vladimir Putin');
  });

  it('shows plain text and warns once when ref names no entity', async () => {
    const warnings: unknown[] = [];
    const warn = console.warn;
    console.warn = (...args: unknown[]) => warnings.push(args.join(' '));
    try {
      const { term } = await story('nobody');
      term.requestUpdate();
      await term.updateComplete;
      expect(parts(term, 'trigger')).to.have.length(0);
      expect(parts(term, 'hovercard')).to.have.length(0);
      expect(textOf(term)).to.equal('Tokayev');
      expect(warnings).to.have.length(1);
      expect(String(warnings[0])).to.contain('nobody');
    } finally {
      console.warn = warn;
    }
  });
});
