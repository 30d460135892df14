import { LitElement, css, html, nothing } from 'lit';
import { evidenceFor, pickTargets, type PickTarget } from './evidence-targets.js';
import type { Obj } from './paths.js';
import { quoteFromSelection } from './selection-quote.js';
import { property, state } from '../../../src/shared/reactive.js';
import { editorControls, editorTokens } from './editor.styles.js';

/** `evidence-pick`: the person chose a piece of evidence. */
export interface EvidencePickDetail {
  readonly evidence: Obj;
}

/**
 * Picks one piece of evidence: a paragraph, a figure or a quote of the article, and words of a
 * paragraph or a caption selected in its text, with the mouse or with Shift and the arrow keys. The
 * text is a text area whose edits are refused, so the selection's offsets are offsets into the very
 * text of the model and the quote is captured exactly as it is spelled there. It is not `readonly`:
 * Chromium gives a read-only text area no caret, so the arrow keys could not select in it.
 *
 * @fires evidence-pick - With the evidence the person chose.
 */
export class StudioEvidencePicker extends LitElement {
  static override styles = [
    editorTokens,
    editorControls,
    css`
      :host {
        display: block;
      }
      .field {
        display: grid;
        gap: 0.25rem;
        margin-block: 0.5rem;
      }
      select,
      textarea {
        font: inherit;
        color: inherit;
        background: var(--studio-editor-field);
        border: 1px solid var(--studio-editor-border);
        border-radius: 4px;
        padding: 0.25rem 0.375rem;
        min-height: 24px;
      }
      textarea {
        min-height: 6rem;
        resize: vertical;
      }
      .buttons {
        display: flex;
        flex-wrap: wrap;
        gap: 0.5rem;
      }
      .message {
        margin: 0.25rem 0 0;
        color: var(--studio-editor-muted);
      }
    `,
  ];

  @property({ attribute: false })
  article: Obj | undefined;

  /** The target picked in the list, by its option value. */
  @state()
  private chosen = '';
  @state()
  private message = '';

  #targets(): PickTarget[] {
    return this.article ? pickTargets(this.article) : [];
  }

  #target(): PickTarget | undefined {
    const targets = this.#targets();
    return targets.find((target) => target.value === this.chosen) ?? targets[0];
  }

  #choose = (event: Event): void => {
    this.chosen = (event.target as HTMLSelectElement).value;
  };

  #pick(evidence: Obj, said: string): void {
    this.message = said;
    this.dispatchEvent(new CustomEvent<EvidencePickDetail>('evidence-pick', { detail: { evidence }, bubbles: true }));
  }

  /** Puts the text back after an edit that could not be cancelled (an input method's composition). */
  #restore(area: HTMLTextAreaElement, text: string): void {
    const { selectionStart, selectionEnd } = area;
    area.value = text;
    area.setSelectionRange(Math.min(selectionStart, text.length), Math.min(selectionEnd, text.length));
  }

  #useSelection(target: PickTarget): void {
    const area = this.renderRoot.querySelector('textarea');
    const quote = area && quoteFromSelection(target.text, area.selectionStart, area.selectionEnd);
    if (!quote) {
      this.message = 'Select the words first: with the mouse, or with Shift and the arrow keys.';
      return;
    }
    this.#pick(evidenceFor(target, quote), `Added: “${quote}”`);
  }

  override render() {
    const targets = this.#targets();
    const target = this.#target();
    if (!target) return html`<p class="message">The article has no paragraphs to point at yet.</p>`;
    const whole =
      target.kind === 'paragraph'
        ? 'Use the whole paragraph'
        : target.kind === 'figure'
          ? 'Use the whole figure'
          : 'Use this quote';
    return html`
      <div class="field">
        <label for="target">Point at</label>
        <select id="target" @change=${this.#choose}>
          ${targets.map((option) => html`<option value=${option.value} ?selected=${option === target}>${option.label}</option>`)}
        </select>
      </div>
      ${
        target.kind === 'said'
          ? nothing
          : html`<div class="field">
            <label for="words">Its words: select the ones that support the claim</label>
            <textarea
              id="words"
              aria-readonly="true"
              .value=${target.text}
              @beforeinput=${(event: InputEvent) => event.preventDefault()}
              @input=${(event: Event) => this.#restore(event.target as HTMLTextAreaElement, target.text)}
            ></textarea>
          </div>`
      }
      <div class="buttons">
        ${
          target.kind === 'said'
            ? nothing
            : html`<button type="button" class="use-selection" @click=${() => this.#useSelection(target)}>
              Use selection as quote
            </button>`
        }
        <button type="button" class="use-whole" @click=${() => this.#pick(evidenceFor(target), `Added: ${target.label}`)}>
          ${whole}
        </button>
      </div>
      <p class="message" role="status">${this.message}</p>
    `;
  }
}

customElements.define('studio-evidence-picker', StudioEvidencePicker);

declare global {
  interface HTMLElementTagNameMap {
    'studio-evidence-picker': StudioEvidencePicker;
  }
  interface HTMLElementEventMap {
    'evidence-pick': CustomEvent<EvidencePickDetail>;
  }
}
