import { LitElement, html, nothing } from 'lit';
import { draftContents } from '../../src/draft/draft-contents.js';
import { DRAFT_STAGES } from '../../src/draft/types.js';
import { THEME_NAMES } from '../../src/styles/palettes.js';
import { state } from '../../src/shared/reactive.js';
import type { StudioDocument, StudioEditDetail } from './document.js';
import { DraftingController } from './drafting/drafting-controller.js';
import { progressText, stagesBegun } from './drafting/progress-text.js';
import './editors/article-editor.js';
import type { StudioArticleEditor } from './editors/article-editor.js';
import {
  BringInError,
  SealedArticleError,
  fromClipboard,
  fromFile,
  fromTypedText,
  type BroughtIn,
} from './import/brought-in.js';
import { hasSealedQuiz, unsealWithKey } from './import/sealed-article.js';
import './preview/studio-preview.js';
import './publish/publish-dialog.js';
import type { PublishDialog } from './publish/publish-dialog.js';
import { redoLabel, undoLabel } from './state/document-history.js';
import { indexedDbShelf, type DraftShelf, type SavedDraft } from './state/draft-shelf.js';
import { StudioSession, type SaveState } from './state/studio-session.js';
import { studioAppStyles } from './studio-app.styles.js';
import { filePicker } from './import/file-picker.js';

/** What "Open a file…" offers: an article's text, a saved article, or a question bank. */
const OPENED_FILE_TYPES =
  '.txt,.md,.markdown,.html,.htm,.docx,.json,.gift,.csv,.xml,text/plain,text/html,application/json,text/csv,application/xml,text/xml';

const WIDGET_LANGUAGES = [
  ['en', 'English'],
  ['de', 'Deutsch'],
  ['es', 'Español'],
  ['fr', 'Français'],
  ['ru', 'Русский'],
  ['kk', 'Қазақша'],
  ['ar', 'العربية'],
] as const;

const NOTHING_PENDING = { entities: [], keyFacts: [], timeline: [], questions: [], summary: false } as const;
const OPEN_DRAFT_KEY = 'glossa-studio:open-draft';

const newDraftId = () => `draft-${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 8)}`;

/**
 * Glossa Studio: from an article's text to a published widget. Brings the text in, drafts the model on
 * the device, lets a person review it in forms beside the live widgets, keeps every draft in this
 * browser, and publishes the JSON, the embed snippet or the server-rendered HTML.
 */
export class StudioApp extends LitElement {
  static override styles = studioAppStyles;

  /** Where drafts are kept; tests give a stand-in. */
  shelf: DraftShelf = indexedDbShelf();

  readonly #session = new StudioSession(this, () => this.shelf);
  readonly #drafting = new DraftingController(this);

  @state() private error = '';
  @state() private announcement = '';
  @state() private drafts: Omit<SavedDraft, 'document'>[] = [];
  @state() private tab: 'forms' | 'json' = 'forms';
  @state() private jsonError = '';
  @state() private theme = 'light';
  @state() private widgetLang = 'en';
  @state() private dropping = false;
  @state() private notes: readonly string[] = [];
  /** A sealed article brought in, which opens to edit with its key file. */
  @state() private sealedFile: SealedArticleError | undefined;

  override connectedCallback(): void {
    super.connectedCallback();
    addEventListener('keydown', this.#shortcut);
    void this.#restore();
  }

  override disconnectedCallback(): void {
    removeEventListener('keydown', this.#shortcut);
    super.disconnectedCallback();
  }

  /** Resolves once the open draft is saved (or its saving has failed, which the page then says). */
  saved(): Promise<void> {
    return this.#session.saveNow();
  }

  /** After a reload, the draft this tab had open, unless the person has opened another meanwhile. */
  async #restore(): Promise<void> {
    const open = sessionStorageValue(OPEN_DRAFT_KEY);
    await this.#refreshDrafts();
    if (open && !this.#session.history) await this.#openSaved(open);
  }

  async #refreshDrafts(): Promise<void> {
    try {
      this.drafts = await this.shelf.list();
    } catch (error) {
      this.drafts = [];
      this.error = `Your drafts could not be read on this device: ${(error as Error).message}.`;
    }
  }

  async #openSaved(id: string): Promise<void> {
    // The person chose a draft to open: the one being drafted would otherwise open over it.
    this.#drafting.cancel();
    try {
      const draft = await this.shelf.load(id);
      if (!draft || this.#session.draftId === id) return;
      this.#open(draft.document, draft.id, false);
      this.#say(`Opened “${draft.title}”.`);
    } catch (error) {
      this.error = `That draft could not be opened: ${(error as Error).message}.`;
    }
  }

  #open(document: StudioDocument, id: string, isNew: boolean): void {
    this.error = '';
    this.#session.open(document, id, isNew);
    setSessionStorageValue(OPEN_DRAFT_KEY, id);
    this.#focusLater('#edit-heading');
  }

  /** The control a person used (a paste field, a draft's button) goes with the view: focus goes on, not to the page. */
  #focusLater(selector: string): void {
    void this.updateComplete.then(() => this.renderRoot.querySelector<HTMLElement>(selector)?.focus());
  }

  async #bringIn(read: () => BroughtIn | Promise<BroughtIn>): Promise<void> {
    this.error = '';
    this.sealedFile = undefined;
    try {
      const brought = await read();
      if (brought.kind === 'article') {
        this.notes = brought.notes ?? [];
        this.#open({ article: brought.article, pending: NOTHING_PENDING }, newDraftId(), true);
        this.#say(`Opened ${brought.name} to edit.`);
        return;
      }
      this.#say(`Drafting from ${brought.name}…`);
      const draft = await this.#drafting.draft(brought.source, brought.name);
      if (!draft) return;
      this.notes = draft.notes;
      this.#open({ article: draft.article, pending: draft.pending }, newDraftId(), true);
      this.#say(`${draftContents(draft.article)}: review each item marked Draft.`);
    } catch (error) {
      if (error instanceof SealedArticleError) this.sealedFile = error;
      this.error =
        error instanceof BringInError || (error instanceof Error && error.name === 'DraftInputError')
          ? error.message
          : `The article could not be drafted: ${(error as Error).message}`;
    }
  }

  /** The sealed article brought in, opened to edit as it was before sealing, when `keyFile` is its key. */
  async #openWithKey(keyFile: File): Promise<void> {
    const sealed = this.sealedFile;
    if (!sealed) return;
    this.error = '';
    try {
      const unsealed = await unsealWithKey(sealed.article, await keyFile.text(), keyFile.name);
      if (!unsealed.ok) {
        this.error = unsealed.message;
        return;
      }
      this.sealedFile = undefined;
      this.notes = [];
      this.#open({ article: unsealed.article, pending: NOTHING_PENDING }, newDraftId(), true);
      this.#say(`Opened ${sealed.fileName} with its key file, to edit.`);
    } catch (error) {
      this.error = `${keyFile.name} could not be read: ${(error as Error).message}.`;
    }
  }

  /** Back to the start view as it was: the text the person brought stays where it is. */
  #cancelDraft(): void {
    this.#drafting.cancel();
    this.#say('Drafting cancelled: nothing was drafted.');
    this.renderRoot.querySelector<HTMLTextAreaElement>('#paste')?.focus();
  }

  #say(text: string): void {
    // Said again even when the same, so a screen reader repeats it.
    this.announcement = '';
    void this.updateComplete.then(() => (this.announcement = text));
  }

  readonly #shortcut = (event: KeyboardEvent) => {
    if (!this.#session.history || !(event.ctrlKey || event.metaKey)) return;
    const key = event.key.toLowerCase();
    const wantsUndo = key === 'z' && !event.shiftKey;
    const wantsRedo = key === 'y' || (key === 'z' && event.shiftKey);
    if (!wantsUndo && !wantsRedo) return;
    // In a text field the browser's own undo takes back the typing; the Studio's steps are for the rest.
    if (isTextField(event.composedPath()[0])) return;
    event.preventDefault();
    if (wantsUndo) this.#undo();
    else this.#redo();
  };

  #undo(): void {
    const label = undoLabel(this.#session.history!);
    if (!label) return;
    this.#session.undo();
    this.#say(`Undone: ${label}.`);
  }

  #redo(): void {
    const label = redoLabel(this.#session.history!);
    if (!label) return;
    this.#session.redo();
    this.#say(`Redone: ${label}.`);
  }

  #edit = (event: CustomEvent<StudioEditDetail>) => this.#session.edit(event.detail);

  #close(): void {
    this.#session.close();
    setSessionStorageValue(OPEN_DRAFT_KEY, undefined);
    this.#focusLater('#bring-in');
    void this.#refreshDrafts();
  }

  async #delete(draft: Omit<SavedDraft, 'document'>): Promise<void> {
    if (!confirm(`Delete the draft “${draft.title}”? This cannot be undone.`)) return;
    try {
      await this.shelf.remove(draft.id);
      this.#say(`Deleted “${draft.title}”.`);
      this.#focusLater('#drafts');
    } catch (error) {
      this.error = `The draft could not be deleted: ${(error as Error).message}.`;
    }
    await this.#refreshDrafts();
  }

  #applyJson(text: string): void {
    let value: unknown;
    try {
      value = JSON.parse(text);
    } catch (error) {
      this.jsonError = `Not applied: the JSON is not valid (${(error as Error).message}).`;
      return;
    }
    if (typeof value !== 'object' || value === null || Array.isArray(value)) {
      this.jsonError = 'Not applied: an article is a JSON object.';
      return;
    }
    if (hasSealedQuiz(value as Record<string, unknown>)) {
      this.jsonError = 'Not applied: the answers of this quiz are sealed; paste the unsealed article to edit them.';
      return;
    }
    this.jsonError = '';
    this.#session.edit({ label: 'Edit the JSON', changes: [{ path: ['article'], value }] });
    this.#say('The JSON is applied.');
  }

  #focusProblem(path: readonly (string | number)[]): void {
    this.tab = 'forms';
    void this.updateComplete.then(() => {
      const editor = this.renderRoot.querySelector<StudioArticleEditor>('studio-article-editor');
      if (!editor?.focusField(path)) this.#say('That problem has no field of its own: see the JSON view.');
    });
  }

  protected override render() {
    const history = this.#session.history;
    return html`
      <header>
        <h1>Glossa Studio</h1>
        ${history ? this.#editingTools() : nothing}
        <label>
          Studio colours
          <select
            @change=${(event: Event) => this.setAttribute('scheme', (event.target as HTMLSelectElement).value)}
          >
            <option value="auto">As the device</option>
            <option value="light">Light</option>
            <option value="dark">Dark</option>
          </select>
        </label>
      </header>
      <p class="sr-only" role="status" aria-live="polite">${this.announcement}</p>
      <main @dragover=${refuseFileDrop} @drop=${refuseFileDrop}>${history ? this.#workspace() : this.#start()}</main>
      <studio-publish-dialog></studio-publish-dialog>
    `;
  }

  #editingTools() {
    const history = this.#session.history!;
    const undo = undoLabel(history);
    const redo = redoLabel(history);
    const save = this.#session.save;
    // aria-disabled rather than disabled: a disabled button loses the focus, as undoing the last step would make it.
    return html`
      <div class="row" role="group" aria-label="Editing">
        <button aria-disabled=${undo ? 'false' : 'true'} @click=${() => this.#undo()}>${undo ? `Undo: ${undo}` : 'Undo'}</button>
        <button aria-disabled=${redo ? 'false' : 'true'} @click=${() => this.#redo()}>${redo ? `Redo: ${redo}` : 'Redo'}</button>
        <span class=${save.kind === 'failed' ? 'error' : 'muted'} role=${save.kind === 'failed' ? 'alert' : nothing}>
          ${saveText(save)}
        </span>
        <button
          class="primary"
          @click=${() =>
            this.renderRoot
              .querySelector<PublishDialog>('studio-publish-dialog')!
              .show(history.document.article, this.#session.problems.length)}
        >
          Publish
        </button>
        <button @click=${() => this.#close()}>Close draft</button>
      </div>
    `;
  }

  #start() {
    return html`
      <div class="start">
        <section
          class="drop ${this.dropping ? 'over' : ''}"
          aria-labelledby="bring-in"
          @dragover=${(event: DragEvent) => {
            event.preventDefault();
            this.dropping = true;
          }}
          @dragleave=${() => (this.dropping = false)}
          @drop=${(event: DragEvent) => {
            event.preventDefault();
            this.dropping = false;
            const file = event.dataTransfer?.files[0];
            if (file) void this.#bringIn(() => fromFile(file));
          }}
        >
          <h2 id="bring-in" tabindex="-1">Bring an article in</h2>
          <p class="muted">
            Paste the article's text or copy it from your CMS or a web page, or open a .txt, .md, .html or .docx
            file (drop it here), or an article .json to edit. Glossa drafts the explainer, who's who, timeline and
            quiz on this device: nothing is sent anywhere.
          </p>
          <label for="paste">Article text</label>
          <textarea
            id="paste"
            rows="10"
            @paste=${(event: ClipboardEvent) => {
              if (!event.clipboardData) return;
              event.preventDefault();
              const data = event.clipboardData;
              void this.#bringIn(() => fromClipboard(data));
            }}
          ></textarea>
          <div class="row">
            <button
              class="primary"
              @click=${() => {
                const text = this.renderRoot.querySelector<HTMLTextAreaElement>('#paste')!.value;
                void this.#bringIn(() => fromTypedText(text));
              }}
            >
              Draft from this text
            </button>
            ${filePicker('Open a file…', OPENED_FILE_TYPES, (file) => void this.#bringIn(() => fromFile(file)))}
          </div>
          ${this.#progress()}
          ${this.error ? html`<p class="error" role="alert">${this.error}</p>` : nothing}
          ${this.sealedFile ? this.#keyFilePicker() : nothing}
        </section>
        <section aria-labelledby="drafts">
          <h2 id="drafts" tabindex="-1">Your drafts</h2>
          ${
            this.drafts.length === 0
              ? html`<p class="muted">None yet: drafts are kept in this browser as you work.</p>`
              : html`<ul class="drafts">
                ${this.drafts.map(
                  (draft) => html`<li>
                    <button @click=${() => void this.#openSaved(draft.id)}>Open “${draft.title}”</button>
                    <span class="muted">changed ${new Date(draft.updated).toLocaleString()}</span>
                    <button aria-label="Delete “${draft.title}”" @click=${() => void this.#delete(draft)}>
                      Delete
                    </button>
                  </li>`,
                )}
              </ul>`
          }
        </section>
      </div>
    `;
  }

  #keyFilePicker() {
    return html`<div class="row">
      ${filePicker('Open with its key file…', '.json,application/json', (file) => void this.#openWithKey(file))}
    </div>`;
  }

  #progress() {
    const drafting = this.#drafting.drafting;
    if (!drafting) return nothing;
    return html`
      <div class="row">
        <label for="draft-progress">${progressText(drafting.name, drafting.progress)}</label>
        <progress id="draft-progress" max=${DRAFT_STAGES.length} value=${stagesBegun(drafting.progress)}></progress>
        <button @click=${() => this.#cancelDraft()}>Cancel</button>
      </div>
    `;
  }

  #workspace() {
    const session = this.#session;
    const document = session.document!;
    const problems = session.problems;
    return html`
      ${
        this.notes.length > 0
          ? html`<details class="panel">
            <summary>Notes from the draft (${this.notes.length})</summary>
            <ul>
              ${this.notes.map((note) => html`<li>${note}</li>`)}
            </ul>
          </details>`
          : nothing
      }
      <div class="workspace">
        <section class="panel" aria-labelledby="edit-heading">
          <h2 id="edit-heading" tabindex="-1">Edit</h2>
          <div role="tablist" aria-label="Edit as">
            ${(['forms', 'json'] as const).map(
              (tab) => html`<button
                role="tab"
                id="tab-${tab}"
                aria-controls="panel-${tab}"
                aria-selected=${this.tab === tab ? 'true' : 'false'}
                tabindex=${this.tab === tab ? 0 : -1}
                @click=${() => (this.tab = tab)}
                @keydown=${(event: KeyboardEvent) => this.#tabKey(event)}
              >
                ${tab === 'forms' ? 'Forms' : 'JSON'}
              </button>`,
            )}
          </div>
          <div role="tabpanel" id="panel-forms" aria-labelledby="tab-forms" ?hidden=${this.tab !== 'forms'}>
            <studio-article-editor
              .document=${document}
              .problems=${problems}
              @studio-edit=${this.#edit}
            ></studio-article-editor>
          </div>
          <div role="tabpanel" id="panel-json" aria-labelledby="tab-json" ?hidden=${this.tab !== 'json'}>
            ${this.tab === 'json' ? this.#jsonView(document) : nothing}
          </div>
        </section>
        <div>
          <section class="panel problems" aria-labelledby="problems-heading">
            <h2 id="problems-heading">
              ${problems.length === 0 ? 'No problems' : `Problems (${problems.length})`}
            </h2>
            ${
              problems.length === 0
                ? html`<p class="muted">The article is valid: every widget can show it.</p>`
                : html`<ul>
                  ${problems.map(
                    (problem) => html`<li>
                      <button class="link" @click=${() => this.#focusProblem(problem.path)}>
                        ${problem.path.slice(1).join(' › ') || 'The article'}: ${problem.message}
                      </button>
                    </li>`,
                  )}
                </ul>`
            }
          </section>
          <section class="panel" aria-labelledby="preview-heading">
            <h2 id="preview-heading">Preview</h2>
            <div class="row">
              <label>
                Theme
                <select @change=${(event: Event) => (this.theme = (event.target as HTMLSelectElement).value)}>
                  ${THEME_NAMES.map(
                    (name) => html`<option value=${name} ?selected=${name === this.theme}>${name}</option>`,
                  )}
                </select>
              </label>
              <label>
                Widget language
                <select @change=${(event: Event) => (this.widgetLang = (event.target as HTMLSelectElement).value)}>
                  ${WIDGET_LANGUAGES.map(
                    ([code, name]) =>
                      html`<option value=${code} ?selected=${code === this.widgetLang}>${name}</option>`,
                  )}
                </select>
              </label>
            </div>
            ${
              problems.length > 0 && session.previewArticle
                ? html`<p class="muted" role="status">
                  The preview shows the article as it last was valid: fix the problems to see your latest changes.
                </p>`
                : nothing
            }
            <studio-preview
              .article=${session.previewArticle}
              theme=${this.theme}
              widget-lang=${this.widgetLang}
            ></studio-preview>
          </section>
        </div>
      </div>
    `;
  }

  #tabKey(event: KeyboardEvent): void {
    if (event.key !== 'ArrowLeft' && event.key !== 'ArrowRight' && event.key !== 'Home' && event.key !== 'End') return;
    event.preventDefault();
    this.tab = this.tab === 'forms' ? 'json' : 'forms';
    void this.updateComplete.then(() => this.renderRoot.querySelector<HTMLElement>(`#tab-${this.tab}`)!.focus());
  }

  #jsonView(document: StudioDocument) {
    return html`
      <label for="json">The article's JSON</label>
      <textarea id="json" rows="24" spellcheck="false" .value=${JSON.stringify(document.article, null, 2)}></textarea>
      <div class="row">
        <button
          @click=${() => this.#applyJson(this.renderRoot.querySelector<HTMLTextAreaElement>('#json')!.value)}
        >
          Apply the JSON
        </button>
      </div>
      ${this.jsonError ? html`<p class="error" role="alert">${this.jsonError}</p>` : nothing}
    `;
  }
}

/**
 * A file dragged where nothing takes it (the start view's drop area and the quiz do): refused, where the
 * browser would otherwise leave the Studio to show the file.
 */
function refuseFileDrop(event: DragEvent): void {
  if (event.defaultPrevented || !event.dataTransfer?.types.includes('Files')) return;
  event.preventDefault();
  event.dataTransfer.dropEffect = 'none';
}

function saveText(save: SaveState): string {
  if (save.kind === 'failed')
    return `Your draft could not be saved on this device: ${save.reason}. Download the JSON to keep it.`;
  return save.kind === 'saved' ? 'Saved on this device' : 'Saving…';
}

function isTextField(target: EventTarget | undefined): boolean {
  if (target instanceof HTMLTextAreaElement) return true;
  if (target instanceof HTMLInputElement)
    return !['button', 'checkbox', 'radio', 'file', 'submit'].includes(target.type);
  return target instanceof HTMLElement && target.isContentEditable;
}

function sessionStorageValue(key: string): string | undefined {
  try {
    return sessionStorage.getItem(key) ?? undefined;
  } catch {
    return undefined;
  }
}

function setSessionStorageValue(key: string, value: string | undefined): void {
  try {
    if (value === undefined) sessionStorage.removeItem(key);
    else sessionStorage.setItem(key, value);
  } catch {
    // Without session storage a reload shows the list of drafts, where this one is kept.
  }
}

customElements.define('studio-app', StudioApp);

declare global {
  interface HTMLElementTagNameMap {
    'studio-app': StudioApp;
  }
}
