import { html, noChange, nothing, type PropertyValues, type TemplateResult } from 'lit';
import type { Translation } from '../localize/translation.js';
import type { Article, Entity, EntityKind } from '../model/types.js';
import { ENTITY_KINDS } from '../model/schema.js';
import { enWhosWho } from '../localize/en.js';
import { entityById } from '../shared/entities.js';
import { ENTRY_PREFIX, entityIdFromHash, entryHref } from '../shared/entry-link.js';
import { renderEntityCard } from '../shared/entity-card.js';
import { entityCardStyles } from '../shared/entity-card.styles.js';
import { creditStyles } from '../shared/license-view.styles.js';
import { GlossaWidget } from '../shared/glossa-widget.js';
import { heading, headingLevel, subheadingLevel, type HeadingLevel } from '../shared/heading.js';
import { whosWhoStyles } from './whos-who.styles.js';
import { EntryFilter } from './entry-filter.js';
import { cached } from '../shared/cached.js';
import { foldText } from '../shared/fold-text.js';
import { listAttribute } from '../shared/list-attribute.js';
import { property, state } from '../shared/reactive.js';

const GROUP_HEADINGS: Record<EntityKind, keyof Translation> = {
  person: 'peopleHeading',
  organization: 'organizationsHeading',
  place: 'placesHeading',
  event: 'eventsHeading',
  work: 'worksHeading',
  object: 'objectsHeading',
  term: 'termsHeading',
};

const searchText = new WeakMap<Entity, string>();

/** What the search looks in: name, aliases, category and role, folded once per entity. */
function searchableText(entity: Entity): string {
  return cached(searchText, entity, () =>
    foldText([entity.name, ...(entity.aliases ?? []), entity.category ?? '', entity.role ?? ''].join('\n')),
  );
}

/**
 * From how many entries the list lays out and paints only those near the screen (`.long` in the
 * styles): below it, laying out every entry costs a few milliseconds, and every entry keeps its true
 * box for the page's geometry (scroll positions, hit testing, checkers of target sizes).
 */
const LONG_LIST = 200;

const reducedMotion = () => matchMedia('(prefers-reduced-motion: reduce)').matches;

/**
 * @summary The who's who: the article's people, organizations, places, events, works, objects and
 * terms, grouped, each with avatar, name, category and role; the name is a button that opens the rest
 * (summary, what it said in the article, relations linking to the related entry, and the paragraphs
 * that mention it), so the list costs one Tab stop per entry, and a skip link at the top jumps past it.
 * A search box filters by name, alias, category and role as the reader types; the browser's find in
 * page finds text in closed details too, and opens them.
 *
 * Entries have the id `glossa-<entity id>` inside the shadow root: a page address ending in
 * `#glossa-tokayev` (on load or on `hashchange`) or the `highlight` attribute scrolls to the entry and
 * highlights it. Following a relation link moves focus to the related entry.
 *
 * @tag glossa-whos-who
 *
 * @csspart base - The section around the who's who.
 * @csspart heading - The "Who's who" heading.
 * @csspart skip-link - The link that jumps past the who's who, shown when it has focus.
 * @csspart search - The search label and box.
 * @csspart search-label - The label of the search box.
 * @csspart search-input - The search box.
 * @csspart count - How many entries are shown, or that none match; announced politely.
 * @csspart group - The section of one kind (people, organizations, places, events, works, objects, terms).
 * @csspart group-heading - Its heading.
 * @csspart list - The list of entries in a group.
 * @csspart entry - One entry; also `highlighted` when a deep link or relation link led to it.
 * @csspart highlighted - The entry a deep link or relation link led to.
 * @csspart card - The entity card inside an entry.
 * @csspart avatar - The entity's image, initials or kind mark.
 * @csspart avatar-image - The entity's image, when the model gives a safe one.
 * @csspart avatar-initials - A person's initials, shown instead of an image.
 * @csspart avatar-kind - The mark of the kind (organization, place, event, work, object, term) of what is not a person, shown instead of an image.
 * @csspart name - The entity's name, a heading.
 * @csspart name-button - The button in the name that opens and closes the details.
 * @csspart details - Everything after the name, category and role; hidden until opened.
 * @csspart category - What kind of thing it is, in the model's words ("telescope", "treaty").
 * @csspart role - Who or what it is in this story.
 * @csspart summary - The entity's summary.
 * @csspart quote - Words the entity said in the article (the first two of them).
 * @csspart relations - The list of relations.
 * @csspart relation - One relation.
 * @csspart relation-link - The link to the related entry.
 * @csspart image-credit - The credit and licence of the entity's image.
 * @csspart license-link - The link to the text of the image's licence.
 *
 * @cssprop [--glossa-whos-who-entry-background=var(--glossa-color-surface)] - The background of an entry.
 * @cssprop [--glossa-whos-who-highlight-color=var(--glossa-color-accent)] - The outline and bar of the highlighted entry.
 * @cssprop [--glossa-whos-who-entry-min-inline-size=16rem] - The narrowest column of the grid layout.
 * @cssprop [--glossa-avatar-size=3rem] - The size of the image, initials or kind mark.
 */
export class GlossaWhosWho extends GlossaWidget {
  static override styles = [GlossaWidget.styles, entityCardStyles, creditStyles, whosWhoStyles];
  protected static override english = enWhosWho;

  /** Which kinds to list, comma-separated, e.g. `person,organization`; all of them when unset. */
  @property()
  kinds: string | undefined;

  /** `list` stacks the entries; `grid` puts them in as many columns as fit. */
  @property()
  layout: 'list' | 'grid' = 'list';

  /** The id of an entity to scroll to and highlight, like the deep link `#glossa-<id>`. */
  @property()
  highlight: string | undefined;

  @state()
  private query = '';
  @state()
  private highlighted: string | undefined;
  /** The entries whose details the reader opened, by entity id. */
  readonly #opened = new Set<string>();
  /** The element ids of the entries the search shows. */
  #shown = new Set<string>();
  readonly #filter = new EntryFilter();
  /**
   * Whether this update changes only the search. The entries then do not render again: the filter
   * shows those that match, progressively, so that one keystroke over thousands of entities neither
   * renders each of them again nor takes them out and puts them back all at once.
   */
  #searchOnly = false;

  /** The article whose deep link was last honoured, so the page address is read once per article. */
  #revealedFor: Article | undefined;
  /** The entry to scroll to (and focus) once rendered. */
  #pendingReveal: { id: string; focus: boolean } | undefined;

  readonly #onHashChange = () => {
    const id = entityIdFromHash(location.hash);
    if (id) this.#reveal(id, { focus: true });
  };

  override connectedCallback(): void {
    super.connectedCallback();
    window.addEventListener('hashchange', this.#onHashChange);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    window.removeEventListener('hashchange', this.#onHashChange);
  }

  /** Decides what to reveal before rendering, so a deep link is shown in the same update. */
  protected override update(changed: PropertyValues<this>): void {
    const article = this.validArticle;
    if (article && article !== this.#revealedFor && !this.hydrating) {
      this.#revealedFor = article;
      const id = entityIdFromHash(location.hash) ?? this.highlight;
      if (id) this.#reveal(id, { focus: false });
    } else if (article && changed.has('highlight') && this.highlight) {
      this.#reveal(this.highlight, { focus: false });
    }
    this.#searchOnly = changed.size === 1 && (changed as Map<string, unknown>).has('query');
    // Lit renders the entries into the lists it made: the left-out ones go back in first.
    if (!this.#searchOnly) this.#filter.restore();
    super.update(changed);
  }

  /** A server-rendered list shows the deep link after hydration, which must match the server's HTML. */
  protected override firstUpdated(): void {
    if (this.validArticle && !this.#revealedFor && (entityIdFromHash(location.hash) ?? this.highlight))
      this.requestUpdate();
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    this.#applySearch();
    const pending = this.#pendingReveal;
    this.#pendingReveal = undefined;
    const entry = pending && this.shadowRoot?.getElementById(ENTRY_PREFIX + pending.id);
    if (!pending || !entry) return;
    entry.scrollIntoView({ block: 'nearest', behavior: reducedMotion() ? 'auto' : 'smooth' });
    if (pending.focus) entry.focus({ preventScroll: true });
  }

  /** The kinds listed, in the fixed order of `ENTITY_KINDS`. */
  #shownKinds(): readonly EntityKind[] {
    if (!this.kinds) return ENTITY_KINDS;
    const wanted = new Set(listAttribute(this.kinds));
    return ENTITY_KINDS.filter((kind) => wanted.has(kind));
  }

  #isListed(entity: Entity | undefined): entity is Entity {
    return entity !== undefined && this.#shownKinds().includes(entity.kind);
  }

  /**
   * Highlights the entry of `id` (clearing a search that hides it); after the next render it is
   * scrolled to and, if asked, focused.
   */
  #reveal(id: string, { focus }: { focus: boolean }): void {
    const article = this.validArticle;
    const entity = article && entityById(article, id);
    if (!this.#isListed(entity)) return;
    if (!this.#matches(entity)) this.query = '';
    this.#opened.add(id);
    this.highlighted = id;
    this.#pendingReveal = { id, focus };
    this.requestUpdate();
  }

  #matches(entity: Entity, query = foldText(this.query)): boolean {
    return query === '' || searchableText(entity).includes(query);
  }

  /** Shows the entries the search keeps (`#shown`, found by the last render), after reading them from a fresh render. */
  #applySearch(): void {
    if (!this.shadowRoot) return;
    if (!this.#searchOnly) this.#filter.collect(this.shadowRoot.querySelectorAll<HTMLElement>('.group'), '.entry');
    this.#filter.apply((entry) => this.#shown.has(entry.id), { progressive: this.#searchOnly });
  }

  protected renderArticle(article: Article): TemplateResult {
    const level = headingLevel(this.headingLevel);
    const groupLevel = subheadingLevel(level);
    const listed = article.entities.filter((entity) => this.#isListed(entity));
    const query = foldText(this.query);
    this.#shown = new Set(listed.flatMap((entity) => (this.#matches(entity, query) ? [ENTRY_PREFIX + entity.id] : [])));
    const shown = this.#shown.size;
    const title = this.localize.term('whosWhoHeading');
    return html`<section part="base" class="base" aria-labelledby="heading">
      ${heading(level, 'heading', title, 'heading')}
      <a part="skip-link" class="skip-link" href="#end" @click=${this.#skip}>${this.localize.term('skipPast', title)}</a>
      <div part="search" class="search">
        <label part="search-label" class="search-label" for="search">${this.localize.term('searchLabel')}</label>
        <input
          part="search-input" class="search-input"
          id="search"
          type="search"
          autocomplete="off"
          spellcheck="false"
          aria-describedby="count"
          .value=${this.query}
          @input=${(event: Event) => (this.query = (event.target as HTMLInputElement).value)}
        />
      </div>
      <p part="count" class="count" id="count" role="status">${this.#countText(shown, listed.length)}</p>
      ${this.#searchOnly ? noChange : this.#renderGroups(article, listed, groupLevel)}
      <p class="visually-hidden" id="end" tabindex="-1" @blur=${this.#leaveEnd}>${this.localize.term('endOf', title)}</p>
    </section>`;
  }

  /** The groups and their entries, rendered again only when more than the search changes (see #searchOnly). */
  #renderGroups(article: Article, listed: readonly Entity[], groupLevel: HeadingLevel) {
    const listClass = ['list', this.layout === 'grid' ? 'grid' : '', listed.length > LONG_LIST ? 'long' : '']
      .filter(Boolean)
      .join(' ');
    return this.#shownKinds().map((kind) => {
      const entities = listed.filter((entity) => entity.kind === kind);
      if (entities.length === 0) return nothing;
      const headingId = `group-${kind}`;
      return html`<section part="group" class="group">
        ${heading(groupLevel, 'group-heading', this.localize.term(GROUP_HEADINGS[kind]), headingId)}
        <ul part="list" class=${listClass}>
          ${entities.map((entity) => this.#renderEntry(article, entity, subheadingLevel(groupLevel)))}
        </ul>
      </section>`;
    });
  }

  /**
   * Fragment links do not reach into a shadow root: the skip link moves focus itself. The end is in the
   * Tab order only while it has focus, because Chromium's next Tab from an element outside the order
   * in a shadow root starts that root over.
   */
  #skip(event: Event): void {
    event.preventDefault();
    const end = this.shadowRoot?.getElementById('end');
    if (!end) return;
    end.tabIndex = 0;
    end.focus();
  }

  #leaveEnd(event: FocusEvent): void {
    (event.target as HTMLElement).tabIndex = -1;
  }

  #toggle(id: string, open = !this.#opened.has(id)): void {
    if (open) this.#opened.add(id);
    else this.#opened.delete(id);
    this.requestUpdate();
  }

  #countText(shown: number, total: number): string {
    const query = this.query.trim();
    if (query === '') return this.localize.term('entryCount', total);
    return shown === 0 ? this.localize.term('noEntryMatches', query) : this.localize.term('entryMatches', shown, total);
  }

  #renderEntry(article: Article, entity: Entity, nameLevel: HeadingLevel) {
    const highlighted = entity.id === this.highlighted;
    const mentions = entity.evidence?.length ?? 0;
    const open = this.#opened.has(entity.id);
    const detailsId = `details-${entity.id}`;
    return html`<li
      part=${highlighted ? 'entry highlighted' : 'entry'} class=${highlighted ? 'entry highlighted' : 'entry'}
      id=${ENTRY_PREFIX + entity.id}
      tabindex="-1"
    >
      ${renderEntityCard(entity, {
        article,
        localize: this.localize,
        renderName: (name, lang) =>
          heading(
            nameLevel,
            'name',
            html`<button
              part="name-button" class="name-button"
              type="button"
              aria-expanded=${open ? 'true' : 'false'}
              aria-controls=${detailsId}
              @click=${() => this.#toggle(entity.id)}
            >${name}</button>`,
            undefined,
            lang,
          ),
        renderDetails: (details) =>
          html`<div
            part="details" class="details"
            id=${detailsId}
            hidden=${open ? nothing : 'until-found'}
            @beforematch=${() => this.#toggle(entity.id, true)}
          >${details}</div>`,
        renderRelation: (related, text) =>
          this.#isListed(related)
            ? html`<a part="relation-link" class="relation-link" href=${entryHref(related.id)} @click=${(event: Event) => this.#follow(event, related)}
                >${text}</a
              >`
            : text,
        extra: this.renderEvidence(article, entity.evidence, {
          intro: this.localize.term('mentionedIn', mentions),
          numbersOnly: true,
        }),
      })}
    </li>`;
  }

  #follow(event: Event, related: Entity): void {
    event.preventDefault();
    this.#reveal(related.id, { focus: true });
  }
}
