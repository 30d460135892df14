import { html, type TemplateResult } from 'lit';
import type { LocalizeController } from '../localize/localize-controller.js';
import type { Article, Entity } from '../model/types.js';
import { entryHref } from '../shared/entry-link.js';
import { renderEntityCard } from '../shared/entity-card.js';

export interface TermCardOptions {
  readonly article: Article;
  readonly localize: LocalizeController;
  /** Opened for good (a click, Enter or Space), not a preview: only then does the card hold links. */
  readonly pinned: boolean;
  /** Whether the card sits in the top layer placed by the style sheet (`anchored`) or by measuring. */
  readonly anchored: boolean;
}

/**
 * A term's hovercard: the popover with the entity's card. Opened for good on a page that has a
 * `<glossa-whos-who>`, it links to the entity's entry and its relations to theirs.
 */
export function renderTermCard(
  entity: Entity,
  { article, localize, pinned, anchored }: TermCardOptions,
): TemplateResult {
  const linked = pinned && document.querySelector('glossa-whos-who') !== null;
  const entryLink = (id: string, text: unknown, part: string) =>
    html`<a part=${part} class=${part} href=${entryHref(id)}>${text}</a>`;
  return html`<div part="hovercard" id="card" popover="manual" class=${anchored ? 'hovercard anchored' : 'hovercard'}>
    ${renderEntityCard(entity, {
      article,
      localize,
      renderName: (name, lang) => html`<p part="name" class="name" lang=${lang}>${name}</p>`,
      renderRelation: (related, text) => (linked ? entryLink(related.id, text, 'relation-link') : text),
      extra: linked
        ? html`<p part="more" class="more">
            ${entryLink(entity.id, localize.term('moreIn', localize.term('whosWhoHeading')), 'more-link')}
          </p>`
        : undefined,
      preview: !pinned,
    })}
  </div>`;
}
