import { html, type PropertyValues, type TemplateResult } from 'lit';
import type { Article } from '../model/types.js';
import { ArticleElement } from '../shared/article-element.js';
import { annotateStyles } from './annotate.styles.js';
import { entityNames } from './entity-names.js';
import { NameMatcher, type Mention } from './name-matcher.js';
import { textSegments, type TextSegment } from './text-segments.js';
import { cached } from '../shared/cached.js';
import { property } from '../shared/reactive.js';

/** A text node of the page that was split around its terms, kept so it can be put back as it was. */
interface Replacement {
  readonly original: Text;
  readonly inserted: readonly Node[];
}

const matchers = new WeakMap<Article, NameMatcher>();

/** The names to find in the article's language (entity-names.ts), indexed once per article. */
function matcherFor(article: Article): NameMatcher {
  return cached(matchers, article, () => new NameMatcher(entityNames(article)));
}

const lastCharacter = (segment: TextSegment | undefined) => segment?.text.slice(-2) ?? '';
const firstCharacter = (segment: TextSegment | undefined) => segment?.text.slice(0, 2) ?? '';

/**
 * @summary Wraps an article body the page already has and turns mentions of the article's entities
 * (their names, aliases and `forms`, longest first, whole words only) into `<glossa-term>`s with
 * hovercards. A possessive marks the name before it ("Tokayev’s"); in an English article, terms and
 * objects are found in the regular plural too ("exoplanets").
 *
 * The body stays the page's: only text nodes are split, and `removeAnnotations()` puts the very same
 * text nodes back, so the page's markup, node identity and event listeners survive. Text inside links,
 * headings, buttons, labels, form controls, code, scripts, existing terms and editable regions is never
 * touched. A name split across elements (`Kassym-<b>Jomart</b> Tokayev`) is skipped, not broken.
 *
 * It annotates when its article becomes ready and again whenever the article or `mode` changes; it
 * watches nothing else. A page that changes the body afterwards calls `annotate()` again. Removing
 * the element from the page removes its annotations; putting it back annotates anew.
 *
 * @tag glossa-annotate
 *
 * @slot - The article body: ordinary HTML.
 */
export class GlossaAnnotate extends ArticleElement {
  static override styles = annotateStyles;

  /** `first` marks the first mention of each entity; `all` marks every mention. */
  @property()
  mode: 'first' | 'all' = 'first';

  #replacements: Replacement[] = [];
  readonly #terms = new WeakSet<EventTarget>();
  #annotated: { article: Article; mode: string } | undefined;

  constructor() {
    super();
    // Each term announces its article; the page hears it once, from this element.
    const stopTermEvents = (event: Event) => {
      if (this.#terms.has(event.target!)) event.stopPropagation();
    };
    this.addEventListener('glossa-ready', stopTermEvents);
    this.addEventListener('glossa-error', stopTermEvents);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.removeAnnotations();
  }

  protected override render(): TemplateResult {
    return html`<slot></slot>`;
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    const article = this.validArticle;
    if (!article) this.removeAnnotations();
    else if (this.#annotated?.article !== article || this.#annotated.mode !== this.mode) this.annotate();
  }

  /**
   * Marks the mentions in the body now, after taking away earlier marks; returns how many terms it
   * made. Needed only when the page changed the body after the article was ready.
   */
  annotate(): number {
    this.removeAnnotations();
    const article = this.validArticle;
    if (!article) return 0;
    this.#annotated = { article, mode: this.mode };
    const matcher = matcherFor(article);
    const marked = this.mode === 'all' ? undefined : new Set<string>();
    const segments = textSegments(this);
    const found: { node: Text; mentions: Mention[] }[] = [];
    segments.forEach((segment, index) => {
      if (!segment.node) return;
      const mentions = matcher
        .find(segment.text, lastCharacter(segments[index - 1]), firstCharacter(segments[index + 1]))
        .filter((mention) => {
          if (!marked) return true;
          if (marked.has(mention.entity)) return false;
          marked.add(mention.entity);
          return true;
        });
      if (mentions.length > 0) found.push({ node: segment.node, mentions });
    });
    let count = 0;
    for (const { node, mentions } of found) {
      this.#replace(node, mentions, article);
      count += mentions.length;
    }
    return count;
  }

  /** Puts the body back as it was: the original text nodes in place of the terms. */
  removeAnnotations(): void {
    for (const { original, inserted } of this.#replacements.reverse()) {
      const first = inserted[0];
      if (!first?.parentNode) continue;
      first.parentNode.insertBefore(original, first);
      for (const node of inserted) (node as ChildNode).remove();
    }
    this.#replacements = [];
    this.#annotated = undefined;
  }

  #replace(original: Text, mentions: readonly Mention[], article: Article): void {
    const text = original.data;
    const inserted: Node[] = [];
    let position = 0;
    for (const { start, end, entity } of mentions) {
      if (start > position) inserted.push(document.createTextNode(text.slice(position, start)));
      const term = document.createElement('glossa-term');
      term.ref = entity;
      term.textContent = text.slice(start, end);
      term.article = article;
      this.#terms.add(term);
      inserted.push(term);
      position = end;
    }
    if (position < text.length) inserted.push(document.createTextNode(text.slice(position)));
    original.replaceWith(...inserted);
    this.#replacements.push({ original, inserted });
  }
}
