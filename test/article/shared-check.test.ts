import { expect, fixture, html } from '@open-wc/testing';
import { render, type TemplateResult } from 'lit';
import '../fixtures/probe-widget.js';
import { minimalArticle } from '../fixtures/minimal-article.js';
import { waitUntil } from '../fixtures/wait.js';
import type { Article } from '../../src/model/types.js';

/** The validated article each widget in `page` announced with `glossa-ready`, in the order they did. */
async function announced(template: TemplateResult, count: number): Promise<Article[]> {
  const articles: Article[] = [];
  const page = await fixture<HTMLElement>(html`<div></div>`);
  page.addEventListener('glossa-ready', (event) =>
    articles.push((event as CustomEvent<{ article: Article }>).detail.article),
  );
  render(template, page);
  await waitUntil(() => articles.length === count, `${count} widgets show the article`);
  return articles;
}

describe('an article shared by many widgets', () => {
  it('is checked once when given as one object: every widget shows the same validated article', async () => {
    const article = minimalArticle();
    const articles = await announced(
      html`${[1, 2, 3].map(() => html`<glossa-probe .article=${article}></glossa-probe>`)}`,
      3,
    );
    expect(new Set(articles).size).to.equal(1);
    expect(articles[0]!.title).to.equal('A council votes');
  });

  it('is checked once when each widget carries the same inline JSON, as server-rendered widgets do', async () => {
    const text = JSON.stringify(minimalArticle());
    const articles = await announced(
      html`${[1, 2, 3].map(() => html`<glossa-probe><script type="application/json">${text}</script></glossa-probe>`)}`,
      3,
    );
    expect(new Set(articles).size).to.equal(1);
  });

  it('is checked again when it is another object or another text', async () => {
    const text = JSON.stringify(minimalArticle());
    const articles = await announced(
      html`<glossa-probe .article=${minimalArticle()}></glossa-probe><glossa-probe .article=${minimalArticle()}></glossa-probe>
        <glossa-probe><script type="application/json">${text}</script></glossa-probe>
        <glossa-probe><script type="application/json">${`${text} `}</script></glossa-probe>`,
      4,
    );
    expect(new Set(articles).size).to.equal(4);
  });
});
