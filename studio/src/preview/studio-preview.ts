import { LitElement, css, html } from 'lit';
import '../../../src/all.js';
import type { GlossaAnnotate } from '../../../src/annotate/annotate.js';
import '../../../src/lang/all.js';
import type { Article } from '../../../src/model/types.js';
import { property } from '../../../src/shared/reactive.js';
import { hostArticleNodes } from '../../../demo/host-article.js';

/**
 * The article as readers will meet it: the real widgets around its text, in the theme and language
 * chosen. It shows the last valid article it was given; the app says when that is behind the forms.
 */
export class StudioPreview extends LitElement {
  static override styles = css`
    :host {
      display: block;
    }
    .page {
      display: grid;
      gap: 1.5rem;
      padding: 1rem;
      border-radius: 0.5rem;
      background: var(--studio-preview-surface, Canvas);
      color: var(--studio-preview-text, CanvasText);
    }
    .page[theme='dark'] {
      --studio-preview-surface: #0d1117;
      --studio-preview-text: #e6edf3;
    }
    .page[theme='light'] {
      --studio-preview-surface: #ffffff;
      --studio-preview-text: #1f2328;
    }
    .body p {
      line-height: 1.55;
      margin: 0 0 0.8em;
    }
    .body figure {
      margin: 0 0 1em;
      font-size: 0.9em;
    }
  `;

  /** The article the widgets show. */
  @property({ attribute: false })
  article: Article | undefined;

  /** A theme of the widgets: `light`, `dark`, `contrast` or `auto`. */
  @property()
  theme = 'light';

  /** The widgets' language, one of the seven Glossa speaks. */
  @property({ attribute: 'widget-lang' })
  widgetLang = 'en';

  // The explainer compact, as the README's snippet has it: opened, it holds a timeline of its own beside
  // the standalone one, two regions of one name (issue 18 gives landmarks unique names).
  protected override render() {
    if (!this.article) return html`<p>Nothing to preview yet.</p>`;
    return html`
      <div class="page" theme=${this.theme}>
        <glossa-article .article=${this.article}>
          <glossa-explainer variant="compact" lang=${this.widgetLang}></glossa-explainer>
          <glossa-annotate class="body" lang=${this.article.lang}></glossa-annotate>
          <glossa-whos-who lang=${this.widgetLang}></glossa-whos-who>
          <glossa-timeline lang=${this.widgetLang}></glossa-timeline>
          <glossa-quiz lang=${this.widgetLang}></glossa-quiz>
        </glossa-article>
      </div>
    `;
  }

  protected override updated(changed: Map<PropertyKey, unknown>): void {
    if (!changed.has('article') || !this.article) return;
    // The body is the host page's text, not the widgets': it is put in afresh and annotated again.
    const body = this.renderRoot.querySelector<GlossaAnnotate>('glossa-annotate')!;
    body.removeAnnotations();
    body.replaceChildren(...hostArticleNodes(this.article));
    void body.updateComplete.then(() => body.annotate());
  }
}

customElements.define('studio-preview', StudioPreview);

declare global {
  interface HTMLElementTagNameMap {
    'studio-preview': StudioPreview;
  }
}
