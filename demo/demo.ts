import type { GlossaAnnotate } from '../src/annotate/annotate.js';
import type { GlossaArticle } from '../src/article/article.js';
import type { Article } from '../src/model/types.js';
import { hostArticleLicense, hostArticleMeta, hostArticleNodes } from './host-article.js';
import { wireSwitchers } from './switchers.js';

/**
 * The script of every demo page (index.html, science.html): each names its article in its
 * <glossa-article src>, and this prints that article's text as the host page would, around the widgets.
 */
function renderHostArticle(article: Article): void {
  document.querySelector('.demo-meta')!.textContent = hostArticleMeta(article);
  const license = document.querySelector<HTMLElement>('.demo-license')!;
  license.replaceChildren(...hostArticleLicense(article));
  license.hidden = !article.license;
  const body = document.querySelector<GlossaAnnotate>('glossa-annotate.demo-body')!;
  body.replaceChildren(...hostArticleNodes(article));
  // The body arrived after the article: mark the names in it now.
  body.annotate();
}

wireSwitchers(document.querySelector('.demo-switchers')!, document.body, () =>
  document.querySelectorAll<HTMLElement>('glossa-explainer, glossa-timeline, glossa-whos-who, glossa-quiz'),
);

const status = document.querySelector('#status')!;
const story = document.querySelector<GlossaArticle>('#story')!;

story.addEventListener('glossa-ready', (event) => {
  if (event.target !== story) return;
  const { article } = event.detail;
  renderHostArticle(article);
  const counts = `${article.paragraphs.length} paragraphs, ${article.entities.length} entities`;
  status.textContent = `Article “${article.id}” is valid: ${counts}, ${article.quiz?.questions.length ?? 0} quiz questions.`;
});

story.addEventListener('glossa-error', (event) => {
  if (event.target !== story) return;
  const { error } = event.detail;
  status.textContent =
    error.kind === 'invalid'
      ? `The article is invalid: ${error.issues.map((issue) => `${issue.path}: ${issue.message}`).join('; ')}`
      : `The article could not be loaded (${error.kind}).`;
});
