import { LitElement, html } from 'lit';
import type { FieldProblem, PathKey, StudioDocument } from '../document.js';

/**
 * The forms for every part of the article. Receives the document and its problems, and asks for every
 * change with a `studio-edit` event; it never changes the document itself.
 *
 * @fires studio-edit - A person changed a field, accepted, rejected, merged, split or moved an item.
 */
export class StudioArticleEditor extends LitElement {
  static override properties = {
    document: { attribute: false },
    problems: { attribute: false },
  };

  declare document: StudioDocument | undefined;
  declare problems: readonly FieldProblem[];

  constructor() {
    super();
    this.problems = [];
  }

  /**
   * Shows the field a path leads to (opening the item it belongs to) and moves focus there; the list of
   * problems calls this for a problem's link. Returns false when no field edits that path.
   */
  focusField(_path: readonly PathKey[]): boolean {
    return false;
  }

  override render() {
    return html`<p>${this.problems.length} problems</p>`;
  }
}

customElements.define('studio-article-editor', StudioArticleEditor);

declare global {
  interface HTMLElementTagNameMap {
    'studio-article-editor': StudioArticleEditor;
  }
}
