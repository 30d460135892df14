import { expect, fixture, html } from '@open-wc/testing';
import type { TemplateResult } from 'lit';
import '../../src/all.js';
import '../../src/lang/all.js';
import { parseArticle } from '../../src/model/parse.js';
import type { Article } from '../../src/model/types.js';
import { firstLineOf, part } from '../fixtures/dom.js';
import { seedJson } from '../fixtures/seed-article.js';

type Widget = HTMLElement & { updateComplete: Promise<unknown> };

/** Each widget in a state that shows as much model text as it can, and how to drive it there. */
interface Case {
  readonly name: string;
  readonly render: (article: Article) => TemplateResult;
  readonly drive?: (el: Widget) => Promise<void>;
  /** The widget shows no interface text of its own (a term's card is all the model's). */
  readonly modelOnly?: boolean;
}

const settled = async (el: Widget) => {
  await el.updateComplete;
  await el.updateComplete;
};

const click = async (el: Widget, selector: string) => {
  el.shadowRoot!.querySelector<HTMLElement>(selector)!.click();
  await settled(el);
};

/** Answers every question shown with its first option, so that some answers are wrong and show the right one. */
async function answerFirstOptions(el: Widget): Promise<void> {
  for (const question of el.shadowRoot!.querySelectorAll('[part~="question"]:not([hidden])')) {
    question.querySelector<HTMLElement>('[part~="choice"]')?.click();
  }
  await settled(el);
}

const openEvidence = (el: Widget) =>
  el.shadowRoot!.querySelectorAll('details').forEach((details) => (details.open = true));

const CASES: readonly Case[] = [
  { name: 'explainer', render: (article) => html`<glossa-explainer .article=${article}></glossa-explainer>` },
  {
    name: 'explainer compact, expanded, with a source without address',
    render: (article) =>
      html`<glossa-explainer variant="compact" .article=${{ ...article, source: { name: 'Example Wire' } }}></glossa-explainer>`,
    drive: (el) => click(el, '[part="more-button"]'),
  },
  { name: 'timeline', render: (article) => html`<glossa-timeline .article=${article}></glossa-timeline>` },
  { name: "who's who", render: (article) => html`<glossa-whos-who .article=${article}></glossa-whos-who>` },
  {
    name: 'quiz with a checked question',
    render: (article) => html`<glossa-quiz .article=${article}></glossa-quiz>`,
    drive: async (el) => {
      await answerFirstOptions(el);
      await click(el, '[part~="check-button"]');
      openEvidence(el);
    },
  },
  {
    name: 'quiz with results and answer key',
    render: (article) => html`<glossa-quiz layout="list" feedback="end" print-key .article=${article}></glossa-quiz>`,
    drive: async (el) => {
      await answerFirstOptions(el);
      await click(el, '[part~="finish-button"]');
      openEvidence(el);
    },
  },
  {
    name: 'term with its card open',
    render: (article) => html`<p><glossa-term ref="tokayev" .article=${article}>Tokayev</glossa-term></p>`,
    drive: async (el) => {
      await click(el, '[part="trigger"]');
      expect(part(el, 'hovercard').matches(':popover-open')).to.be.true;
    },
    modelOnly: true,
  },
];

/** Every string in the model as written, however deep. */
function modelStrings(value: unknown, found = new Set<string>()): Set<string> {
  if (typeof value === 'string') found.add(value);
  else if (value && typeof value === 'object') for (const item of Object.values(value)) modelStrings(item, found);
  return found;
}

/** The shadow roots of `host` and of every widget nested in it. */
function shadowRootsOf(host: Element): ShadowRoot[] {
  const root = host.shadowRoot;
  if (!root) return [];
  return [root, ...[...root.querySelectorAll('*')].flatMap(shadowRootsOf)];
}

function textNodesOf(host: Element): Text[] {
  return shadowRootsOf(host).flatMap((root) => {
    const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
    const nodes: Text[] = [];
    while (walker.nextNode()) if ((walker.currentNode as Text).data.trim()) nodes.push(walker.currentNode as Text);
    return nodes;
  });
}

/** The language a node is in: the closest `lang`, up through its shadow root and then the chain of hosts. */
function langOf(node: Node): string | null {
  for (
    let current: Node | null = node;
    current;
    current = current instanceof ShadowRoot ? current.host : current.parentNode
  ) {
    if (current instanceof Element && current.hasAttribute('lang')) return current.getAttribute('lang');
  }
  return null;
}

/**
 * A text node that opens a block of its own (a paragraph, a list item, a caption) whose first line
 * does not start at the block's left edge: text aligned to the right or centred, as left-to-right text
 * never is in this layout. Nodes inside a line of other text (a name in a sentence) do not count.
 */
function startsOffLeft(node: Text): boolean {
  const block = node.parentElement!;
  const style = getComputedStyle(block);
  if (!['block', 'list-item'].includes(style.display) || block.firstChild !== node || !block.checkVisibility()) {
    return false;
  }
  const firstLine = firstLineOf(node);
  if (!firstLine) return false;
  const contentLeft =
    block.getBoundingClientRect().left + parseFloat(style.borderLeftWidth) + parseFloat(style.paddingLeft);
  const indent = parseFloat(style.textIndent) || 0;
  return Math.abs(firstLine.left - contentLeft - indent) > 1 && !style.textAlign.includes('center');
}

const describeNode = (node: Text) =>
  `“${node.data.trim()}” in <${node.parentElement?.localName} part="${node.parentElement?.getAttribute('part') ?? ''}">`;

/**
 * Whether a text node is the model's: it is (part of) a model string, or it holds one whole. Only text
 * with a Latin letter counts, as the Arabic interface has none (its numbers are formatted in Latin
 * digits), or text that is a whole model string such as "~10,000" but not a bare number, which a key fact's
 * `number` shows formatted for the reader, in the interface's language; and only model strings of four
 * characters or more are looked for inside, so that separators and ids do not count.
 */
function isModelText(text: string, strings: ReadonlySet<string>): boolean {
  if (!/[A-Za-z]/.test(text)) return strings.has(text) && !/^[\d.,\s]+$/.test(text);
  for (const string of strings) {
    if (string.includes(text) || (string.length >= 4 && /[A-Za-z]/.test(string) && text.includes(string))) return true;
  }
  return false;
}

describe('content language: text from the model carries the article’s lang (WCAG 3.1.2)', () => {
  let article: Article;
  let strings: Set<string>;
  before(async () => {
    const json = (await seedJson()) as Record<string, unknown>;
    json['source'] = { name: 'Example Wire', url: 'https://example.com/news' };
    const parsed = parseArticle(json);
    if (!parsed.ok) throw new Error(JSON.stringify(parsed.issues));
    article = parsed.article;
    strings = modelStrings(json);
    expect(article.lang).to.equal('en');
  });
  beforeEach(() => localStorage.clear());

  const render = async (pageLang: string, { render, drive }: Case) => {
    const page = await fixture<HTMLElement>(
      html`<div lang=${pageLang} dir=${pageLang === 'ar' ? 'rtl' : 'ltr'}>${render(article)}</div>`,
    );
    const el = page.querySelector<Widget>(
      'glossa-explainer, glossa-timeline, glossa-whos-who, glossa-quiz, glossa-term',
    )!;
    await settled(el);
    await drive?.(el);
    return el;
  };

  describe('in an Arabic page', () => {
    for (const testCase of CASES) {
      it(`${testCase.name}: the model's text is in English, the interface's in Arabic`, async function () {
        const el = await render('ar', testCase);
        const nodes = textNodesOf(el);
        const model = nodes.filter((node) => isModelText(node.data.trim(), strings));
        const ui = nodes.filter((node) => /\p{Script=Arabic}/u.test(node.data));
        expect(model.length, 'model text is shown').to.be.greaterThan(0);
        if (!testCase.modelOnly) expect(ui.length, 'interface text is shown').to.be.greaterThan(0);
        expect(
          model.filter((node) => langOf(node) !== 'en').map(describeNode),
          'model text outside lang="en"',
        ).to.deep.equal([]);
        expect(
          ui.filter((node) => langOf(node) !== 'ar').map(describeNode),
          'Arabic text inside lang="en"',
        ).to.deep.equal([]);
        expect(
          model.filter((node) => getComputedStyle(node.parentElement!).direction !== 'ltr').map(describeNode),
          'model text not left to right',
        ).to.deep.equal([]);
        expect(model.filter(startsOffLeft).map(describeNode), 'model text not starting on the left').to.deep.equal([]);
        await expect(el).to.be.accessible();
      });
    }

    it('an Arabic article in an English widget reads right to left, its interface left to right', async () => {
      const el = await render('en', {
        name: 'explainer of an Arabic article',
        render: (shown) => html`<glossa-explainer .article=${{ ...shown, lang: 'ar' }}></glossa-explainer>`,
      });
      const text = part(el, 'summary-text');
      expect(langOf(text)).to.equal('ar');
      expect(getComputedStyle(text).direction).to.equal('rtl');
      expect(getComputedStyle(el.shadowRoot!.getElementById('summary-heading')!).direction).to.equal('ltr');
    });

    it('the explainer’s byline names the author in English after the Arabic “By”', async () => {
      const el = await render('ar', CASES[0]!);
      const byline = part(el, 'byline');
      const author = [...byline.querySelectorAll('[lang="en"]')].map((span) => span.textContent);
      expect(author).to.deep.equal([article.byline]);
      expect(langOf(byline)).to.equal('ar');
      expect(byline.textContent.replace(article.byline!, '').trim()).to.equal('بقلم');
    });

    it('a relation, the model’s words joined by the translation, takes the article’s language', async () => {
      const el = await render('ar', CASES[3]!);
      const relation = el.shadowRoot!.querySelector('[part="relation"]')!;
      expect(relation.textContent.trim()).to.match(/^successor of /);
      expect(langOf(relation)).to.equal('en');
    });

    it('a quiz written in HTML is in the page’s language: it gets no lang', async () => {
      const page = await fixture<HTMLElement>(html`<div lang="ar" dir="rtl">
        <glossa-quiz>
          <glossa-question type="single">
            <p>من طلب المساعدة؟</p>
            <glossa-choice correct>توكاييف</glossa-choice>
            <glossa-choice>نزارباييف</glossa-choice>
          </glossa-question>
        </glossa-quiz>
      </div>`);
      const el = page.querySelector<Widget>('glossa-quiz')!;
      await settled(el);
      expect(
        textNodesOf(el)
          .map((node) => node.data)
          .join(' '),
      ).to.include('توكاييف');
      expect(el.shadowRoot!.querySelectorAll('[lang]')).to.have.length(0);
    });
  });

  describe('in an English page', () => {
    for (const testCase of CASES) {
      it(`${testCase.name}: no element gets a lang, as the languages agree`, async function () {
        const el = await render('en', testCase);
        const marked = shadowRootsOf(el).flatMap((root) => [...root.querySelectorAll('[lang]')]);
        expect(marked.map((element) => `<${element.localName} part="${element.getAttribute('part')}">`)).to.deep.equal(
          [],
        );
        expect(textNodesOf(el).length).to.be.greaterThan(0);
      });
    }

    it('compares whole language tags without case: an article in en-gb agrees with lang="en-GB", not with lang="en"', async () => {
      const british = { ...article, lang: 'en-gb' };
      const inBritain = await fixture<Widget>(
        html`<glossa-timeline lang="en-GB" .article=${british}></glossa-timeline>`,
      );
      await settled(inBritain);
      expect(inBritain.shadowRoot!.querySelectorAll('[lang]')).to.have.length(0);
      const elsewhere = await fixture<Widget>(html`<glossa-timeline lang="en" .article=${british}></glossa-timeline>`);
      await settled(elsewhere);
      expect(part(elsewhere, 'label').lang).to.equal('en-gb');
    });
  });
});
