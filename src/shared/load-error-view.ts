import { html, nothing, type TemplateResult } from 'lit';
import type { LocalizeController } from '../localize/localize-controller.js';
import { isRetryable, type ArticleLoadError } from './article-state.js';

/** Enough to fix the first problems without burying the page under a long list. */
const ISSUES_SHOWN = 5;

function describe(error: ArticleLoadError, localize: LocalizeController): string {
  switch (error.kind) {
    case 'invalid':
      return localize.term('errorInvalid', error.issues.length);
    case 'http':
      return localize.term('errorHttp', error.status);
    case 'network':
      return localize.term('errorNetwork');
    case 'timeout':
      return localize.term('errorTimeout');
    case 'aborted':
      return localize.term('errorAborted');
    case 'not-json':
      return localize.term('errorNotJson');
    case 'bad-url':
      return localize.term('errorBadUrl');
    case 'no-source':
      return localize.term('errorNoSource');
    case 'missing-provider':
      return localize.term('errorMissingProvider', error.id);
  }
}

function renderIssues(error: ArticleLoadError, localize: LocalizeController): TemplateResult | typeof nothing {
  const issues = 'issues' in error ? error.issues : undefined;
  if (!issues) return nothing;
  const hidden = issues.length - ISSUES_SHOWN;
  return html`<ul part="error-issues">
      ${issues.slice(0, ISSUES_SHOWN).map(
        (issue) =>
          html`<li part="error-issue">
            ${issue.path ? html`<code part="error-path" class="error-path">${issue.path}</code> ` : nothing}${issue.message}
          </li>`,
      )}
    </ul>
    ${hidden > 0 ? html`<p part="error-more">${localize.term('moreProblems', hidden)}</p>` : nothing}`;
}

/** The visible form of a load error: what is wrong, where, and a retry when trying again can help. */
export function renderLoadError(
  error: ArticleLoadError,
  localize: LocalizeController,
  retry: () => void,
): TemplateResult {
  const url = 'url' in error ? error.url : undefined;
  return html`<div part="error" class="error" role="status">
    <p part="error-title" class="error-title">${localize.term('errorTitle')}</p>
    <p part="error-message">${describe(error, localize)}</p>
    ${url ? html`<p part="error-url"><code>${url}</code></p>` : nothing} ${renderIssues(error, localize)}
    ${
      isRetryable(error)
        ? html`<button part="retry-button" class="retry-button" type="button" @click=${retry}>${localize.term('retry')}</button>`
        : nothing
    }
  </div>`;
}
