import { expect, fixture, html } from '@open-wc/testing';
import DOMPurify from 'dompurify';
import '../../src/all.js';
import { readEmbedQuery } from '../../src/embed/embed-query.js';
import type { Article } from '../../src/model/types.js';
import { embedSnippet } from '../../studio/src/publish/embed-snippet.js';
import { seedArticle } from '../fixtures/seed-article.js';
import { waitUntil } from '../fixtures/wait.js';

const SEED_URL = '/demo/articles/kazakhstan-2022.json';

let seed: Article;
before(async () => {
  seed = await seedArticle();
});

/** The snippet as a page gets it, content only: the template's script is the test page's own imports. */
async function pasted(snippet: string): Promise<HTMLElement> {
  const content = new DOMParser().parseFromString(snippet, 'text/html').body;
  const page = await fixture<HTMLElement>(html`<div></div>`);
  page.append(...content.childNodes);
  return page;
}

/** The widgets a reader sees: each rendered its article, the quiz its first question. */
async function widgetsShown(page: HTMLElement): Promise<string[]> {
  await waitUntil(
    () => page.querySelector('glossa-quiz')?.shadowRoot?.querySelector('[part~="question"]'),
    'the quiz shows',
  );
  const shown = [...page.querySelectorAll('glossa-explainer, glossa-whos-who, glossa-timeline, glossa-quiz')];
  await waitUntil(
    () => shown.every((widget) => widget.shadowRoot?.querySelector('h2')),
    'every widget shows its heading',
  );
  return shown.map((widget) => widget.localName);
}

const EVERY_WIDGET = ['glossa-explainer', 'glossa-whos-who', 'glossa-timeline', 'glossa-quiz'];

describe('Studio: the snippet for each kind of page', () => {
  it('a CMS that keeps data- attributes: the article inline survives DOMPurify whatever its text holds, and shows it', async () => {
    // The model refuses markup in its texts, so this is the worst a valid article can hold.
    const hostile = { ...seed, dek: 'A --> B ]> C & "D" \'E\'' };
    const snippet = embedSnippet(hostile, { form: 'data' });
    const clean = DOMPurify.sanitize(snippet);
    const page = await pasted(clean);
    expect(await widgetsShown(page)).to.deep.equal(EVERY_WIDGET);
    const explainer = page.querySelector('glossa-explainer')!;
    await waitUntil(() => explainer.shadowRoot?.textContent?.includes(hostile.dek), 'the dek as written');
  });

  it('a CMS that keeps data- attributes, with the address of the JSON', async () => {
    const page = await pasted(DOMPurify.sanitize(embedSnippet(seed, { form: 'data', src: SEED_URL })));
    expect(await widgetsShown(page)).to.deep.equal(EVERY_WIDGET);
  });

  it('a CMS that keeps only links: each link becomes its widget', async () => {
    const snippet = embedSnippet(seed, { form: 'link', src: SEED_URL });
    const clean = DOMPurify.sanitize(snippet, { ALLOWED_TAGS: ['a', 'p'], ALLOWED_ATTR: ['href'] });
    const page = await pasted(clean);
    expect(await widgetsShown(page)).to.deep.equal(EVERY_WIDGET);
    expect(embedSnippet(seed, { form: 'link' })).to.match(/needs the address/);
  });

  it('a page that takes only frames: a titled frame per widget of the embed page, and the resizer', () => {
    const snippet = embedSnippet(seed, { form: 'frame', src: 'https://news.example/a.json?v=2' });
    const frames = [...new DOMParser().parseFromString(snippet, 'text/html').querySelectorAll('iframe')];
    expect(frames.map((frame) => frame.title)).to.deep.equal([
      'The article explained',
      "Who's who",
      'Timeline',
      'Quiz',
    ]);
    const observed = () => ['src', 'variant'];
    for (const frame of frames) {
      expect(frame.hasAttribute('data-glossa-embed')).to.equal(true);
      const request = readEmbedQuery(new URL(frame.src).search, observed);
      expect(request)
        .to.have.nested.property('attributes[0]')
        .that.deep.equals(['src', 'https://news.example/a.json?v=2']);
    }
    expect(snippet).to.match(
      /<script type="module" src="https:\/\/unpkg\.com\/glossa\/dist\/embed-resizer\.js"><\/script>/,
    );
    expect(embedSnippet(seed, { form: 'frame', src: '/a.json' })).to.match(/full address/);
  });
});
