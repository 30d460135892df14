/** Where an element looks an id up: its document, or the shadow root it sits in. */
export type IdRoot = Document | ShadowRoot;

interface RootWatch {
  readonly observer: MutationObserver;
  readonly listeners: Set<() => void>;
}

/**
 * One observer per root, however many elements wait in it, so a page of widgets waiting for a late
 * provider costs one observer; it is disconnected as soon as nothing waits.
 */
const watches = new Map<IdRoot, RootWatch>();

function watchOf(root: IdRoot): RootWatch {
  let watch = watches.get(root);
  if (!watch) {
    const listeners = new Set<() => void>();
    const observer = new MutationObserver(() => listeners.forEach((listener) => listener()));
    observer.observe(root, { childList: true, subtree: true, attributeFilter: ['id'] });
    watch = { observer, listeners };
    watches.set(root, watch);
  }
  return watch;
}

function unwatch(root: IdRoot, listener: () => void): void {
  const watch = watches.get(root);
  if (!watch) return;
  watch.listeners.delete(listener);
  if (watch.listeners.size > 0) return;
  watch.observer.disconnect();
  watches.delete(root);
}

/**
 * Calls `listener` after each change that can give an id to an element in any of `roots`: elements
 * added or removed, or an `id` attribute set. Returns the function that stops it.
 */
export function watchIds(roots: readonly IdRoot[], listener: () => void): () => void {
  for (const root of roots) watchOf(root).listeners.add(listener);
  return () => roots.forEach((root) => unwatch(root, listener));
}
