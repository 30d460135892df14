import { expect, fixture, html } from '@open-wc/testing';
import { emulateMedia, setViewport } from '@web/test-runner-commands';
import type { TemplateResult } from 'lit';
import '../../src/all.js';
import '../../src/lang/all.js';
import type { Article } from '../../src/model/types.js';
import { PALETTES, type PaletteName } from '../../src/styles/palettes.js';
import { part, parts } from '../fixtures/dom.js';
import { waitUntil } from '../fixtures/wait.js';
import { seedArticle } from '../fixtures/seed-article.js';

type Widget = HTMLElement & { updateComplete: Promise<unknown> };

/** Each widget in a state worth checking: what it renders, and how to drive it there. */
interface Case {
  readonly name: string;
  readonly render: (article: Article) => TemplateResult;
  readonly drive?: (el: Widget) => Promise<void>;
  /** Checked as a whole page, where names must differ between widgets too, rather than widget by widget. */
  readonly page?: boolean;
}

const settled = async (el: Widget) => {
  await el.updateComplete;
  await el.updateComplete;
};

const click = async (el: Widget, selector: string) => {
  el.shadowRoot!.querySelector<HTMLElement>(selector)!.click();
  await settled(el);
};

/** Answers every question shown with its first option, as far as one click goes. */
async function answerFirstOptions(el: Widget): Promise<void> {
  for (const question of el.shadowRoot!.querySelectorAll('[part~="question"]:not([hidden])')) {
    question.querySelector<HTMLElement>('[part~="choice"]')?.click();
  }
  await settled(el);
}

const CASES: readonly Case[] = [
  { name: 'explainer', render: (article) => html`<glossa-explainer .article=${article}></glossa-explainer>` },
  {
    name: 'explainer compact',
    render: (article) => html`<glossa-explainer variant="compact" .article=${article}></glossa-explainer>`,
  },
  { name: 'timeline', render: (article) => html`<glossa-timeline .article=${article}></glossa-timeline>` },
  { name: 'whos-who', render: (article) => html`<glossa-whos-who .article=${article}></glossa-whos-who>` },
  { name: 'quiz stepper', render: (article) => html`<glossa-quiz .article=${article}></glossa-quiz>` },
  {
    name: 'quiz stepper with feedback',
    render: (article) => html`<glossa-quiz .article=${article}></glossa-quiz>`,
    drive: async (el) => {
      await answerFirstOptions(el);
      await click(el, '[part~="check-button"]');
    },
  },
  {
    name: 'quiz list with results',
    render: (article) => html`<glossa-quiz layout="list" feedback="end" .article=${article}></glossa-quiz>`,
    drive: async (el) => {
      await answerFirstOptions(el);
      await click(el, '[part~="finish-button"]');
      el.shadowRoot!.querySelector('details')?.setAttribute('open', '');
    },
  },
  {
    name: 'quiz asking for an answer first',
    render: (article) => html`<glossa-quiz .article=${article}></glossa-quiz>`,
    drive: (el) => click(el, '[part~="check-button"]'),
  },
  {
    name: 'whos-who with an entry open',
    render: (article) => html`<glossa-whos-who .article=${article}></glossa-whos-who>`,
    drive: (el) => click(el, '[part="name-button"]'),
  },
  {
    name: 'timeline wider than its box, paged on',
    render: (article) =>
      html`<div style="inline-size: 42rem; max-inline-size: 100%"><glossa-timeline .article=${article}></glossa-timeline></div>`,
    drive: async (el) => {
      const later = el.shadowRoot!.querySelector<HTMLElement>('[part="later-button"]')!;
      if (!later.checkVisibility({ visibilityProperty: true })) return;
      later.click();
      await waitUntil(
        () => el.shadowRoot!.querySelector('[part="scroller"]')!.scrollLeft !== 0,
        'Later did not scroll',
      );
    },
  },
  {
    name: 'timeline after an evidence link, with the way back offered',
    render: (article) => html`<glossa-timeline evidence-href="#{id}" .article=${article}></glossa-timeline>
      ${[...article.paragraphs, ...(article.figures ?? [])].map((target) => html`<p id=${target.id}>…</p>`)}`,
    drive: async (el) => {
      parts(el, 'evidence-link')[0]!.click();
      await waitUntil(() => el.shadowRoot!.querySelector(':popover-open'), 'no way back offered');
      history.replaceState(null, '', location.pathname + location.search);
    },
  },
  {
    name: 'every widget on one page, as the demo has them',
    render: (article) => html`<glossa-explainer .article=${article}></glossa-explainer>
      <glossa-explainer variant="compact" heading-level="3" .article=${article}></glossa-explainer>
      <glossa-timeline .article=${article}></glossa-timeline>
      <glossa-whos-who layout="grid" .article=${article}></glossa-whos-who>
      <glossa-quiz .article=${article}></glossa-quiz>`,
    page: true,
  },
  {
    name: 'term with its card open',
    render: (article) =>
      html`<p>Read about <glossa-term ref="tokayev" .article=${article}>Tokayev</glossa-term> here.</p>`,
    drive: async (el) => {
      await click(el, '[part="trigger"]');
      expect(part(el, 'hovercard').matches(':popover-open')).to.be.true;
    },
  },
  {
    name: 'annotate',
    render: (article) => html`<glossa-annotate .article=${article}>
      <p>President Kassym-Jomart Tokayev asked the CSTO for help, and Vladimir Putin sent troops.</p>
    </glossa-annotate>`,
  },
  {
    name: 'annotate with its card open',
    render: (article) => html`<glossa-annotate .article=${article}>
      <p>President Kassym-Jomart Tokayev asked the CSTO for help, and Vladimir Putin sent troops.</p>
    </glossa-annotate>`,
    drive: async (el) => {
      el.querySelector<HTMLElement>('[data-glossa-term]')!.click();
      await waitUntil(
        () => el.shadowRoot!.querySelector('[part="hovercard"]')?.matches(':popover-open'),
        'the card opens',
      );
    },
  },
];

/** A page in `theme`: the widgets sit on the theme's own surface, as they would on a themed page. */
interface Setting {
  readonly name: string;
  readonly theme: string;
  readonly palette: PaletteName;
  readonly lang?: string;
  readonly scheme?: 'light' | 'dark';
}

const SETTINGS: readonly Setting[] = [
  { name: 'light', theme: 'light', palette: 'light' },
  { name: 'dark', theme: 'dark', palette: 'dark' },
  { name: 'contrast', theme: 'contrast', palette: 'contrast' },
  { name: 'auto in a dark system', theme: 'auto', palette: 'dark', scheme: 'dark' },
  { name: 'Arabic, right to left', theme: 'light', palette: 'light', lang: 'ar' },
  { name: 'Arabic, right to left, dark', theme: 'dark', palette: 'dark', lang: 'ar' },
];

describe('axe: every widget and state in every theme and in Arabic, on a phone and a desktop', () => {
  let article: Article;
  before(async () => {
    article = await seedArticle();
  });
  beforeEach(() => localStorage.clear());
  afterEach(() => emulateMedia({ colorScheme: 'light' }));

  for (const width of [375, 1280]) {
    for (const setting of SETTINGS) {
      describe(`${setting.name}, ${width} px wide`, () => {
        before(() => setViewport({ width, height: 900 }));
        after(() => setViewport({ width: 800, height: 600 }));

        for (const { name, render, drive, page: whole } of CASES) {
          it(`${name} is accessible`, async function () {
            await emulateMedia({ colorScheme: setting.scheme ?? 'light' });
            const { colors } = PALETTES[setting.palette];
            const page = await fixture<HTMLElement>(html`<div
            theme=${setting.theme}
            lang=${setting.lang ?? 'en'}
            dir=${setting.lang === 'ar' ? 'rtl' : 'ltr'}
            style="background: ${colors['color-surface']}; color: ${colors['color-text']}; padding: 8px"
          >
            ${render(article)}
          </div>`);
            const el = page.querySelector<Widget>(
              'glossa-explainer, glossa-timeline, glossa-whos-who, glossa-quiz, glossa-term, glossa-annotate',
            )!;
            await settled(el);
            await drive?.(el);
            if (setting.lang === 'ar') expect(getComputedStyle(el).direction).to.equal('rtl');
            const themed = el.localName === 'glossa-annotate' ? el.querySelector('[data-glossa-term]')! : el;
            expect(getComputedStyle(themed).getPropertyValue('--_color-text').trim(), 'the theme applies').to.equal(
              colors['color-text'],
            );
            await expect(whole ? page : el).to.be.accessible();
          });
        }
      });
    }
  }

  it('really measures the rendered colours: a secondary text colour too faint for the dark surface fails', async () => {
    const page = await fixture<HTMLElement>(html`<div theme="dark" style="--glossa-color-muted: #30363d">
      <glossa-explainer .article=${article}></glossa-explainer>
    </div>`);
    const el = page.querySelector<Widget>('glossa-explainer')!;
    await settled(el);
    await expect(el).not.to.be.accessible();
  });
});
