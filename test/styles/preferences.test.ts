import { expect, fixture, html } from '@open-wc/testing';
import { emulateMedia } from '@web/test-runner-commands';
import '../../src/timeline/define.js';
import type { GlossaTimeline } from '../../src/timeline/timeline.js';
import { part } from '../fixtures/dom.js';
import { minimalArticle } from '../fixtures/minimal-article.js';

describe('reader preferences', () => {
  afterEach(() => emulateMedia({ reducedMotion: 'no-preference' }));

  it('moves nothing when the reader asks for reduced motion', async () => {
    const el = await fixture<GlossaTimeline>(html`<glossa-timeline .article=${minimalArticle()}></glossa-timeline>`);
    const scroller = part(el, 'scroller');
    await emulateMedia({ reducedMotion: 'no-preference' });
    expect(getComputedStyle(scroller).scrollBehavior).to.equal('smooth');
    await emulateMedia({ reducedMotion: 'reduce' });
    expect(getComputedStyle(scroller).scrollBehavior).to.equal('auto');
  });
});
