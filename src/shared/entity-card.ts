import { html, nothing, type TemplateResult } from 'lit';
import type { LocalizeController } from '../localize/localize-controller.js';
import { isSafeUrl } from '../model/primitives.js';
import type { Article, Entity } from '../model/types.js';
import { contentLang, type ContentLang } from './content-lang.js';
import { entityById, initials } from './entities.js';

/** What differs between the who's who entry and the hovercard; the rest of the card is the same. */
export interface EntityCardOptions {
  readonly article: Article;
  readonly localize: LocalizeController;
  /** The name, in the article's language `lang`: a heading in the who's who, a plain line in a hovercard. */
  readonly renderName: (name: string, lang: ContentLang) => unknown;
  /** A relation whose target is `related`: a link to its entry, or plain text. */
  readonly renderRelation: (related: Entity, text: string) => unknown;
  /** Anything shown after the relations, e.g. where the article mentions the entity. */
  readonly extra?: unknown;
}

function renderAvatar(entity: Entity, lang: ContentLang): TemplateResult {
  const { image } = entity;
  return image && isSafeUrl(image.src)
    ? html`<img part="avatar avatar-image" class="avatar" src=${image.src} alt=${image.alt} loading="lazy" lang=${lang} />`
    : html`<span part="avatar avatar-initials" class="avatar" aria-hidden="true" lang=${lang}>${initials(entity.name)}</span>`;
}

/**
 * One entity as a card: avatar (image or initials), name, role, summary and relations. The who's who
 * and the hovercard both render it, so the two never drift apart. Parts: `card`, `avatar`
 * (`avatar-image` or `avatar-initials`), `name`, `role`, `summary`, `relations`, `relation`. A relation
 * is the model's words but for the translation's separator, so the whole list takes the article's language.
 */
export function renderEntityCard(entity: Entity, options: EntityCardOptions): TemplateResult {
  const { article, localize } = options;
  const lang = contentLang(article.lang, localize);
  const relations = (entity.related ?? []).flatMap((relation) => {
    const related = entityById(article, relation.id);
    return related ? [{ related, text: localize.term('relation', relation.relation, related.name) }] : [];
  });
  return html`<div part="card" class="card">
    ${renderAvatar(entity, lang)} ${options.renderName(entity.name, lang)}
    ${entity.role ? html`<p part="role" class="role" lang=${lang}>${entity.role}</p>` : nothing}
    <p part="summary" class="summary" lang=${lang}>${entity.summary}</p>
    ${
      relations.length
        ? html`<ul part="relations" class="relations" lang=${lang}>
          ${relations.map(({ related, text }) => html`<li part="relation">${options.renderRelation(related, text)}</li>`)}
        </ul>`
        : nothing
    }
    ${options.extra ?? nothing}
  </div>`;
}
