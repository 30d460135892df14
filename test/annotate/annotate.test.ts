import { expect, fixture, html } from '@open-wc/testing';
import { waitUntil } from '../fixtures/wait.js';
import '../../src/annotate/define.js';
import type { GlossaAnnotate } from '../../src/annotate/annotate.js';
import type { Article } from '../../src/model/types.js';
import { nextEvent, textOf } from '../fixtures/dom.js';
import { minimalArticle, validMinimal } from '../fixtures/minimal-article.js';
import { seedArticle } from '../fixtures/seed-article.js';

let article: Article;
before(async () => {
  article = await seedArticle();
});

/** The seed article's paragraphs as a CMS prints them, after a heading and a paragraph with a link. */
const seedFixture = (mode: 'first' | 'all' = 'first') =>
  fixture<GlossaAnnotate>(html`<glossa-annotate mode=${mode}>
    <h2 id="heading">Tokayev, the CSTO and Kazakhstan</h2>
    <p id="intro">Read <a id="link" href="#more">Tokayev’s speech on Kazakhstan</a> first.</p>
    ${article.paragraphs.map((paragraph) => html`<p id=${paragraph.id}>${paragraph.text}</p>`)}
  </glossa-annotate>`);

async function seedBody(mode: 'first' | 'all' = 'first'): Promise<GlossaAnnotate> {
  const el = await seedFixture(mode);
  el.article = article;
  await el.updateComplete;
  return el;
}

/** The terms the element made: spans of the body that name an entity. */
const terms = (root: Element) => [...root.querySelectorAll<HTMLElement>('[data-glossa-term]')];
const refOf = (term: HTMLElement) => term.dataset['glossaTerm']!;
const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const namedIn = (text: string, name: string) =>
  new RegExp(`(?<![\\p{L}\\p{N}_])${escape(name)}(?![\\p{L}\\p{N}_])`, 'u').test(text);
const namesOf = (id: string) => {
  const entity = article.entities.find((e) => e.id === id)!;
  return [entity.name, ...(entity.aliases ?? [])];
};

describe('<glossa-annotate>', () => {
  it('passes axe on the annotated seed article', async () => {
    const el = await seedBody();
    expect(terms(el).length).to.be.greaterThan(0);
    await expect(el).to.be.accessible();
  });

  it('marks the first mention of every entity the seed text names, and leaves its link and heading alone', async () => {
    const el = await seedFixture();
    const untouched = () => ['#heading', '#link'].map((selector) => el.querySelector(selector)!.outerHTML);
    const before = untouched();
    el.article = article;
    await el.updateComplete;
    expect(untouched()).to.deep.equal(before);
    const text = article.paragraphs.map((paragraph) => paragraph.text).join('\n');
    const named = article.entities
      .filter((entity) => namesOf(entity.id).some((name) => namedIn(text, name)))
      .map((e) => e.id);
    const refs = terms(el).map((term) => refOf(term));
    expect(new Set(refs)).to.deep.equal(new Set(named));
    expect(refs, 'an entity was marked twice').to.have.length(new Set(refs).size);
    for (const term of terms(el)) expect(namesOf(refOf(term))).to.include(term.textContent);
    const first = terms(el).find((term) => refOf(term) === 'tokayev')!;
    expect(first.closest('p')!.id).to.equal('p1');
    expect(first.textContent).to.equal('Kassym-Jomart Tokayev');
  });

  it('mode="all" marks every mention, and the text reads as before', async () => {
    const el = await seedBody('all');
    const tokayev = terms(el).filter((term) => refOf(term) === 'tokayev');
    expect(tokayev.length).to.be.greaterThan(5);
    for (const paragraph of article.paragraphs) {
      expect(el.querySelector(`#${paragraph.id}`)!.textContent).to.equal(paragraph.text);
    }
  });

  it('leaves links and headings exactly as they were', async () => {
    const el = await fixture<GlossaAnnotate>(html`<glossa-annotate mode="all">
      <h2 id="heading">Tokayev, the CSTO and <em>Kazakhstan</em></h2>
      <p>Read <a id="link" href="#more">Tokayev’s speech on <b>Kazakhstan</b></a> first.</p>
      <p>Kazakhstan asked the CSTO.</p>
    </glossa-annotate>`);
    const heading = el.querySelector('#heading')!;
    const link = el.querySelector('#link')!;
    const before = [heading.outerHTML, link.outerHTML];
    el.article = article;
    await el.updateComplete;
    expect(terms(el).map((term) => term.textContent)).to.deep.equal(['Kazakhstan', 'CSTO']);
    expect([heading.outerHTML, link.outerHTML]).to.deep.equal(before);
    expect(el.querySelector('#heading')).to.equal(heading);
    expect(el.querySelector('#link')).to.equal(link);
  });

  it('never touches buttons, labels, form controls, code, scripts or existing terms', async () => {
    const el = await fixture<GlossaAnnotate>(html`<glossa-annotate mode="all">
      <button>Tokayev</button>
      <label>Tokayev <input value="Tokayev" /></label>
      <textarea>Tokayev</textarea>
      <select><option>Tokayev</option></select>
      <p><code>Tokayev</code> <kbd>CSTO</kbd></p>
      <pre>Russia</pre>
      <div contenteditable="true">Tokayev</div>
      <glossa-term ref="putin">Tokayev</glossa-term>
      <script type="text/plain">Tokayev</script>
    </glossa-annotate>`);
    el.article = article;
    await el.updateComplete;
    expect(terms(el)).to.have.length(0);
    expect(el.querySelector('glossa-term')!.textContent).to.equal('Tokayev');
  });

  it('keeps the page’s elements and their listeners', async () => {
    const el = await fixture<GlossaAnnotate>(html`<glossa-annotate>
      <p id="lead">The CSTO met in <strong id="place">Moscow</strong> on Tuesday.</p>
    </glossa-annotate>`);
    const lead = el.querySelector('#lead')!;
    const strong = el.querySelector<HTMLElement>('#place')!;
    let clicks = 0;
    strong.addEventListener('click', () => (clicks += 1));
    el.article = article;
    await el.updateComplete;
    expect(terms(el).map((term) => refOf(term))).to.deep.equal(['csto', 'moscow']);
    expect(el.querySelector('#lead')).to.equal(lead);
    expect(el.querySelector('#place')).to.equal(strong);
    strong.click();
    expect(clicks).to.equal(1);
  });

  it('skips a name split across elements instead of breaking it', async () => {
    const el = await fixture<GlossaAnnotate>(html`<glossa-annotate mode="all">
      <p id="split">Kassym-<b>Jomart</b> Tokayev and <b>Russia</b>n troops; <i>Kaz</i>akhstan.</p>
    </glossa-annotate>`);
    const paragraph = el.querySelector('#split')!;
    const before = paragraph.textContent;
    el.article = article;
    await el.updateComplete;
    expect(terms(el).map((term) => term.textContent)).to.deep.equal(['Tokayev']);
    expect(paragraph.querySelectorAll('b')).to.have.length(2);
    expect(paragraph.textContent).to.equal(before);
  });

  it('removeAnnotations() puts back the very same text nodes', async () => {
    const el = await seedBody('all');
    el.removeAnnotations();
    const textNodes = (id: string) =>
      [...el.querySelector(`#${id}`)!.childNodes].filter((node) => node instanceof Text);
    const originals = article.paragraphs.map((paragraph) => textNodes(paragraph.id));
    const html = el.innerHTML;
    el.annotate();
    expect(terms(el).length).to.be.greaterThan(0);
    el.removeAnnotations();
    expect(terms(el)).to.have.length(0);
    expect(el.innerHTML).to.equal(html);
    article.paragraphs.forEach((paragraph, index) => {
      expect(originals[index]).to.have.length(1);
      expect(textNodes(paragraph.id)).to.have.length(1);
      expect(textNodes(paragraph.id)[0], 'not the original text node').to.equal(originals[index]![0]);
    });
  });

  it('removeAnnotations() keeps the page’s nodes beside the terms, and those the page put among them', async () => {
    const el = await fixture<GlossaAnnotate>(html`<glossa-annotate mode="all">
      <p id="mixed">The CSTO met in <strong id="place">Moscow</strong> on Tuesday, Tokayev said.</p>
      <p id="changed">Tokayev thanked Russia and the CSTO.</p>
    </glossa-annotate>`);
    const mixed = el.querySelector('#mixed')!;
    const changed = el.querySelector('#changed')!;
    const [before, original] = [mixed.innerHTML, changed.firstChild];
    el.article = article;
    await el.updateComplete;
    expect(terms(el).map((term) => term.textContent)).to.deep.equal([
      'CSTO',
      'Moscow',
      'Tokayev',
      'Tokayev',
      'Russia',
      'CSTO',
    ]);
    // The page swaps a piece of text between the terms for a node of its own.
    const own = document.createElement('em');
    own.textContent = ' and ';
    changed.querySelectorAll('[data-glossa-term]')[1]!.nextSibling!.replaceWith(own);
    el.removeAnnotations();
    expect(terms(el)).to.have.length(0);
    expect(mixed.innerHTML).to.equal(before);
    expect(el.querySelector('#place')!.textContent).to.equal('Moscow');
    expect(changed.firstChild, 'the original text node').to.equal(original);
    expect(changed.contains(own), 'the page’s own node').to.be.true;
  });

  it('removing the element from the page removes its annotations, and putting it back annotates again', async () => {
    const el = await seedBody();
    const parent = el.parentNode!;
    el.remove();
    expect(terms(el)).to.have.length(0);
    parent.appendChild(el);
    await waitUntil(() => terms(el).length > 0);
  });

  it('annotates again when the article changes', async () => {
    const el = await fixture<GlossaAnnotate>(html`<glossa-annotate><p>Ana Ruiz met Tokayev.</p></glossa-annotate>`);
    el.article = article;
    await el.updateComplete;
    expect(terms(el).map((term) => refOf(term))).to.deep.equal(['tokayev']);
    el.article = minimalArticle();
    await el.updateComplete;
    expect(terms(el).map((term) => refOf(term))).to.deep.equal(['ruiz']);
    expect(textOf(el)).to.equal('Ana Ruiz met Tokayev.');
  });

  it('in an English article, marks a name before its possessive ending and a term in the plural, and counts them', async () => {
    const el = await fixture<GlossaAnnotate>(html`<glossa-annotate mode="all">
      <p id="text">Tokayev’s astronomers found two exoplanets; Tokayev's aides named the exoplanet’s star.</p>
    </glossa-annotate>`);
    const paragraph = el.querySelector('#text')!;
    const before = paragraph.textContent;
    el.article = validMinimal((input) => {
      input.entities.push(
        { id: 'tokayev', kind: 'person', name: 'Kassym-Jomart Tokayev', aliases: ['Tokayev'], summary: 'President.' },
        { id: 'exoplanet', kind: 'term', name: 'exoplanet', summary: 'A planet outside the Solar System.' },
      );
    });
    await el.updateComplete;
    const marks = [
      ['Tokayev', 'tokayev'],
      ['exoplanets', 'exoplanet'],
      ['Tokayev', 'tokayev'],
      ['exoplanet', 'exoplanet'],
    ];
    expect(terms(el).map((term) => [term.textContent, refOf(term)])).to.deep.equal(marks);
    expect(paragraph.textContent).to.equal(before);
    expect(el.annotate(), 'the count annotate() returns').to.equal(marks.length);
    await expect(el).to.be.accessible();
  });

  it('in a Russian article, marks the forms an entity lists', async () => {
    const el = await fixture<GlossaAnnotate>(html`<glossa-annotate mode="all" lang="ru">
      <p>Встреча Токаева с Путиным. Токаеву позвонили; с Токаевым согласились. Токаевы не в счёт.</p>
    </glossa-annotate>`);
    el.article = validMinimal((input) => {
      input.lang = 'ru';
      input.entities.push({
        id: 'tokayev',
        kind: 'person',
        name: 'Касым-Жомарт Токаев',
        aliases: ['Токаев'],
        forms: ['Токаева', 'Токаеву', 'Токаевым'],
        summary: 'Президент.',
      });
    });
    await el.updateComplete;
    expect(terms(el).map((term) => term.textContent)).to.deep.equal(['Токаева', 'Токаеву', 'Токаевым']);
    expect(terms(el).every((term) => refOf(term) === 'tokayev')).to.equal(true);
    expect(el.annotate(), 'the count annotate() returns').to.equal(3);
  });

  it('announces its article once, and its terms are not elements of their own that could', async () => {
    const seen: EventTarget[] = [];
    const listener = (event: Event) => seen.push(event.target!);
    document.addEventListener('glossa-ready', listener);
    try {
      const el = await fixture<GlossaAnnotate>(html`<glossa-annotate><p>Tokayev and Putin.</p></glossa-annotate>`);
      const ready = nextEvent(el, 'glossa-ready');
      el.article = article;
      await ready;
      await el.updateComplete;
      expect(terms(el).map((term) => term.localName)).to.deep.equal(['span', 'span']);
      expect(seen).to.deep.equal([el]);
    } finally {
      document.removeEventListener('glossa-ready', listener);
    }
  });
});
