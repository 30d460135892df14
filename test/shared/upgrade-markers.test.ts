import { expect } from '@open-wc/testing';
import '../../src/all.js';
import { readMarker } from '../../src/shared/upgrade-markers.js';
import { minimalArticle } from '../fixtures/minimal-article.js';
import { part } from '../fixtures/dom.js';
import { waitUntil } from '../fixtures/wait.js';

/** Content added to the page after it loaded, as a CMS block injected late is. */
function inject(html: string): HTMLElement {
  const block = document.createElement('section');
  const template = document.createElement('template');
  template.innerHTML = html;
  block.append(template.content);
  document.body.append(block);
  return block;
}

describe('sanitizer-safe markers', () => {
  let warnings: unknown[][];
  const warn = console.warn;
  beforeEach(() => {
    warnings = [];
    console.warn = (...args: unknown[]) => warnings.push(args);
  });
  afterEach(() => {
    console.warn = warn;
    document.querySelectorAll('section').forEach((block) => block.remove());
  });

  it('turns a data-glossa element added later into its widget, with its settings, attributes and children', async () => {
    const block = inject(
      `<span data-glossa="term" data-glossa-ref="ruiz" data-glossa-theme="dark" id="mayor" lang="fr" class="name">Ana Ruiz</span>`,
    );
    await waitUntil(() => block.querySelector('glossa-term'), 'the marker becomes <glossa-term>');
    const term = block.querySelector('glossa-term')!;
    expect(block.querySelector('[data-glossa]')).to.equal(null);
    expect([term.getAttribute('ref'), term.getAttribute('theme')]).to.deep.equal(['ruiz', 'dark']);
    expect([term.id, term.lang, term.className]).to.deep.equal(['mayor', 'fr', 'name']);
    expect(term.textContent).to.equal('Ana Ruiz');
    expect(warnings).to.deep.equal([]);
  });

  it('shows an inline data-glossa-article', async () => {
    const json = JSON.stringify(minimalArticle()).replaceAll('&', '&amp;').replaceAll('"', '&quot;');
    const block = inject(`<div data-glossa="explainer" data-glossa-article="${json}">The explainer loads here.</div>`);
    await waitUntil(() => block.querySelector('glossa-explainer')?.shadowRoot?.querySelector('[part~="title"]'));
    expect(part(block.querySelector('glossa-explainer')!, 'title').textContent).to.contain('A council votes');
  });

  it('nests: a quiz marker inside an article marker takes the article from it', async () => {
    const json = JSON.stringify(minimalArticle()).replaceAll('&', '&amp;').replaceAll('"', '&quot;');
    const block = inject(
      `<div data-glossa="article" data-glossa-article="${json}"><p data-glossa="quiz">Quiz</p></div>`,
    );
    await waitUntil(() =>
      block.querySelector('glossa-article > glossa-quiz')?.shadowRoot?.querySelector('[part~="question"]'),
    );
  });

  it('leaves out a setting the widget has no attribute for, and says so', async () => {
    const block = inject(`<div data-glossa="quiz" data-glossa-layout="list" data-glossa-colour="red"></div>`);
    await waitUntil(() => block.querySelector('glossa-quiz'));
    const quiz = block.querySelector('glossa-quiz')!;
    expect(quiz.getAttribute('layout')).to.equal('list');
    expect(quiz.hasAttribute('colour')).to.equal(false);
    expect(warnings).to.deep.equal([['<glossa-quiz> has no attribute "colour": data-glossa-colour is left out']]);
  });

  it('turns a link whose fragment names a widget into it, loading the link as its src', async () => {
    const block = inject(
      `<p>Before <a href="/no-such-article.json#glossa=timeline&heading-level=3">the timeline</a></p>`,
    );
    await waitUntil(() => block.querySelector('glossa-timeline')?.shadowRoot?.querySelector('[part="error"]'));
    const timeline = block.querySelector('glossa-timeline')!;
    expect([timeline.getAttribute('src'), timeline.getAttribute('heading-level')]).to.deep.equal([
      '/no-such-article.json',
      '3',
    ]);
    expect(part(timeline, 'error').textContent).to.contain('404');
    expect(block.querySelector('a')).to.equal(null);
  });

  it('gives a src that fails the URL check to the widget, which refuses it in the page', async () => {
    const block = inject(`<div data-glossa="quiz" data-glossa-src="javascript:alert(1)">Quiz</div>`);
    await waitUntil(() => block.querySelector('glossa-quiz')?.shadowRoot?.querySelector('[part="error"]'));
    expect(part(block.querySelector('glossa-quiz')!, 'error').textContent).to.contain('javascript:alert(1)');
  });

  it('leaves alone what names no widget: an unknown name, a plain link, a glossa- tag that is markup', async () => {
    const block = inject(
      `<div data-glossa="quizz">Typo</div><a href="/article.json#glossa">Link</a><div data-glossa="question">Q</div>`,
    );
    inject(`<div data-glossa="quiz"></div>`);
    await waitUntil(() => document.querySelector('glossa-quiz'), 'a later marker is upgraded');
    expect(block.innerHTML).to.equal(
      `<div data-glossa="quizz">Typo</div><a href="/article.json#glossa">Link</a><div data-glossa="question">Q</div>`,
    );
  });

  it('reads a link as a marker only by its fragment, and data-glossa-* on it after the fragment', () => {
    const marker = (html: string) => {
      const template = document.createElement('template');
      template.innerHTML = html;
      return readMarker(template.content.firstElementChild!);
    };
    expect(marker(`<a href="a.json#glossa=quiz&layout=list" data-glossa-seed="7">x</a>`)).to.deep.equal({
      name: 'quiz',
      settings: [
        ['src', 'a.json'],
        ['layout', 'list'],
        ['seed', '7'],
      ],
    });
    expect(marker(`<a href="a.json" data-glossa="quiz" data-glossa-src="b.json">x</a>`)).to.deep.equal({
      name: 'quiz',
      settings: [['src', 'b.json']],
    });
    expect(marker(`<a href="a.json#glossa=quiz" data-glossa="timeline">x</a>`).name).to.equal('timeline');
    expect(marker(`<div href="a.json#glossa=quiz">x</div>`)).to.deep.equal({ name: null, settings: [] });
  });
});
