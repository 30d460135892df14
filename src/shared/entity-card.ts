import { html, nothing, type TemplateResult } from 'lit';
import type { LocalizeController } from '../localize/localize-controller.js';
import { isSafeUrl } from '../model/primitives.js';
import type { Article, Entity } from '../model/types.js';
import { entityById, initials } from './entities.js';

/** What differs between the who's who entry and the hovercard; the rest of the card is the same. */
export interface EntityCardOptions {
  readonly article: Article;
  readonly localize: LocalizeController;
  /** The name: a heading in the who's who, a plain line in a hovercard. */
  readonly renderName: (name: string) => unknown;
  /** A relation whose target is `related`: a link to its entry, or plain text. */
  readonly renderRelation: (related: Entity, text: string) => unknown;
  /** Anything shown after the relations, e.g. where the article mentions the entity. */
  readonly extra?: unknown;
}

function renderAvatar(entity: Entity): TemplateResult {
  const { image } = entity;
  return image && isSafeUrl(image.src)
    ? html`<img part="avatar avatar-image" src=${image.src} alt=${image.alt} loading="lazy" />`
    : html`<span part="avatar avatar-initials" aria-hidden="true">${initials(entity.name)}</span>`;
}

/**
 * One entity as a card: avatar (image or initials), name, role, summary and relations. The who's who
 * and the hovercard both render it, so the two never drift apart. Parts: `card`, `avatar`
 * (`avatar-image` or `avatar-initials`), `name`, `role`, `summary`, `relations`, `relation`.
 */
export function renderEntityCard(entity: Entity, options: EntityCardOptions): TemplateResult {
  const { article, localize } = options;
  const relations = (entity.related ?? []).flatMap((relation) => {
    const related = entityById(article, relation.id);
    return related ? [{ related, text: localize.term('relation', relation.relation, related.name) }] : [];
  });
  return html`<div part="card">
    ${renderAvatar(entity)} ${options.renderName(entity.name)}
    ${entity.role ? html`<p part="role">${entity.role}</p>` : nothing}
    <p part="summary">${entity.summary}</p>
    ${relations.length
      ? html`<ul part="relations">
          ${relations.map(({ related, text }) => html`<li part="relation">${options.renderRelation(related, text)}</li>`)}
        </ul>`
      : nothing}
    ${options.extra ?? nothing}
  </div>`;
}
