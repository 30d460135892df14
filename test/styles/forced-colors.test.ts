import { expect, fixture, html } from '@open-wc/testing';
import { executeServerCommand, sendKeys, sendMouse } from '@web/test-runner-commands';
import '../../src/all.js';
import { part, parts } from '../fixtures/dom.js';
import { minimalArticle } from '../fixtures/minimal-article.js';
import { seedArticle } from '../fixtures/seed-article.js';

type Widget = HTMLElement & { updateComplete: Promise<unknown> };

const forcedColors = (active: boolean) => executeServerCommand('emulate-forced-colors', { active });

/** What a system colour resolves to on this page, in forced colours. */
function systemColor(name: string): string {
  const probe = document.createElement('span');
  probe.style.color = name;
  document.body.append(probe);
  const color = getComputedStyle(probe).color;
  probe.remove();
  return color;
}

async function rendered<T extends Widget>(template: unknown, selector: string): Promise<T> {
  const page = await fixture<HTMLElement>(html`<div>${template}</div>`);
  const el = page.querySelector<T>(selector)!;
  await el.updateComplete;
  await el.updateComplete;
  return el;
}

/**
 * Forced colours (Windows High Contrast) recolour text and borders and drop backgrounds and shadows:
 * whatever a background or a shadow meant must still show.
 */
describe('forced colours', () => {
  before(() => forcedColors(true));
  after(() => forcedColors(false));
  beforeEach(() => localStorage.clear());

  it('are really emulated', () => {
    expect(matchMedia('(forced-colors: active)').matches).to.be.true;
    expect(systemColor('Highlight')).not.to.equal(systemColor('CanvasText'));
  });

  it('mark the quiz option a reader chose with a Highlight line, not only a background', async () => {
    const el = await rendered(html`<glossa-quiz .article=${minimalArticle()}></glossa-quiz>`, 'glossa-quiz');
    const [chosen, other] = parts(el, 'choice');
    chosen!.click();
    await el.updateComplete;
    const highlight = systemColor('Highlight');
    expect(getComputedStyle(chosen!).borderColor).to.equal(highlight);
    expect(getComputedStyle(chosen!).outlineStyle).to.equal('solid');
    expect(getComputedStyle(other!).borderColor).not.to.equal(highlight);
    expect(getComputedStyle(other!).outlineStyle).to.equal('none');
  });

  it('outline the ordering item being dragged, whose shadow is gone', async () => {
    const article = minimalArticle();
    const el = await rendered(html`<glossa-quiz layout="list" .article=${article}></glossa-quiz>`, 'glossa-quiz');
    const handle = parts(el, 'drag-handle')[0]!;
    const item = handle.closest<HTMLElement>('[part~="order-item"]')!;
    expect(getComputedStyle(item).outlineStyle).to.equal('none');
    handle.scrollIntoView({ block: 'center' });
    const box = handle.getBoundingClientRect();
    await sendMouse({
      type: 'move',
      position: [Math.round(box.x + box.width / 2), Math.round(box.y + box.height / 2)],
    });
    await sendMouse({ type: 'down' });
    try {
      expect(getComputedStyle(item).boxShadow, 'forced colours drop the shadow').to.equal('none');
      expect(getComputedStyle(item).outlineStyle).to.equal('solid');
      expect(getComputedStyle(item).outlineColor).to.equal(systemColor('Highlight'));
    } finally {
      await sendMouse({ type: 'up' });
    }
  });

  it('keep the drag handle’s dots, drawn with a background, in the text colour', async () => {
    const el = await rendered(
      html`<glossa-quiz layout="list" .article=${minimalArticle()}></glossa-quiz>`,
      'glossa-quiz',
    );
    const handle = parts(el, 'drag-handle')[0]!;
    expect(getComputedStyle(handle).backgroundImage).to.contain(systemColor('CanvasText'));
  });

  it('keep the timeline’s dots, drawn with a background, in the text colour', async () => {
    const el = await rendered(
      html`<glossa-timeline .article=${minimalArticle()}></glossa-timeline>`,
      'glossa-timeline',
    );
    expect(getComputedStyle(part(el, 'marker')).backgroundColor).to.equal(systemColor('CanvasText'));
  });

  it('show the keyboard focus as an outline, not a shadow', async () => {
    const el = await rendered(html`<glossa-quiz .article=${minimalArticle()}></glossa-quiz>`, 'glossa-quiz');
    part(el, 'choice-input').focus();
    await sendKeys({ press: 'ArrowDown' });
    const focused = el.shadowRoot!.activeElement!;
    expect(focused.matches(':focus-visible')).to.be.true;
    const style = getComputedStyle(focused);
    expect(style.outlineStyle).to.equal('solid');
    expect(parseFloat(style.outlineWidth)).to.be.at.least(2);
  });

  it('draw the hovercard’s edge and the avatars’ circles as lines', async () => {
    const article = await seedArticle();
    const el = await rendered(
      html`<p><glossa-term ref="tokayev" .article=${article}>Tokayev</glossa-term></p>`,
      'glossa-term',
    );
    part(el, 'trigger').click();
    await el.updateComplete;
    const card = part(el, 'hovercard');
    expect(card.matches(':popover-open')).to.be.true;
    expect(getComputedStyle(card).borderTopStyle).to.equal('solid');
    expect(getComputedStyle(card).borderTopColor).to.equal(systemColor('CanvasText'));
    const avatar = part(el, 'avatar');
    expect(getComputedStyle(avatar).borderTopStyle).to.equal('solid');
    expect(getComputedStyle(avatar).borderTopColor).to.equal(systemColor('CanvasText'));
  });

  it('leave the quiz accessible', async () => {
    const el = await rendered(html`<glossa-quiz .article=${minimalArticle()}></glossa-quiz>`, 'glossa-quiz');
    parts(el, 'choice')[0]!.click();
    await el.updateComplete;
    await expect(el).to.be.accessible();
  });
});
