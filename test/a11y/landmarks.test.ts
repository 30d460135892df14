import { expect, fixture, html } from '@open-wc/testing';
import { setViewport } from '@web/test-runner-commands';
import '../../src/all.js';
import type { Article } from '../../src/model/types.js';
import { seedArticle } from '../fixtures/seed-article.js';
import { waitUntil } from '../fixtures/wait.js';

const WIDGETS = 'glossa-explainer, glossa-whos-who, glossa-timeline, glossa-quiz';
// Headers and footers inside an article or section are no landmarks, and the widgets have them only there.
const LANDMARKS =
  'main, nav, aside, form[aria-label], form[aria-labelledby], section[aria-label], section[aria-labelledby], [role="region"]';

/** The landmarks in the widgets' shadow roots that have a name (an unnamed section is none), by name. */
function landmarkNames(page: Element): string[] {
  return [...page.querySelectorAll(WIDGETS)].flatMap((widget) =>
    [...widget.shadowRoot!.querySelectorAll(LANDMARKS)]
      .filter((landmark) => !['group', 'presentation', 'none'].includes(landmark.getAttribute('role') ?? ''))
      .map((landmark) => {
        const ids = landmark.getAttribute('aria-labelledby');
        const named = ids ? widget.shadowRoot!.getElementById(ids) : null;
        return (named?.textContent ?? landmark.getAttribute('aria-label') ?? '').replace(/\s+/g, ' ').trim();
      }),
  );
}

describe('landmarks on a page of every widget', () => {
  let article: Article;
  before(async () => {
    article = await seedArticle();
  });
  beforeEach(() => localStorage.clear());
  after(() => setViewport({ width: 800, height: 600 }));

  for (const width of [375, 1280]) {
    it(`are one per widget, each named uniquely, and axe finds nothing, at ${width} px`, async () => {
      await setViewport({ width, height: 900 });
      const page = await fixture<HTMLElement>(html`<div>
        <glossa-explainer .article=${article}></glossa-explainer>
        <glossa-whos-who .article=${article}></glossa-whos-who>
        <glossa-timeline .article=${article}></glossa-timeline>
        <glossa-quiz layout="list" .article=${article}></glossa-quiz>
      </div>`);
      await waitUntil(
        () => [...page.querySelectorAll(WIDGETS)].every((widget) => widget.shadowRoot?.querySelector('h2')),
        'every widget shows its article',
      );
      const names = landmarkNames(page);
      expect(names.length, names.join(' | ')).to.be.at.most(4);
      expect(new Set(names).size, 'no two landmarks share a name').to.equal(names.length);
      await expect(page).to.be.accessible();
    });
  }
});
