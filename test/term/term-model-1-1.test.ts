import { expect, fixture, html } from '@open-wc/testing';
import { setViewport } from '@web/test-runner-commands';
import '../../src/term/define.js';
import '../../src/lang/all.js';
import type { GlossaTerm } from '../../src/term/term.js';
import { linksIn, valid11 } from '../fixtures/article-1-1.js';
import { overflowingElements, part, textOf } from '../fixtures/dom.js';
import { waitUntil } from '../fixtures/wait.js';

/** A term in a paragraph of a page in `lang`, its card opened by a click. */
async function openTerm(ref: string, lang = 'en', theme = 'light'): Promise<GlossaTerm> {
  const page = await fixture<HTMLElement>(html`<p lang=${lang} theme=${theme}>
    The <glossa-term ref=${ref} .article=${valid11()}>term</glossa-term> in running text.
  </p>`);
  const term = page.querySelector('glossa-term')!;
  await term.updateComplete;
  part(term, 'trigger').click();
  await waitUntil(() => part(term, 'hovercard').matches(':popover-open'), 'the card did not open');
  return term;
}

describe('<glossa-term> with model 1.1', () => {
  afterEach(() => setViewport({ width: 800, height: 600 }));

  for (const [lang, theme] of [
    ['en', 'light'],
    ['kk', 'dark'],
  ] as const) {
    it(`passes axe with the card open, in ${lang}, ${theme}`, async () => {
      const term = await openTerm('ruiz', lang, theme);
      await expect(term).to.be.accessible();
    });
  }

  it('the card shows the category, the speaker’s first two quotes and the image’s credit', async () => {
    const card = part(await openTerm('ruiz'), 'card');
    expect(textOf(card.querySelector('[part="category"]')!)).to.equal('politician');
    const quotes = [...card.querySelectorAll('[part="quote"]')];
    expect(quotes.map((quote) => quote.localName)).to.deep.equal(['blockquote', 'blockquote']);
    expect(quotes.map(textOf)).to.deep.equal(['repairs would take two years', 'We will not let the bridge fall']);
    expect(textOf(card.querySelector('[part="image-credit"]')!)).to.equal('Image: City Hall CC BY-SA 4.0');
  });

  it('a card opened for good links its image’s licence; a preview, which Tab passes by, holds no link', async () => {
    const term = await openTerm('ruiz');
    expect(linksIn(part(term, 'card')).length).to.equal(1);
    expect(part(term, 'license-link').getAttribute('rel')).to.equal('license noopener noreferrer');
    part(term, 'trigger').click();
    await waitUntil(() => !part(term, 'hovercard').matches(':popover-open'));
    part(term, 'trigger').focus({ focusVisible: true });
    await waitUntil(() => part(term, 'hovercard').matches(':popover-open'), 'focus did not open a preview');
    expect(linksIn(part(term, 'card'))).to.deep.equal([]);
  });

  it('a quote in a card of a Kazakh page keeps the article’s language', async () => {
    const card = part(await openTerm('council', 'kk'), 'card');
    const quote = card.querySelector('[part="quote"]')!;
    expect(quote.getAttribute('lang')).to.equal('en');
    expect(textOf(quote)).to.equal('It carries 10,000 people a day');
  });

  it('an object’s card shows its category and the mark of its kind', async () => {
    const card = part(await openTerm('bridge'), 'card');
    expect(textOf(card.querySelector('[part="category"]')!)).to.equal('stone bridge');
    const avatar = card.querySelector('[part~="avatar"]')!;
    expect(avatar.getAttribute('part')).to.equal('avatar avatar-kind');
    expect(avatar.getAttribute('aria-hidden')).to.equal('true');
    expect(avatar.querySelector('svg path')).to.exist;
  });

  it('nothing in the card overflows on a 320 px phone', async () => {
    await setViewport({ width: 320, height: 700 });
    const term = await openTerm('ruiz');
    expect(overflowingElements(term)).to.deep.equal([]);
    expect(part(term, 'hovercard').getBoundingClientRect().width).to.be.at.most(320);
  });
});
