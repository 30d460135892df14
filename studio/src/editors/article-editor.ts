import { LitElement, html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from '../../../src/shared/reactive.js';
import type { DocumentChange, FieldProblem, PathKey, StudioDocument, StudioEditDetail } from '../document.js';
import { basicsView } from './basics-view.js';
import type { EditContext, EntityChoice, MoveFocus } from './edit-context.js';
import { editorStyles, editorTokens } from './editor.styles.js';
import { entitiesView } from './entities-view.js';
import { explainerView } from './explainer-view.js';
import { figuresView } from './figures-view.js';
import { importQuestions } from './imported-questions.js';
import { later } from './later.js';
import { moveChange } from './list-changes.js';
import { isObj, nearestKnown, objects, pathKey, textOf } from './paths.js';
import { paragraphsView } from './paragraphs-view.js';
import { QuestionImportController } from './question-import-controller.js';
import { quizView } from './quiz-view.js';
import { quotesView } from './quotes-view.js';
import { timelineView } from './timeline-view.js';

/**
 * `studio-edit` as this editor fires it: `merge`, when present, names the typing session of one field
 * (its path and a count), so that the app can make one undo step of the live `input` edits of a session.
 */
export interface EditorEditDetail extends StudioEditDetail {
  readonly merge?: string;
}

const ROOT = ['article'] as const;

const PARTS: readonly {
  readonly id: string;
  readonly heading: string;
  readonly view: (context: EditContext) => TemplateResult;
}[] = [
  { id: 'basics', heading: 'Article', view: basicsView },
  { id: 'paragraphs', heading: 'Paragraphs', view: paragraphsView },
  { id: 'figures', heading: 'Figures', view: figuresView },
  { id: 'entities', heading: 'Who’s who', view: entitiesView },
  { id: 'quotes', heading: 'Quotes', view: quotesView },
  { id: 'explainer', heading: 'Explainer', view: explainerView },
  { id: 'timeline', heading: 'Timeline', view: timelineView },
  { id: 'quiz', heading: 'Quiz', view: quizView },
];

const FOCUSABLE = 'input, select, textarea, button';

function startsWith(path: readonly PathKey[], start: readonly PathKey[]): boolean {
  return start.length <= path.length && start.every((key, index) => path[index] === key);
}

/**
 * The forms for every part of the article. Receives the document and its problems, and asks for every
 * change with a `studio-edit` event; it never changes the document itself.
 *
 * @fires studio-edit - A person changed a field, accepted, rejected, merged, split or moved an item.
 */
export class StudioArticleEditor extends LitElement {
  static override styles = [editorTokens, editorStyles];

  @property({ attribute: false })
  document: StudioDocument | undefined;

  @property({ attribute: false })
  problems: readonly FieldProblem[] = [];

  @state()
  private announcement = '';
  /** The disclosures whose insides are drawn (items, evidence pickers), by key. */
  @state()
  private opened: ReadonlySet<string> = new Set();

  /** Where fields and items show problems, as said while rendering; read when the template is committed. */
  readonly #places = new Set<string>();
  #placement: Map<string, FieldProblem[]> | undefined;
  /** The typing session of each field, counted up when a field's value is committed. */
  readonly #sessions = new Map<string, number>();
  /** The first id of each renamed item, by its list and its id now. */
  readonly #stableIds = new Map<string, string>();
  #drag: { readonly list: string; readonly from: number } | undefined;
  /** What gets the focus once the document comes back drawn: a field or item, and a control of it. */
  #focus: { readonly key: string; readonly action?: MoveFocus } | undefined;
  /** Appends to the quiz as it is once the file is read, which may be after further edits. */
  readonly #questionImport = new QuestionImportController(this, (questions, warnings, fileName) => {
    const quiz = this.document?.article.quiz;
    const imported = importQuestions(isObj(quiz) ? quiz : undefined, questions, warnings, fileName);
    this.#edit(imported.label, imported.changes);
    this.#focus = { key: pathKey(imported.first) };
    this.#announce([imported.summary, ...imported.notes].join(' '));
    return imported;
  });

  /**
   * Shows the field a path leads to (opening the item it belongs to) and moves focus there; the list of
   * problems calls this for a problem's link. Returns false when no field edits that path.
   */
  focusField(path: readonly PathKey[]): boolean {
    const element = this.#show(path);
    if (!element) return false;
    this.#focusElement(element);
    return true;
  }

  #setOpen(key: string, open: boolean): void {
    if (this.opened.has(key) === open) return;
    const next = new Set(this.opened);
    if (open) next.add(key);
    else next.delete(key);
    this.opened = next;
  }

  /**
   * The element nearest to `path` (its field, or the item it belongs to), the items on the way opened
   * and drawn at once; `undefined` when nothing under the article shows it.
   */
  #show(path: readonly PathKey[]): HTMLElement | undefined {
    for (;;) {
      const found = nearestKnown(path, (key) => this.#element(key) !== null);
      if (!found || found.length <= ROOT.length) return undefined;
      const element = this.#element(pathKey(found))!;
      const openKey = element.dataset.openKey;
      if (found.length === path.length || openKey === undefined || this.opened.has(openKey)) return element;
      this.#setOpen(openKey, true);
      this.performUpdate();
    }
  }

  #element(key: string): HTMLElement | null {
    return this.renderRoot.querySelector<HTMLElement>(`[data-path="${CSS.escape(key)}"]`);
  }

  #focusElement(element: HTMLElement, action?: MoveFocus): void {
    const details = element.matches('li.item') ? element.querySelector<HTMLDetailsElement>(':scope > details') : null;
    if (details) {
      const button =
        action && action !== 'summary'
          ? details.querySelector<HTMLButtonElement>(`:scope > .item-body > .actions > [data-action="${action}"]`)
          : null;
      (button && !button.disabled ? button : details.querySelector<HTMLElement>(':scope > summary'))?.focus();
    } else if (element.matches(FOCUSABLE) || element.tabIndex >= 0 || element.hasAttribute('tabindex')) {
      element.focus();
    } else {
      element.querySelector<HTMLElement>(FOCUSABLE)?.focus();
    }
  }

  #edit(label: string, changes: readonly DocumentChange[], merge?: string): void {
    if (changes.length === 0) return;
    const detail: EditorEditDetail = merge === undefined ? { label, changes } : { label, changes, merge };
    this.dispatchEvent(new CustomEvent<StudioEditDetail>('studio-edit', { detail, bubbles: true, composed: true }));
  }

  #announce(message: string): void {
    // The same words twice are still read out: a live region speaks only when its text changes.
    this.announcement = message === this.announcement ? `${message}\u00a0` : message;
  }

  #move(list: readonly PathKey[], items: readonly unknown[], from: number, to: number, focus: MoveFocus): void {
    this.#edit(`Move item ${from + 1} to position ${to + 1}`, [moveChange(list, items, from, to)]);
    this.#announce(`Moved to position ${to + 1} of ${items.length}`);
    this.#focus = { key: pathKey([...list, to]), action: focus };
  }

  #placed(key: string): readonly FieldProblem[] {
    if (!this.#placement) {
      const placement = new Map<string, FieldProblem[]>();
      for (const problem of this.problems) {
        const at = pathKey(nearestKnown(problem.path, (candidate) => this.#places.has(candidate)) ?? ROOT);
        placement.set(at, [...(placement.get(at) ?? []), problem]);
      }
      this.#placement = placement;
    }
    return this.#placement.get(key) ?? [];
  }

  #problemsHere(path: readonly PathKey[], id: string) {
    const key = pathKey(path);
    return later(() => {
      const problems = this.#placed(key);
      return problems.length === 0
        ? nothing
        : html`<div class="item-problems" id=${`${id}-problems`}>
            ${problems.map((problem) => html`<p class="problem">${problem.message}</p>`)}
          </div>`;
    });
  }

  #context(document: StudioDocument): EditContext {
    const entities: EntityChoice[] = objects(document.article.entities).map((entity) => ({
      id: textOf(entity.id),
      name: textOf(entity.name) || textOf(entity.id),
    }));
    return {
      article: document.article,
      pending: document.pending,
      entities,
      edit: (label, changes, merge) => this.#edit(label, changes, merge),
      session: (path) => {
        const key = pathKey(path);
        return `${key}#${this.#sessions.get(key) ?? 0}`;
      },
      endSession: (path) => {
        const key = pathKey(path);
        this.#sessions.set(key, (this.#sessions.get(key) ?? 0) + 1);
      },
      place: (path) => {
        const key = pathKey(path);
        this.#places.add(key);
        return key;
      },
      problemsUnder: (path) => this.problems.filter((problem) => startsWith(problem.path, path)),
      problemsHere: (path, id) => this.#problemsHere(path, id),
      move: (list, items, from, to, focus) => this.#move(list, items, from, to, focus),
      startDrag: (list, from) => (this.#drag = { list: pathKey(list), from }),
      endDrag: () => (this.#drag = undefined),
      acceptsDrop: (list) => this.#drag?.list === pathKey(list),
      drop: (list, items, to) => {
        const drag = this.#drag;
        this.#drag = undefined;
        if (drag && drag.from !== to) this.#move(list, items, drag.from, to, 'summary');
      },
      focusLater: (path) => (this.#focus = { key: pathKey(path) }),
      announce: (message) => this.#announce(message),
      stableId: (list, id) => this.#stableIds.get(`${pathKey(list)}|${id}`) ?? id,
      renamed: (list, from, to) => {
        const key = pathKey(list);
        this.#stableIds.set(`${key}|${to}`, this.#stableIds.get(`${key}|${from}`) ?? from);
      },
      isOpen: (key) => this.opened.has(key),
      setOpen: (key, open) => this.#setOpen(key, open),
      toggle: (key) => this.#setOpen(key, !this.opened.has(key)),
      questionImport: this.#questionImport.state,
      importQuestions: (file) => void this.#questionImport.import(file),
    };
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    if (!this.#focus) return;
    const element = this.#element(this.#focus.key);
    if (!element) return;
    const { action } = this.#focus;
    this.#focus = undefined;
    this.#focusElement(element, action);
  }

  // Render records where each field is placed; a fresh render starts from none.
  override willUpdate() {
    this.#places.clear();
    this.#placement = undefined;
  }

  override render() {
    const document = this.document;
    if (!document) return html`<p>No article is open.</p>`;
    const context = this.#context(document);
    context.place(ROOT);
    return html`
      ${this.#problemsHere(ROOT, 'article')}
      ${PARTS.map(
        // Groups, not regions: the preview beside the forms holds the widgets' own regions of these names.
        (part) => html`<div class="part" role="group" aria-labelledby=${`part-${part.id}`}>
          <h2 id=${`part-${part.id}`}>${part.heading}</h2>
          ${part.view(context)}
        </div>`,
      )}
      <div class="visually-hidden" role="status">${this.announcement}</div>
    `;
  }
}

customElements.define('studio-article-editor', StudioArticleEditor);

declare global {
  interface HTMLElementTagNameMap {
    'studio-article-editor': StudioArticleEditor;
  }
}
