/** What the import left out or changed, by kind; each kind becomes one note for the person to check. */
export type NoteKind =
  | 'before-title'
  | 'top'
  | 'heading'
  | 'chrome'
  | 'teaser'
  | 'end-matter'
  | 'links'
  | 'contact'
  | 'provenance'
  | 'symbols'
  | 'credit'
  | 'list'
  | 'uncaptioned'
  | 'unsafe-src'
  | 'no-alt';

const MAX_EXAMPLES = 3;
const EXAMPLE_LENGTH = 60;

function plural(count: number, one: string, many: string): string {
  return `${count.toLocaleString('en')} ${count === 1 ? one : many}`;
}

function quoted(text: string): string {
  const short = text.length > EXAMPLE_LENGTH ? `${text.slice(0, EXAMPLE_LENGTH - 1).trimEnd()}…` : text;
  return `“${short}”`;
}

function examples(all: readonly string[]): string {
  const texts = all.filter((text) => text !== '');
  if (texts.length === 0) return '';
  const shown = texts.slice(0, MAX_EXAMPLES).map(quoted).join(', ');
  const more = texts.length > MAX_EXAMPLES ? ` and ${plural(texts.length - MAX_EXAMPLES, 'more', 'more')}` : '';
  return `: ${shown}${more}`;
}

const MESSAGES: { readonly [kind in NoteKind]: (texts: readonly string[]) => string } = {
  'before-title': (t) => `Left out ${plural(t.length, 'line', 'lines')} before the title${examples(t)}.`,
  top: (t) => `Left out ${plural(t.length, 'line', 'lines')} at the top that are not the article's text${examples(t)}.`,
  heading: (t) =>
    `Left out ${plural(t.length, 'subheading', 'subheadings')}, since the model has no headings (make one an explainer section if it helps)${examples(t)}.`,
  chrome: (t) =>
    `Left out ${plural(t.length, 'line', 'lines')} of page furniture (sharing, advertising, subscribing)${examples(t)}.`,
  teaser: (t) => `Left out ${plural(t.length, 'teaser', 'teasers')} for other stories${examples(t)}.`,
  'end-matter': (t) =>
    `Left out everything after ${t.map(quoted).join(', ')} at the end: other stories, contacts or comments, not the article's text.`,
  links: (t) =>
    `Left out ${plural(t.length, 'bare link', 'bare links')} and the lines that introduce them${examples(t)}.`,
  contact: (t) =>
    `Left out ${plural(t.length, 'contact line', 'contact lines')} (e-mail addresses, telephone numbers).`,
  provenance: (t) =>
    `Left out ${plural(t.length, 'line', 'lines')} about the source or the licence; give them as the article's source and licence${examples(t)}.`,
  symbols: (t) => `Left out ${plural(t.length, 'line', 'lines')} without words${examples(t)}.`,
  credit: (t) => `Left out ${plural(t.length, 'credit', 'credits')} with no caption before them${examples(t)}.`,
  list: (t) => `Kept ${plural(t.length, 'list item', 'list items')} as paragraphs of their own.`,
  uncaptioned: (t) => `Left out ${plural(t.length, 'image', 'images')} without a caption${examples(t)}.`,
  'unsafe-src': (t) =>
    `Left out the address of ${plural(t.length, 'image', 'images')}, which is not an http(s) address${examples(t)}.`,
  'no-alt': (t) =>
    `Left out the address of ${plural(t.length, 'image', 'images')} without a text alternative; add the image with one${examples(t)}.`,
};

/** Notes gathered while importing: the readers' own, and one per kind of thing left out, in a fixed order. */
export class Notes {
  readonly #byKind = new Map<NoteKind, string[]>();
  readonly #said: string[] = [];

  /** Something left out, of `kind`: `text` is shown as an example. */
  leftOut(kind: NoteKind, text = ''): void {
    const texts = this.#byKind.get(kind) ?? [];
    texts.push(text);
    this.#byKind.set(kind, texts);
  }

  /** A note in a reader's own words ("The file's 3 images were left out…"). */
  say(note: string): void {
    this.#said.push(note);
  }

  list(): string[] {
    const kinds = Object.keys(MESSAGES) as NoteKind[];
    const leftOut = kinds.flatMap((kind) => {
      const texts = this.#byKind.get(kind);
      return texts === undefined ? [] : [MESSAGES[kind](texts)];
    });
    return [...this.#said, ...leftOut];
  }
}
