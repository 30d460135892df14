import { expect, fixture, html } from '@open-wc/testing';
import { waitUntil } from '../fixtures/wait.js';
import '../../src/explainer/define.js';
import '../../src/quiz/define.js';
import '../../src/timeline/define.js';
import '../../src/whos-who/define.js';
import type { Article } from '../../src/model/types.js';
import { GlossaQuiz } from '../../src/quiz/quiz.js';
import type { GlossaWidget } from '../../src/shared/glossa-widget.js';
import { seedArticle } from '../fixtures/seed-article.js';
import { parts } from '../quiz/quiz-helpers.js';
import { answerOnScreen, press } from '../quiz/seed-run.js';

declare global {
  interface Window {
    glossaEvidenceScriptRan?: boolean;
    glossaControlScriptRan?: boolean;
  }
}

let article: Article;
before(async () => {
  article = await seedArticle();
});

const QUESTION = 'nazarbayev-seen';

const WIDGETS: Record<string, (template: string) => ReturnType<typeof html>> = {
  'glossa-explainer': (template) =>
    html`<glossa-explainer evidence-href=${template} .article=${article}></glossa-explainer>`,
  'glossa-timeline': (template) =>
    html`<glossa-timeline evidence-href=${template} .article=${article}></glossa-timeline>`,
  'glossa-whos-who': (template) =>
    html`<glossa-whos-who evidence-href=${template} .article=${article}></glossa-whos-who>`,
  'glossa-quiz': (template) =>
    html`<glossa-quiz evidence-href=${template} questions=${QUESTION} .article=${article}></glossa-quiz>`,
};

/** The widget in the page with this `evidence-href`, showing evidence: the quiz once its question is checked. */
async function widget(tag: string, template: string): Promise<GlossaWidget> {
  const el = await fixture<GlossaWidget>(WIDGETS[tag]!(template));
  if (el instanceof GlossaQuiz) {
    await answerOnScreen(
      el,
      article.quiz!.questions.find((question) => question.id === QUESTION)!,
      true,
    );
    await press(el, 'check-button');
  }
  return el;
}

/** Every link in the element's shadow root and the shadow roots inside it. */
function links(root: Element): HTMLAnchorElement[] {
  const found: HTMLAnchorElement[] = [];
  const visit = (element: Element) => {
    if (element instanceof HTMLAnchorElement) found.push(element);
    for (const child of element.shadowRoot?.children ?? []) visit(child);
    for (const child of element.children) visit(child);
  };
  visit(root);
  return found;
}

/** Waits until a script link clicked after everything else has run, so any script queued before it has too. */
async function scriptLinksSettled(): Promise<void> {
  const control = document.createElement('a');
  control.href = 'javascript:window.glossaControlScriptRan=true';
  document.body.append(control);
  control.click();
  await waitUntil(() => window.glossaControlScriptRan, 'the control script link did not run');
  control.remove();
}

describe('evidence-href that is not an http(s) or relative URL', () => {
  beforeEach(() => localStorage.clear());
  afterEach(() => {
    delete window.glossaEvidenceScriptRan;
    delete window.glossaControlScriptRan;
  });

  for (const tag of Object.keys(WIDGETS)) {
    describe(`<${tag}>`, () => {
      it('writes no javascript: link, and shows evidence as buttons', async () => {
        const el = await widget(tag, 'javascript:alert(1)//{n}');
        const evidence = parts(el, 'evidence-link');
        expect(evidence, 'evidence is shown').not.to.be.empty;
        expect(evidence.map((item) => item.localName)).to.deep.equal(evidence.map(() => 'button'));
        const unsafe = links(el).filter((link) => !['http:', 'https:'].includes(link.protocol));
        expect(unsafe.map((link) => link.getAttribute('href'))).to.deep.equal([]);
      });

      it('runs no script when a reader follows the evidence', async () => {
        const el = await widget(tag, 'javascript:window.glossaEvidenceScriptRan=true//{n}');
        for (const item of parts(el, 'evidence-link')) item.click();
        await scriptLinksSettled();
        expect(window.glossaEvidenceScriptRan, 'the evidence-href script ran').to.be.undefined;
      });

      it('still links to the page’s anchors with a safe template', async () => {
        const el = await widget(tag, '#p{n}');
        const evidence = parts(el, 'evidence-link');
        expect(evidence).not.to.be.empty;
        for (const item of evidence) {
          // "#p{n}" numbers paragraphs, so evidence in a figure's caption stays a button (evidence-view.ts).
          if ((item.getAttribute('aria-label') ?? item.textContent).trim().startsWith('figure')) {
            expect(item.localName).to.equal('button');
            continue;
          }
          expect(item.localName).to.equal('a');
          expect(item.getAttribute('href')).to.match(/^#p[1-9]\d*$/);
        }
      });
    });
  }
});
