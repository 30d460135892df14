import { html, nothing } from 'lit';
import type { LocalizeController } from '../localize/localize-controller.js';
import type { Article, Evidence } from '../model/types.js';
import { evidenceIndex, evidenceTarget, type EvidenceTarget } from '../model/evidence-target.js';
import { emit } from './emit.js';
import { evidenceHref } from './evidence-href.js';
import type { GlossaEvidenceDetail } from './events/glossa-evidence.js';

/** What an element needs to turn evidence into links. */
export interface EvidenceContext {
  readonly host: HTMLElement;
  readonly article: Article;
  readonly localize: LocalizeController;
  /** The host page's anchor for a paragraph: `{n}` is its number, `{id}` its id (a figure's too), e.g. `#p{n}`. */
  readonly hrefTemplate: string | undefined;
  /** Told of a link the reader followed, to offer the way back to it. */
  readonly followed?: (link: HTMLAnchorElement) => void;
}

function follow(event: Event, context: EvidenceContext, target: EvidenceTarget): void {
  const { kind, id, number, text, quote, said } = target;
  const words = quote === undefined ? {} : { quote };
  const detail: GlossaEvidenceDetail =
    kind === 'figure'
      ? { kind, figure: id, figureNumber: number, text, ...words }
      : { kind, paragraph: id, paragraphNumber: number, text, ...words, ...(said && { said: said.id }) };
  if (!emit(context.host, 'glossa-evidence', detail, { cancelable: true })) event.preventDefault();
  else if (event.currentTarget instanceof HTMLAnchorElement) context.followed?.(event.currentTarget);
}

/**
 * The host page's link for a target. The template numbers paragraphs, so a figure gets a link only
 * from a template that names targets by id (`#{id}`); otherwise it is a button.
 */
function hrefFor(template: string | undefined, target: EvidenceTarget): string | undefined {
  if (!template || (target.kind === 'figure' && template.includes('{n}'))) return undefined;
  return evidenceHref(template, target.id, target.number);
}

/** How a list of evidence reads; the default is "In the article: paragraph 2, paragraph 7". */
export interface EvidenceWording {
  /** Before the links, e.g. "Mentioned in paragraphs". */
  readonly intro?: string;
  /** Shows each link as its bare number ("2, 7"); the full "paragraph 2" stays its accessible name. */
  readonly numbersOnly?: boolean;
}

/**
 * "In the article: paragraph 2, figure 1": links to the host page's anchors when there is a
 * template and its link is safe, buttons otherwise; either way a `glossa-evidence` event tells the page.
 */
export function renderEvidence(
  evidence: readonly Evidence[] | undefined,
  context: EvidenceContext,
  wording: EvidenceWording = {},
) {
  if (!evidence?.length) return nothing;
  const { localize, hrefTemplate } = context;
  const index = evidenceIndex(context.article);
  const targets = evidence.flatMap((item) => evidenceTarget(index, item) ?? []);
  const links = targets.map((target) => {
    const shown = localize.number(target.number);
    const label = localize.term(target.kind === 'figure' ? 'evidenceFigure' : 'evidenceParagraph', shown);
    const text = wording.numbersOnly ? shown : label;
    const name = wording.numbersOnly ? label : nothing;
    const onClick = (event: Event) => follow(event, context, target);
    const href = hrefFor(hrefTemplate, target);
    return href
      ? html`<a part="evidence-link" class="evidence-link" href=${href} aria-label=${name} @click=${onClick}
          >${text}</a
        >`
      : html`<button part="evidence-link" class="evidence-link" type="button" aria-label=${name} @click=${onClick}>${text}</button>`;
  });
  // Bare numbers stand apart as 24 px targets; a comma after each would float in their boxes.
  const separator = wording.numbersOnly ? ' ' : ', ';
  const separated = links.map((link, index) => (index === 0 ? link : html`${separator}${link}`));
  return html`<p part="evidence" class="evidence">${wording.intro ?? localize.term('evidenceIntro')} ${separated}</p>`;
}
