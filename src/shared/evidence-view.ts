import { html, nothing } from 'lit';
import type { LocalizeController } from '../localize/localize-controller.js';
import type { Article, Evidence } from '../model/types.js';
import { emit } from './emit.js';
import { evidenceHref } from './evidence-href.js';
import { cached } from './cached.js';

/** What an element needs to turn evidence into links. */
export interface EvidenceContext {
  readonly host: HTMLElement;
  readonly article: Article;
  readonly localize: LocalizeController;
  /** The host page's anchor for a paragraph: `{n}` is its number, `{id}` its id, e.g. `#p{n}`. */
  readonly hrefTemplate: string | undefined;
}

const positions = new WeakMap<Article, Map<string, number>>();

function paragraphNumber(article: Article, id: string): number {
  const byId = cached(
    positions,
    article,
    () => new Map(article.paragraphs.map((paragraph, index) => [paragraph.id, index + 1])),
  );
  return byId.get(id) ?? 0;
}

function follow(event: Event, context: EvidenceContext, evidence: Evidence, number: number): void {
  const text = context.article.paragraphs[number - 1]?.text ?? '';
  const detail = {
    paragraph: evidence.paragraph,
    paragraphNumber: number,
    text,
    ...(evidence.quote && { quote: evidence.quote }),
  };
  if (!emit(context.host, 'glossa-evidence', detail, { cancelable: true })) event.preventDefault();
}

/** How a list of evidence reads; the default is "In the article: paragraph 2, paragraph 7". */
export interface EvidenceWording {
  /** Before the links, e.g. "Mentioned in paragraphs". */
  readonly intro?: string;
  /** Shows each link as its bare number ("2, 7"); the full "paragraph 2" stays its accessible name. */
  readonly numbersOnly?: boolean;
}

/**
 * "In the article: paragraph 2, paragraph 7": links to the host page's anchors when there is a
 * template and its link is safe, buttons otherwise; either way a `glossa-evidence` event tells the page.
 */
export function renderEvidence(
  evidence: readonly Evidence[] | undefined,
  context: EvidenceContext,
  wording: EvidenceWording = {},
) {
  if (!evidence?.length) return nothing;
  const { localize, hrefTemplate } = context;
  const links = evidence.map((item) => {
    const number = paragraphNumber(context.article, item.paragraph);
    const shown = localize.number(number);
    const label = localize.term('evidenceParagraph', shown);
    const text = wording.numbersOnly ? shown : label;
    const name = wording.numbersOnly ? label : nothing;
    const onClick = (event: Event) => follow(event, context, item, number);
    const href = hrefTemplate && evidenceHref(hrefTemplate, item.paragraph, number);
    return href
      ? html`<a part="evidence-link" class="evidence-link" href=${href} aria-label=${name} @click=${onClick}
          >${text}</a
        >`
      : html`<button part="evidence-link" class="evidence-link" type="button" aria-label=${name} @click=${onClick}>${text}</button>`;
  });
  return html`<p part="evidence" class="evidence">
    ${wording.intro ?? localize.term('evidenceIntro')} ${links.map((link, index) => (index === 0 ? link : html`, ${link}`))}
  </p>`;
}
