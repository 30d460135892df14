import { LitElement, html, nothing } from 'lit';
import { state } from '../../../src/shared/reactive.js';
import { studioAppStyles } from '../studio-app.styles.js';
import { embedSnippet, type SnippetForm, type SnippetWidget } from './embed-snippet.js';
import { measureFrameHeights } from './frame-heights.js';
import { parseArticle } from '../../../src/model/parse.js';
import { sealArticle } from '../../../src/seal/seal-quiz.js';
import { hasSealedQuiz } from '../import/sealed-article.js';

const fileName = (article: Record<string, unknown>, suffix = '') =>
  `${typeof article['id'] === 'string' && article['id'] !== '' ? article['id'] : 'article'}${suffix}.json`;

const jsonUrl = (value: unknown) =>
  URL.createObjectURL(new Blob([`${JSON.stringify(value, null, 2)}\n`], { type: 'application/json' }));

/** What each kind of snippet needs from the site, said under the choice. */
const FORM_NOTES: Record<SnippetForm, string> = {
  tags: 'The script and the widgets together, for a page or an HTML block that is not filtered.',
  data: 'Elements a sanitizer keeps (WordPress, DOMPurify); the script goes once in the site’s template.',
  link: 'Links every sanitizer keeps, to the published JSON; the script goes once in the site’s template.',
  frame: 'Frames of Glossa’s embed page; the site with the JSON must let other sites fetch it (CORS).',
};

/** The sealed article (see docs/sealing.md) and the addresses of its file and its key file. */
interface Sealed {
  readonly article: Record<string, unknown>;
  readonly articleUrl: string;
  readonly keyUrl: string;
}

/**
 * Publishing an article: its JSON to download, the snippet for a page (article inline or by address)
 * and the command that renders it on a server. Opened by the app with the article as it stands.
 */
export class PublishDialog extends LitElement {
  static override styles = studioAppStyles;

  @state() private article: Record<string, unknown> = {};
  @state() private problems = 0;
  @state() private src = '';
  @state() private form: SnippetForm = 'tags';
  @state() private copied = '';
  @state() private rendered = '';
  @state() private renderNote = '';
  @state() private sealed: Sealed | undefined;
  @state() private sealNote = '';
  @state() private frameHeights: Record<SnippetWidget, number> | undefined;
  #downloadUrl: string | undefined;

  show(article: Record<string, unknown>, problems: number): void {
    this.article = article;
    this.problems = problems;
    this.copied = '';
    this.rendered = '';
    this.renderNote = '';
    this.#unseal();
    this.frameHeights = undefined;
    if (this.form === 'frame') void this.#measureFrames();
    if (this.#downloadUrl) URL.revokeObjectURL(this.#downloadUrl);
    this.#downloadUrl = jsonUrl(article);
    this.requestUpdate();
    void this.updateComplete.then(() => this.renderRoot.querySelector('dialog')!.showModal());
  }

  readonly #closed = () => {
    this.copied = '';
  };

  readonly #srcInput = (event: Event) => {
    this.src = (event.target as HTMLInputElement).value;
  };

  readonly #formInput = (event: Event) => {
    this.form = (event.target as HTMLSelectElement).value as SnippetForm;
    if (this.form === 'frame' && !this.frameHeights) void this.#measureFrames();
  };

  /** Frames start at their widgets' heights, measured once per article shown. */
  async #measureFrames(): Promise<void> {
    const article = this.article;
    const heights = await measureFrameHeights(article);
    if (article === this.article) this.frameHeights = heights;
  }

  #unseal(): void {
    if (this.sealed) [this.sealed.articleUrl, this.sealed.keyUrl].forEach((url) => URL.revokeObjectURL(url));
    this.sealed = undefined;
    this.sealNote = '';
  }

  /** "Seal the answers": the sealed article replaces the open one in the snippet, and its key file is offered. */
  readonly #sealInput = async (event: Event) => {
    this.#unseal();
    if (!(event.target as HTMLInputElement).checked) return;
    const parsed = parseArticle(this.article);
    if (!parsed.ok || !parsed.article.quiz || parsed.article.quiz.seal) {
      this.sealNote = 'Only a valid article with an open quiz can be sealed.';
      return;
    }
    const { article, key } = await sealArticle(parsed.article);
    this.sealed = { article, articleUrl: jsonUrl(article), keyUrl: jsonUrl(key) };
    this.sealNote = 'Sealed: publish the sealed file, keep the key file for yourself.';
  };

  /** The quiz as `glossa render` writes it, from the server that `glossa studio` runs; none on a static host. */
  async #render(): Promise<void> {
    this.renderNote = 'Rendering…';
    try {
      const response = await fetch('./render?widget=quiz', { method: 'POST', body: JSON.stringify(this.article) });
      if (!response.ok)
        throw new Error(response.status === 404 ? 'not served by glossa studio' : await response.text());
      this.rendered = await response.text();
      this.renderNote = 'Rendered: copy it below.';
    } catch (error) {
      this.renderNote = `This page cannot render on its own (${(error as Error).message}): run the command below, or open the Studio with npx glossa studio.`;
    }
  }

  async #copy(id: string, what: string): Promise<void> {
    const area = this.renderRoot.querySelector<HTMLTextAreaElement>(`#${id}`)!;
    try {
      await navigator.clipboard.writeText(area.value);
      this.copied = `${what} copied.`;
    } catch {
      area.focus();
      area.select();
      this.copied = `${what} is selected: press Ctrl+C (⌘C on a Mac) to copy it.`;
    }
  }

  protected override render() {
    const name = fileName(this.article);
    const published = this.sealed?.article ?? this.article;
    const alreadySealed = hasSealedQuiz(this.article);
    const snippet = embedSnippet(published, {
      form: this.form,
      ...(this.src.trim() ? { src: this.src.trim() } : {}),
      ...(this.frameHeights ? { frameHeights: this.frameHeights } : {}),
    });
    return html`
      <dialog aria-labelledby="publish-heading" @close=${this.#closed}>
        <h2 id="publish-heading">Publish</h2>
        ${
          this.problems > 0
            ? html`<p class="error">
              The article has ${this.problems === 1 ? 'a problem' : `${this.problems} problems`}: the widgets will not
              show it until ${this.problems === 1 ? 'it is' : 'they are'} fixed.
            </p>`
            : nothing
        }
        <section>
          <h3>The article's JSON</h3>
          <a class="button primary" href=${this.#downloadUrl ?? nothing} download=${name}>Download ${name}</a>
          <label
            ><input
              type="checkbox"
              .checked=${this.sealed !== undefined}
              ?disabled=${alreadySealed}
              aria-describedby=${alreadySealed ? 'already-sealed' : nothing}
              @change=${this.#sealInput}
            />
            Seal the answers</label
          >
          ${
            alreadySealed
              ? html`<p id="already-sealed">The answers of this quiz are already sealed: it is published as it is.</p>`
              : nothing
          }
          <p role="status">${this.sealNote}</p>
          ${
            this.sealed
              ? html`<a class="button" href=${this.sealed.articleUrl} download=${fileName(this.article, '.sealed')}>Download ${fileName(this.article, '.sealed')}</a>
                <a class="button" href=${this.sealed.keyUrl} download=${fileName(this.article, '.key')}>Download the key file</a>`
              : nothing
          }
        </section>
        <section>
          <h3>Embed on a page</h3>
          <label for="src">Address of the published JSON (leave empty to put the article in the page)</label>
          <input
            id="src"
            type="url"
            .value=${this.src}
            @input=${this.#srcInput}
          />
          <label for="snippet-form">Where it goes</label>
          <select id="snippet-form" aria-describedby="snippet-form-note" @change=${this.#formInput}>
            <option value="tags" ?selected=${this.form === 'tags'}>A page that keeps the HTML as pasted</option>
            <option value="data" ?selected=${this.form === 'data'}>A CMS that filters HTML but keeps data- attributes</option>
            <option value="link" ?selected=${this.form === 'link'}>A CMS that keeps only links</option>
            <option value="frame" ?selected=${this.form === 'frame'}>A CMS that takes only frames</option>
          </select>
          <p id="snippet-form-note">${FORM_NOTES[this.form]}</p>
          <label for="snippet">Snippet</label>
          <textarea id="snippet" rows="8" readonly .value=${snippet}></textarea>
          <button @click=${() => void this.#copy('snippet', 'The snippet')}>Copy the snippet</button>
        </section>
        <section>
          <h3>Server-rendered HTML</h3>
          <p>Widgets that show before any JavaScript runs, rendered by Glossa's command line.</p>
          <button @click=${() => void this.#render()}>Render the quiz as HTML</button>
          <p role="status">${this.renderNote}</p>
          ${
            this.rendered
              ? html`<label for="rendered">Server-rendered quiz</label>
                <textarea id="rendered" rows="6" readonly .value=${this.rendered}></textarea>
                <button @click=${() => void this.#copy('rendered', 'The HTML')}>Copy the HTML</button>`
              : nothing
          }
          <label for="render">Command</label>
          <textarea id="render" rows="2" readonly .value=${`npx glossa render ${name} --widget quiz`}></textarea>
          <button @click=${() => void this.#copy('render', 'The command')}>Copy the command</button>
        </section>
        <p role="status">${this.copied}</p>
        <form method="dialog"><button>Close</button></form>
      </dialog>
    `;
  }
}

customElements.define('studio-publish-dialog', PublishDialog);

declare global {
  interface HTMLElementTagNameMap {
    'studio-publish-dialog': PublishDialog;
  }
}
