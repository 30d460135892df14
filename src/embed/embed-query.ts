/** The widgets an embed page shows, by the `widget` of its address. */
export const EMBEDDED_WIDGETS = ['quiz', 'explainer', 'timeline', 'whos-who', 'article'] as const;
export type EmbeddedWidget = (typeof EMBEDDED_WIDGETS)[number];

/**
 * Attributes the address may not set: `for` names an element of a page the frame does not have, and the
 * xAPI ones would send a reader's answers to whatever store the address names.
 */
const REFUSED = new Set(['for', 'xapi-endpoint', 'xapi-activity-base']);

export interface EmbedRequest {
  readonly tag: `glossa-${EmbeddedWidget}`;
  /** The widget's attributes, in the order the address gives them. */
  readonly attributes: readonly (readonly [string, string])[];
}

/** The tag of the widget an embed page's address names (`widget`, a quiz unless it says), if one it shows. */
export function embeddedTag(search: string): EmbedRequest['tag'] | undefined {
  const widget = new URLSearchParams(search).get('widget') ?? 'quiz';
  return (EMBEDDED_WIDGETS as readonly string[]).includes(widget) ? `glossa-${widget as EmbeddedWidget}` : undefined;
}

/**
 * What an embed page's address asks for: `?src=article.json&widget=quiz&theme=dark&layout=list`. Every
 * parameter but `widget` is an attribute of the widget, kept when the element observes it
 * (`observedAttributes` of the defined class: only documented attributes), so an address cannot add an
 * event handler or a style. The element checks each value as it checks any attribute: `src` goes through
 * the one URL check, an unknown theme falls back. Returns a message for a person instead when the
 * address cannot work.
 */
export function readEmbedQuery(
  search: string,
  observedAttributes: (tag: string) => readonly string[],
): EmbedRequest | string {
  const query = new URLSearchParams(search);
  const tag = embeddedTag(search);
  if (!tag) return `This embed shows ${EMBEDDED_WIDGETS.join(', ')}, not "${query.get('widget')}".`;
  if (!query.get('src')) return 'This embed needs the address of an article: ?src=article.json.';
  const observed = new Set(observedAttributes(tag));
  const attributes = [...query].filter(([name]) => name !== 'widget' && observed.has(name) && !REFUSED.has(name));
  return { tag, attributes };
}
