type GlossaEventName = Extract<keyof GlobalEventHandlersEventMap, `glossa-${string}`>;
type DetailOf<K extends GlossaEventName> = GlobalEventHandlersEventMap[K] extends CustomEvent<infer D> ? D : never;

/**
 * Dispatches a typed Glossa event that bubbles out of shadow roots, so a page can listen on any ancestor.
 * Returns false when a listener cancelled a `cancelable` event.
 */
export function emit<K extends GlossaEventName>(
  host: HTMLElement,
  name: K,
  detail: DetailOf<K>,
  { cancelable = false } = {},
): boolean {
  return host.dispatchEvent(new CustomEvent(name, { bubbles: true, composed: true, cancelable, detail }));
}
