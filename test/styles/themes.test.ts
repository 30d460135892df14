import { expect, fixture, html } from '@open-wc/testing';
import { waitUntil } from '../fixtures/wait.js';
import { emulateMedia } from '@web/test-runner-commands';
import '../../src/timeline/define.js';
import { PALETTES, type ColorToken, type PaletteName } from '../../src/styles/palettes.js';
import type { GlossaTimeline } from '../../src/timeline/timeline.js';
import { minimalArticle } from '../fixtures/minimal-article.js';

/** WCAG 2 relative luminance of `#rrggbb`. */
function luminance(hex: string): number {
  const channels = [1, 3, 5].map((start) => parseInt(hex.slice(start, start + 2), 16) / 255);
  const [r, g, b] = channels.map((c) => (c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4)) as [
    number,
    number,
    number,
  ];
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

function contrast(a: string, b: string): number {
  const [light, dark] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (light + 0.05) / (dark + 0.05);
}

/** Every colour a widget puts text in, and every surface that text sits on. */
const TEXTS: ColorToken[] = ['color-text', 'color-muted', 'color-accent', 'color-correct', 'color-incorrect'];
const SURFACES: ColorToken[] = ['color-surface', 'color-surface-raised'];
/** Boundaries a reader must see to find a control or the focus: WCAG 1.4.11 asks 3:1. */
const BOUNDARIES: ColorToken[] = ['color-border', 'color-focus-ring', 'color-accent'];

/** The colour tokens as a widget in `theme` resolves them, read from its computed style. */
async function resolvedColors(theme: string): Promise<Record<ColorToken, string>> {
  const el = await fixture<GlossaTimeline>(
    html`<glossa-timeline theme=${theme} .article=${minimalArticle()}></glossa-timeline>`,
  );
  const style = getComputedStyle(el);
  const tokens = Object.keys(PALETTES.light.colors) as ColorToken[];
  return Object.fromEntries(tokens.map((token) => [token, style.getPropertyValue(`--_${token}`).trim()])) as Record<
    ColorToken,
    string
  >;
}

describe('themes', () => {
  for (const theme of Object.keys(PALETTES) as PaletteName[]) {
    describe(`${theme}`, () => {
      let colors: Record<ColorToken, string>;
      before(async () => {
        colors = await resolvedColors(theme);
      });

      it('is the palette the widget actually resolves', () => {
        expect(colors).to.deep.equal(PALETTES[theme].colors);
      });

      for (const text of TEXTS) {
        for (const surface of SURFACES) {
          it(`${text} on ${surface} reaches 4.5:1`, () => {
            expect(contrast(colors[text], colors[surface])).to.be.at.least(4.5);
          });
        }
      }

      it('accent text on the accent colour (buttons) reaches 4.5:1', () => {
        expect(contrast(colors['color-accent-text'], colors['color-accent'])).to.be.at.least(4.5);
      });

      for (const boundary of BOUNDARIES) {
        for (const surface of SURFACES) {
          it(`${boundary} on ${surface} reaches 3:1`, () => {
            expect(contrast(colors[boundary], colors[surface])).to.be.at.least(3);
          });
        }
      }
    });
  }

  it('paints the widget in its theme’s text and surface colours', async () => {
    const el = await fixture<GlossaTimeline>(
      html`<glossa-timeline theme="dark" .article=${minimalArticle()}></glossa-timeline>`,
    );
    const style = getComputedStyle(el);
    expect(style.color).to.equal('rgb(230, 237, 243)');
    expect(style.backgroundColor).to.equal('rgb(13, 17, 23)');
    expect(style.colorScheme).to.equal('dark');
  });

  it('takes the theme of the closest ancestor, and follows its changes', async () => {
    const page = await fixture(html`<section theme="contrast">
      <div theme="dark"><glossa-timeline .article=${minimalArticle()}></glossa-timeline></div>
    </section>`);
    const el = page.querySelector('glossa-timeline')!;
    const text = () => getComputedStyle(el).getPropertyValue('--_color-text').trim();
    expect(text()).to.equal(PALETTES.dark.colors['color-text']);
    page.querySelector('div')!.removeAttribute('theme');
    await waitUntil(() => text() === PALETTES.contrast.colors['color-text'], 'the ancestor’s theme was not followed');
  });

  it('ignores a theme name it does not know, and is light without one', async () => {
    const el = await fixture<GlossaTimeline>(
      html`<glossa-timeline theme="neon" .article=${minimalArticle()}></glossa-timeline>`,
    );
    expect(getComputedStyle(el).getPropertyValue('--_color-text').trim()).to.equal(PALETTES.light.colors['color-text']);
  });

  describe('auto', () => {
    afterEach(() => emulateMedia({ colorScheme: 'light' }));

    it('follows prefers-color-scheme', async () => {
      const el = await fixture<GlossaTimeline>(
        html`<glossa-timeline theme="auto" .article=${minimalArticle()}></glossa-timeline>`,
      );
      const text = () => getComputedStyle(el).getPropertyValue('--_color-text').trim();
      await emulateMedia({ colorScheme: 'light' });
      expect(text()).to.equal(PALETTES.light.colors['color-text']);
      await emulateMedia({ colorScheme: 'dark' });
      expect(text()).to.equal(PALETTES.dark.colors['color-text']);
    });
  });

  it('lets a token set by the page win over the theme', async () => {
    const page = await fixture(html`<div style="--glossa-color-accent: #7a1fa2">
      <glossa-timeline theme="dark" .article=${minimalArticle()}></glossa-timeline>
    </div>`);
    const el = page.querySelector('glossa-timeline')!;
    expect(getComputedStyle(el).getPropertyValue('--_color-accent').trim()).to.equal('#7a1fa2');
  });
});
