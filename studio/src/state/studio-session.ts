import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { parseArticle } from '../../../src/model/parse.js';
import type { Article } from '../../../src/model/types.js';
import type { FieldProblem, StudioDocument, StudioEditDetail } from '../document.js';
import { edit, redo, startHistory, undo, type DocumentHistory } from './document-history.js';
import type { DraftShelf } from './draft-shelf.js';
import { issuePath } from './issue-path.js';

/** How long typing may pause before the draft is saved; leaving the page saves at once. */
const SAVE_AFTER_MS = 400;

export type SaveState = { readonly kind: 'saved' | 'unsaved' } | { readonly kind: 'failed'; readonly reason: string };

/**
 * The open draft: its history for Undo and Redo, its problems, the last valid article for the preview,
 * and its saving to the device. The app renders what this holds and hands it every edit.
 */
export class StudioSession implements ReactiveController {
  history: DocumentHistory | undefined;
  draftId: string | undefined;
  problems: readonly FieldProblem[] = [];
  /** The article as it last was valid; the preview shows it while the forms hold a problem. */
  previewArticle: Article | undefined;
  save: SaveState = { kind: 'saved' };

  readonly #host: ReactiveControllerHost;
  readonly #shelf: () => DraftShelf;
  #timer: ReturnType<typeof setTimeout> | undefined;
  #saving: Promise<void> = Promise.resolve();
  readonly #saveOnLeave = () => void this.saveNow();
  readonly #saveWhenHidden = () => {
    if (document.visibilityState === 'hidden') void this.saveNow();
  };

  constructor(host: ReactiveControllerHost, shelf: () => DraftShelf) {
    this.#host = host;
    this.#shelf = shelf;
    host.addController(this);
  }

  hostConnected(): void {
    addEventListener('pagehide', this.#saveOnLeave);
    document.addEventListener('visibilitychange', this.#saveWhenHidden);
  }

  hostDisconnected(): void {
    removeEventListener('pagehide', this.#saveOnLeave);
    document.removeEventListener('visibilitychange', this.#saveWhenHidden);
    void this.saveNow();
  }

  get document(): StudioDocument | undefined {
    return this.history?.document;
  }

  /** Opens a document under `id` (a new draft is saved at once, so a reload finds it). */
  open(document: StudioDocument, id: string, isNew: boolean): void {
    this.history = startHistory(document);
    this.draftId = id;
    this.#checked();
    this.save = { kind: isNew ? 'unsaved' : 'saved' };
    if (isNew) void this.saveNow();
    this.#host.requestUpdate();
  }

  close(): void {
    void this.saveNow();
    this.history = undefined;
    this.draftId = undefined;
    this.problems = [];
    this.previewArticle = undefined;
    this.#host.requestUpdate();
  }

  edit(detail: StudioEditDetail): void {
    if (!this.history) return;
    this.#changed(edit(this.history, detail));
  }

  undo(): void {
    if (this.history) this.#changed(undo(this.history));
  }

  redo(): void {
    if (this.history) this.#changed(redo(this.history));
  }

  /** Saves the open draft now; resolves when done, whether or not it worked (the state says which). */
  saveNow(): Promise<void> {
    clearTimeout(this.#timer);
    this.#timer = undefined;
    const { history, draftId } = this;
    if (!history || !draftId || this.save.kind === 'saved') return this.#saving;
    const document = history.document;
    const title = typeof document.article['title'] === 'string' ? document.article['title'] : 'Untitled article';
    this.#saving = this.#saving
      .then(() => this.#shelf().save({ id: draftId, title, updated: Date.now(), document }))
      .then(
        () => {
          if (this.history?.document === document) this.save = { kind: 'saved' };
        },
        (error: unknown) => {
          this.save = { kind: 'failed', reason: error instanceof Error ? error.message : String(error) };
        },
      )
      .finally(() => this.#host.requestUpdate());
    return this.#saving;
  }

  #changed(history: DocumentHistory): void {
    if (history === this.history) return;
    this.history = history;
    this.#checked();
    // A failure stays said until a save works.
    if (this.save.kind !== 'failed') this.save = { kind: 'unsaved' };
    clearTimeout(this.#timer);
    this.#timer = setTimeout(() => void this.saveNow(), SAVE_AFTER_MS);
    this.#host.requestUpdate();
  }

  #checked(): void {
    const result = parseArticle(this.history!.document.article);
    if (result.ok) {
      this.problems = [];
      this.previewArticle = result.article;
    } else {
      this.problems = result.issues.map((issue) => ({ path: issuePath(issue.path), message: issue.message }));
    }
  }
}
