import { css, html, type TemplateResult } from 'lit';
import type { ArticleSource } from '../shared/article-state.js';
import { ArticleElement } from '../shared/article-element.js';

/**
 * @summary Loads and validates one article and shares it with the widgets inside it and with widgets
 * that name it with `for`. Shows its children in every state; the widgets show loading and errors.
 *
 * @tag glossa-article
 *
 * @slot - The widgets and any other content.
 */
export class GlossaArticle extends ArticleElement implements ArticleSource {
  static override styles = css`
    :host {
      display: contents;
    }
  `;

  readonly #listeners = new Set<() => void>();
  #notified = this.articleController.articleState;

  /** Where the article is: `loading`, `ready` with the article, or `error` with what went wrong. */
  get articleState() {
    return this.articleController.articleState;
  }

  subscribe(listener: () => void): () => void {
    this.#listeners.add(listener);
    return () => this.#listeners.delete(listener);
  }

  retry(): void {
    this.articleController.retry();
  }

  protected override updated(): void {
    if (this.#notified === this.articleState) return;
    this.#notified = this.articleState;
    for (const listener of this.#listeners) listener();
  }

  protected override render(): TemplateResult {
    return html`<slot></slot>`;
  }
}
