import { html, nothing, type TemplateResult } from 'lit';
import type { LocalizeController } from '../localize/localize-controller.js';
import { isSafeUrl } from '../model/primitives.js';
import type { Article, Entity } from '../model/types.js';
import { contentLang, type ContentLang } from './content-lang.js';
import { entityById, initials, quotesBy } from './entities.js';
import { kindMark } from './kind-mark.js';
import { renderLicense } from './license-view.js';

/** A card is a glance: two quotes show how the entity speaks, and the explainer lists them all. */
const CARD_QUOTES = 2;

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
  /** The card is a preview (a hovercard that hover or focus opened), which Tab passes by: it holds no links. */
  readonly preview?: boolean;
  /** Everything after the name, category and role: shown as is, or folded away until asked for. */
  readonly renderDetails?: (details: TemplateResult) => unknown;
}

/** The entity's image, when the model gives one that is safe to load. */
const shownImage = ({ image }: Entity) => (image && isSafeUrl(image.src) ? image : undefined);

function renderAvatar(entity: Entity, lang: ContentLang): TemplateResult {
  const image = shownImage(entity);
  if (image) {
    return html`<img part="avatar avatar-image" class="avatar" src=${image.src} alt=${image.alt} loading="lazy" lang=${lang} />`;
  }
  const mark = kindMark(entity.kind);
  return mark
    ? html`<span part="avatar avatar-kind" class="avatar" aria-hidden="true">${mark}</span>`
    : html`<span part="avatar avatar-initials" class="avatar" aria-hidden="true" lang=${lang}>${initials(entity.name)}</span>`;
}

/** "Image: J. Doe / Agency · CC BY 4.0", when the card shows an image that has a credit or a licence. */
function renderImageCredit(entity: Entity, options: EntityCardOptions, lang: ContentLang) {
  const { credit, license } = shownImage(entity) ?? {};
  if (!credit && !license) return nothing;
  return html`<p part="image-credit" class="image-credit">
    ${options.localize.term('imageCredit')}
    ${credit ? html`<span class="credit" lang=${lang}>${credit}</span>` : nothing}
    ${license ? renderLicense(license, lang, { linked: !options.preview, credit }) : nothing}
  </p>`;
}

/**
 * One entity as a card: avatar (image, a person's initials or the mark of its kind), name, category, role, summary, what it said in the
 * article, relations and the image's credit. The who's who and the hovercard both render it, so the two
 * never drift apart. Parts: `card`, `avatar` (`avatar-image`, `avatar-initials` or `avatar-kind`), `name`, `category`,
 * `role`, `summary`, `quote`, `relations`, `relation`, `image-credit`, `license-link`. A relation is the
 * model's words but for the translation's separator, so the whole list takes the article's language.
 */
export function renderEntityCard(entity: Entity, options: EntityCardOptions): TemplateResult {
  const { article, localize } = options;
  const lang = contentLang(article.lang, localize);
  const relations = (entity.related ?? []).flatMap((relation) => {
    const related = entityById(article, relation.id);
    return related ? [{ related, text: localize.term('relation', relation.relation, related.name) }] : [];
  });
  const details = html`<p part="summary" class="summary" lang=${lang}>${entity.summary}</p>
    ${quotesBy(article, entity.id)
      .slice(0, CARD_QUOTES)
      .map((quote) => html`<blockquote part="quote" class="quote" lang=${lang}>${quote.words}</blockquote>`)}
    ${
      relations.length
        ? html`<ul part="relations" class="relations" lang=${lang}>
          ${relations.map(({ related, text }) => html`<li part="relation">${options.renderRelation(related, text)}</li>`)}
        </ul>`
        : nothing
    }
    ${options.extra ?? nothing} ${renderImageCredit(entity, options, lang)}`;
  return html`<div part="card" class="card">
    ${renderAvatar(entity, lang)} ${options.renderName(entity.name, lang)}
    ${entity.category ? html`<p part="category" class="category" lang=${lang}>${entity.category}</p>` : nothing}
    ${entity.role ? html`<p part="role" class="role" lang=${lang}>${entity.role}</p>` : nothing}
    ${options.renderDetails ? options.renderDetails(details) : details}
  </div>`;
}
