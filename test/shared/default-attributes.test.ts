import { expect, fixture, html } from '@open-wc/testing';
import { unsafeStatic, html as staticHtml } from 'lit/static-html.js';
import '../../src/all.js';
import type { Article } from '../../src/model/types.js';
import type { ArticleElement } from '../../src/shared/article-element.js';
import { seedArticle } from '../fixtures/seed-article.js';
import { waitUntil } from '../fixtures/wait.js';

/**
 * An element writes no attribute of its own when it upgrades: a server-rendering framework (React,
 * Next.js) compares the attributes it wrote with those in the page while hydrating, and reports every
 * default an element reflected (`layout="list"`) as a mismatch.
 */
const TAGS = [
  'glossa-article',
  'glossa-explainer',
  'glossa-whos-who',
  'glossa-timeline',
  'glossa-quiz',
  'glossa-term',
  'glossa-annotate',
] as const;

let article: Article;
before(async () => {
  article = await seedArticle();
});

describe('attributes after upgrade', () => {
  for (const tag of TAGS) {
    it(`<${tag}> given only its article keeps the attributes the page wrote`, async () => {
      const name = unsafeStatic(tag);
      const el = await fixture<ArticleElement>(staticHtml`<${name} class="page-class"></${name}>`);
      el.article = article;
      await waitUntil(() => el.shadowRoot?.childElementCount, `${tag} renders`);
      await el.updateComplete;
      expect(el.getAttributeNames()).to.deep.equal(['class']);
    });
  }

  it('an attribute the page wrote stays as written', async () => {
    const el = await fixture<ArticleElement>(html`<glossa-whos-who layout="grid"></glossa-whos-who>`);
    el.article = article;
    await waitUntil(() => el.shadowRoot?.querySelector('.list'), 'the list renders');
    expect(el.getAttribute('layout')).to.equal('grid');
    expect(el.shadowRoot!.querySelector('.list')!.classList.contains('grid')).to.equal(true);
  });
});
