import { expect, fixture, html } from '@open-wc/testing';
import type { TemplateResult } from 'lit';
import { waitUntil } from '../fixtures/wait.js';
import { emulateMedia, sendKeys, setViewport } from '@web/test-runner-commands';
import '../../src/whos-who/define.js';
import type { GlossaWhosWho } from '../../src/whos-who/whos-who.js';
import type { Article, ArticleInput, Entity } from '../../src/model/types.js';
import { isShown, overflowingElements, part, parts, textOf } from '../fixtures/dom.js';
import { minimalArticle } from '../fixtures/minimal-article.js';
import { seedArticle } from '../fixtures/seed-article.js';
import { targetOf } from '../fixtures/article-checks.js';
import { tabStopsBetween } from '../fixtures/keys.js';

let article: Article;
before(async () => {
  article = await seedArticle();
});

const whosWho = (attributes: { kinds?: string; layout?: string; highlight?: string } = {}) =>
  fixture<GlossaWhosWho>(html`<glossa-whos-who
    .article=${article}
    kinds=${attributes.kinds ?? ''}
    layout=${attributes.layout ?? 'list'}
    highlight=${attributes.highlight ?? ''}
  ></glossa-whos-who>`);

const entry = (el: GlossaWhosWho, id: string) => el.shadowRoot!.getElementById(`glossa-${id}`)!;
const shownIds = (el: GlossaWhosWho) =>
  parts(el, 'entry')
    .filter(isShown)
    .map((item) => item.id.replace(/^glossa-/, ''));
const groupHeadings = (el: GlossaWhosWho) =>
  parts(el, 'group')
    .filter(isShown)
    .map((group) => textOf(group.querySelector('[part="group-heading"]')!));

/** Opens an entry's details as a reader does: Enter on its name. */
async function openEntry(el: GlossaWhosWho, id: string): Promise<void> {
  entry(el, id).querySelector<HTMLButtonElement>('[part="name-button"]')!.focus();
  await sendKeys({ press: 'Enter' });
  await waitUntil(() => detailsShown(el, id), `the details of ${id} did not open`);
}

const details = (el: GlossaWhosWho, id: string) => entry(el, id).querySelector<HTMLElement>('[part="details"]')!;
/** Closed details keep a box (hidden="until-found") but none of their content is drawn. */
const detailsShown = (el: GlossaWhosWho, id: string) => isShown(entry(el, id).querySelector('[part="summary"]')!);

async function search(el: GlossaWhosWho, text: string): Promise<void> {
  const input = part<HTMLInputElement>(el, 'search-input');
  input.focus();
  input.select();
  await sendKeys({ press: 'Backspace' });
  if (text) await sendKeys({ type: text });
  await el.updateComplete;
}

/** The seed's entities and `copies` copies of them (without relations, which would name the originals). */
const longArticle = (copies: number) =>
  ({
    ...article,
    entities: [
      ...article.entities,
      ...Array.from({ length: copies }, (_, copy) =>
        article.entities.map(({ related: _related, ...entity }) => ({ ...entity, id: `${entity.id}-${copy}` })),
      ).flat(),
    ],
  }) as Article;

describe('<glossa-whos-who>', () => {
  it('passes axe', async () => {
    await expect(await whosWho()).to.be.accessible();
  });

  it('shows every entity of the seed model in its group, in the model’s order', async () => {
    const el = await whosWho();
    expect(groupHeadings(el)).to.deep.equal(['People', 'Organizations', 'Places', 'Events', 'Objects', 'Terms']);
    const kinds = ['person', 'organization', 'place', 'event', 'object', 'term'] as const;
    parts(el, 'group').forEach((group, index) => {
      const ids = [...group.querySelectorAll('[part~="entry"]')].map((item) => item.id);
      expect(ids).to.deep.equal(article.entities.filter((e) => e.kind === kinds[index]).map((e) => `glossa-${e.id}`));
    });
    expect(shownIds(el)).to.have.length(article.entities.length);
    for (const entity of article.entities) {
      const item = entry(el, entity.id);
      expect(textOf(item.querySelector('[part="name"]')!)).to.equal(entity.name);
      expect(textOf(item.querySelector('[part="summary"]')!)).to.equal(entity.summary);
      if (entity.role) expect(textOf(item.querySelector('[part="role"]')!)).to.equal(entity.role);
    }
    expect(textOf(part(el, 'count'))).to.equal(`${article.entities.length} entries`);
  });

  it('shows relations as links to the related entry and where the article mentions the entity', async () => {
    const el = await whosWho();
    const tokayev = entry(el, 'tokayev');
    await openEntry(el, 'tokayev');
    const links = [...tokayev.querySelectorAll<HTMLAnchorElement>('[part="relation-link"]')];
    expect(links.map(textOf)).to.include('successor of Nursultan Nazarbayev');
    expect(links.map((link) => link.getAttribute('href'))).to.include('#glossa-nazarbayev');
    const numbers = article.entities
      .find((e) => e.id === 'tokayev')!
      .evidence!.map((item) => targetOf(article, item).number);
    expect(textOf(tokayev.querySelector('[part="evidence"]')!)).to.equal(
      `Mentioned in paragraphs ${numbers.join(' ')}`,
    );
    const first = tokayev.querySelector('[part="evidence-link"]')!;
    expect(first.getAttribute('aria-label')).to.equal(`paragraph ${numbers[0]}`);
  });

  it('shows initials when an entity has no image', async () => {
    const el = await whosWho();
    const avatar = entry(el, 'tokayev').querySelector('[part~="avatar"]')!;
    expect(avatar.getAttribute('part')).to.contain('avatar-initials');
    expect(textOf(avatar)).to.equal('KT');
    expect(avatar.getAttribute('aria-hidden')).to.equal('true');
  });

  it('shows an entity’s image with its alt text', async () => {
    const input = minimalArticle() as ArticleInput & { entities: Entity[] };
    input.entities[0]!.image = { src: 'ruiz.jpg', alt: 'Ana Ruiz at the council' };
    const el = await fixture<GlossaWhosWho>(html`<glossa-whos-who .article=${input}></glossa-whos-who>`);
    const image = entry(el, 'ruiz').querySelector<HTMLImageElement>('[part~="avatar-image"]')!;
    expect(image.getAttribute('src')).to.equal('ruiz.jpg');
    expect(image.alt).to.equal('Ana Ruiz at the council');
  });

  it('kinds="person,organization" lists only those groups, and relations to others are plain text', async () => {
    const el = await whosWho({ kinds: 'person,organization' });
    expect(groupHeadings(el)).to.deep.equal(['People', 'Organizations']);
    expect(shownIds(el)).to.deep.equal(
      article.entities.filter((e) => e.kind === 'person' || e.kind === 'organization').map((e) => e.id),
    );
    const relations = [...entry(el, 'tokayev').querySelectorAll('[part="relation"]')];
    const toKazakhstan = relations.find((item) => textOf(item) === 'president of Kazakhstan')!;
    expect(toKazakhstan.querySelector('a')).to.equal(null);
  });

  describe('search', () => {
    it('filters by alias as the reader types and says how many match', async () => {
      const el = await whosWho();
      await search(el, 'Tokayev');
      const shown = shownIds(el);
      expect(shown).to.include('tokayev');
      expect(shown).not.to.include('nazarbayev');
      expect(textOf(part(el, 'count'))).to.equal(`${shown.length} of ${article.entities.length} entries`);
      expect(part(el, 'count').getAttribute('role')).to.equal('status');
      await expect(el).to.be.accessible();
    });

    it('finds an organization by its abbreviation, ignoring case', async () => {
      const el = await whosWho();
      await search(el, 'csto');
      const shown = shownIds(el);
      expect(shown).to.include.members(['csto', 'peacekeeping-forces']);
      expect(shown).not.to.include('tokayev');
      expect(groupHeadings(el)).not.to.include('People');
    });

    it('ignores diacritics', async () => {
      const el = await whosWho();
      await search(el, 'Tokáyev');
      expect(shownIds(el)).to.include('tokayev');
    });

    it('searches roles', async () => {
      const el = await whosWho();
      await search(el, 'secretary of state');
      expect(shownIds(el)).to.deep.equal(['blinken']);
    });

    it('says so when nothing matches, and shows everything again when cleared', async () => {
      const el = await whosWho();
      const all = shownIds(el);
      await search(el, 'tok');
      await search(el, 'xyz');
      expect(shownIds(el)).to.deep.equal([]);
      expect(parts(el, 'group').some(isShown)).to.be.false;
      expect(textOf(part(el, 'count'))).to.equal('No entries match “xyz”.');
      await search(el, '');
      expect(shownIds(el), 'every entry, in its place').to.deep.equal(all);
      expect(all).to.have.length(article.entities.length);
    });

    it('over a long list, shows the top of the result at once and the rest within frames, each entry in its place', async () => {
      const long = longArticle(40);
      const el = await fixture<GlossaWhosWho>(html`<glossa-whos-who .article=${long}></glossa-whos-who>`);
      const all = shownIds(el);
      expect(all).to.have.length(long.entities.length);
      // One batch of records per delivery: what one frame put back.
      const batches: string[][] = [];
      const observer = new MutationObserver((records) =>
        batches.push(
          records.flatMap((record) =>
            [...record.addedNodes].map((node) => (node as Element).id.replace(/^glossa-/, '')),
          ),
        ),
      );
      await search(el, 'zzz');
      await waitUntil(() => shownIds(el).length === 0, 'the search did not take every entry out');
      for (const list of parts(el, 'list')) observer.observe(list, { childList: true });
      await search(el, '');
      await waitUntil(() => shownIds(el).length === all.length, 'the rest of the list did not come back');
      observer.disconnect();
      expect(shownIds(el), 'every entry, in its place').to.deep.equal(all);
      expect(batches.length, 'in more than one frame').to.be.above(1);
      expect(batches[0], 'the top of the list first').to.deep.equal(all.slice(0, batches[0]!.length));
    });

    it('a long list draws only the entries near the screen, a short one every entry', async () => {
      const drawn = (item: Element) =>
        item.querySelector('[part="name"]')!.checkVisibility({ contentVisibilityAuto: true });
      const short = await whosWho();
      expect(parts(short, 'entry').every(drawn), 'every entry of the seed drawn').to.be.true;
      short.remove();

      const el = await fixture<GlossaWhosWho>(html`<glossa-whos-who .article=${longArticle(20)}></glossa-whos-who>`);
      const entries = parts(el, 'entry');
      const last = entries.at(-1)!;
      await waitUntil(() => !drawn(last), 'the last of the long list was drawn off screen');
      expect(drawn(entries[0]!), 'the first entry drawn').to.be.true;
      last.scrollIntoView();
      await waitUntil(() => drawn(last), 'the entry scrolled to was not drawn');
    });

    it('prints every entry of a long list, its details included', async () => {
      const el = await fixture<GlossaWhosWho>(html`<glossa-whos-who .article=${longArticle(20)}></glossa-whos-who>`);
      const summaries = parts(el, 'summary');
      await emulateMedia({ media: 'print' });
      try {
        await waitUntil(
          () => summaries.every((summary) => summary.checkVisibility({ contentVisibilityAuto: true })),
          'an entry was left out of the print',
        );
      } finally {
        await emulateMedia({ media: 'screen' });
      }
    });

    it('keeps what it hides while an entry opens, and shows the entry a relation leads to', async () => {
      const el = await whosWho();
      await search(el, 'csto');
      const matching = shownIds(el);
      entry(el, 'csto').querySelector<HTMLElement>('[part="name-button"]')!.click();
      await el.updateComplete;
      expect(detailsShown(el, 'csto'), 'the entry opened').to.be.true;
      expect(shownIds(el), 'the search still applies').to.deep.equal(matching);
      const toNato = [...entry(el, 'csto').querySelectorAll<HTMLElement>('[part="relation-link"]')].find(
        (link) => link.getAttribute('href') === '#glossa-nato',
      )!;
      toNato.click();
      await el.updateComplete;
      expect(shownIds(el), 'the search cleared for the entry it hid').to.have.length(article.entities.length);
      expect(part<HTMLInputElement>(el, 'search-input').value).to.equal('');
    });
  });

  describe('keyboard and touch', () => {
    const between = (el: TemplateResult) =>
      fixture<HTMLElement>(html`<div><button id="before">Before</button>${el}<button id="after">After</button></div>`);
    const widgetIn = (page: HTMLElement) => page.querySelector<GlossaWhosWho>('glossa-whos-who')!;

    it('costs one Tab stop per entry, besides the skip link and the search box', async () => {
      const page = await between(html`<glossa-whos-who .article=${article}></glossa-whos-who>`);
      await widgetIn(page).updateComplete;
      const stops = await tabStopsBetween(page.querySelector('#before')!, page.querySelector('#after')!);
      expect(stops - 1, 'stops inside the who’s who').to.equal(article.entities.length + 2);
    });

    it('the skip link shows when focused and takes the next Tab past the who’s who', async () => {
      const page = await between(html`<glossa-whos-who .article=${article}></glossa-whos-who>`);
      const el = widgetIn(page);
      await el.updateComplete;
      page.querySelector<HTMLElement>('#before')!.focus();
      await sendKeys({ press: 'Tab' });
      const skip = part(el, 'skip-link');
      expect(el.shadowRoot!.activeElement).to.equal(skip);
      expect(textOf(skip)).to.equal('Skip “Who’s who”');
      const box = skip.getBoundingClientRect();
      expect(box.width).to.be.at.least(24);
      expect(box.height).to.be.at.least(24);
      await sendKeys({ press: 'Enter' });
      await waitUntil(() => textOf(el.shadowRoot!.activeElement!) === 'End of “Who’s who”', 'focus did not skip');
      await sendKeys({ press: 'Tab' });
      expect(document.activeElement).to.equal(page.querySelector('#after'));
    });

    it('an entry shows name, category and role; Enter on the name opens the rest, and again closes it', async () => {
      const el = await whosWho();
      const button = entry(el, 'tokayev').querySelector<HTMLButtonElement>('[part="name-button"]')!;
      expect(button.getAttribute('aria-expanded')).to.equal('false');
      expect(detailsShown(el, 'tokayev')).to.be.false;
      expect(isShown(entry(el, 'tokayev').querySelector('[part="role"]')!)).to.be.true;
      await openEntry(el, 'tokayev');
      expect(button.getAttribute('aria-expanded')).to.equal('true');
      expect(button.getAttribute('aria-controls')).to.equal(details(el, 'tokayev').id);
      expect(isShown(entry(el, 'tokayev').querySelector('[part="relation-link"]')!)).to.be.true;
      await expect(el).to.be.accessible();
      await sendKeys({ press: 'Enter' });
      await waitUntil(() => !detailsShown(el, 'tokayev'));
      expect(button.getAttribute('aria-expanded')).to.equal('false');
    });

    it('closed details stay findable in the page, and a find opens them', async () => {
      const el = await whosWho();
      const closed = details(el, 'nazarbayev');
      expect(closed.getAttribute('hidden')).to.equal('until-found');
      expect(detailsShown(el, 'nazarbayev')).to.be.false;
      // A page cannot drive the browser's find bar; this is the event the browser fires when it finds text there.
      closed.dispatchEvent(new Event('beforematch'));
      await waitUntil(() => detailsShown(el, 'nazarbayev'), 'a find did not open the details');
      expect(entry(el, 'nazarbayev').querySelector('[part="name-button"]')!.getAttribute('aria-expanded')).to.equal(
        'true',
      );
    });

    it('every open entry passes axe at 375 px, the paragraph numbers 24 px targets', async () => {
      await setViewport({ width: 375, height: 800 });
      try {
        const el = await whosWho();
        for (const button of parts<HTMLButtonElement>(el, 'name-button')) button.click();
        await el.updateComplete;
        await expect(el).to.be.accessible();
        for (const link of parts(el, 'evidence-link')) {
          const box = link.getBoundingClientRect();
          expect(Math.min(box.width, box.height), textOf(link)).to.be.at.least(24);
        }
      } finally {
        await setViewport({ width: 800, height: 600 });
      }
    });
  });

  describe('relations and deep links', () => {
    it('a relation link moves focus to the related entry and highlights it', async () => {
      const el = await whosWho();
      const link = [...entry(el, 'tokayev').querySelectorAll<HTMLAnchorElement>('[part="relation-link"]')].find(
        (candidate) => textOf(candidate) === 'successor of Nursultan Nazarbayev',
      )!;
      const hashBefore = location.hash;
      await openEntry(el, 'tokayev');
      link.focus();
      await sendKeys({ press: 'Enter' });
      await waitUntil(
        () => el.shadowRoot!.activeElement === entry(el, 'nazarbayev'),
        'focus did not move to the entry',
      );
      expect(entry(el, 'nazarbayev').getAttribute('part')).to.equal('entry highlighted');
      expect(location.hash).to.equal(hashBefore);
      await expect(el).to.be.accessible();
    });

    it('a relation to an entry hidden by the search clears the search first', async () => {
      const el = await whosWho();
      await search(el, 'Tokayev');
      const link = entry(el, 'tokayev').querySelector<HTMLAnchorElement>('a[href="#glossa-csto"]')!;
      link.click();
      await waitUntil(() => el.shadowRoot!.activeElement === entry(el, 'csto'));
      expect(isShown(entry(el, 'csto'))).to.be.true;
      expect(part<HTMLInputElement>(el, 'search-input').value).to.equal('');
    });

    it('the highlight attribute highlights an entry', async () => {
      const el = await whosWho({ highlight: 'putin' });
      await waitUntil(() => entry(el, 'putin').getAttribute('part') === 'entry highlighted');
      el.highlight = 'almaty';
      await waitUntil(() => entry(el, 'almaty').getAttribute('part') === 'entry highlighted');
      expect(entry(el, 'putin').getAttribute('part')).to.equal('entry');
    });

    it('highlights the entry a #glossa-<id> address names when the page opens', async () => {
      const before = location.href;
      history.replaceState(null, '', '#glossa-blinken');
      try {
        const el = await whosWho();
        expect(entry(el, 'blinken').getAttribute('part')).to.equal('entry highlighted');
      } finally {
        history.replaceState(null, '', before);
      }
    });

    it('a #glossa-<id> address focuses and highlights the entry', async () => {
      const el = await whosWho();
      const before = location.href;
      location.hash = 'glossa-volodin';
      try {
        await waitUntil(() => el.shadowRoot!.activeElement === entry(el, 'volodin'));
        expect(entry(el, 'volodin').getAttribute('part')).to.equal('entry highlighted');
      } finally {
        history.replaceState(null, '', before);
      }
    });
  });

  describe('heading levels and layout', () => {
    it('heading-level="3" puts groups at h4 and names at h5', async () => {
      const el = await fixture<GlossaWhosWho>(
        html`<glossa-whos-who heading-level="3" .article=${article}></glossa-whos-who>`,
      );
      expect(part(el, 'heading').localName).to.equal('h3');
      expect(new Set(parts(el, 'group-heading').map((h) => h.localName))).to.deep.equal(new Set(['h4']));
      expect(new Set(parts(el, 'name').map((h) => h.localName))).to.deep.equal(new Set(['h5']));
    });

    afterEach(() => setViewport({ width: 800, height: 600 }));

    for (const width of [375, 1280]) {
      it(`nothing overflows at ${width} px in either layout`, async () => {
        await setViewport({ width, height: 900 });
        for (const layout of ['list', 'grid']) {
          const el = await whosWho({ layout });
          expect(overflowingElements(el), layout).to.deep.equal([]);
          expect(el.scrollWidth).to.be.at.most(el.clientWidth);
        }
      });
    }

    it('the grid layout puts entries side by side when there is room', async () => {
      await setViewport({ width: 1280, height: 900 });
      const el = await whosWho({ layout: 'grid' });
      const [first, second] = parts(el, 'entry');
      expect(second!.getBoundingClientRect().top).to.equal(first!.getBoundingClientRect().top);
    });
  });
});
