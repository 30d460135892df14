import type { ReactiveControllerHost } from 'lit';

/** The attributes of an element or its ancestors that change how a Glossa element looks or speaks. */
const WATCHED = ['lang', 'dir', 'theme'];

const hosts = new Set<ReactiveControllerHost>();
let observer: MutationObserver | undefined;

/** Re-renders every element that follows the page's attributes. */
export function updateFollowers(): void {
  for (const host of hosts) host.requestUpdate();
}

/**
 * Re-renders `host` whenever a `lang`, `dir` or `theme` attribute changes anywhere in the document: one
 * observer serves every element, and a change on any ancestor can concern any of them.
 */
export function followPageAttributes(host: ReactiveControllerHost): void {
  hosts.add(host);
  if (observer) return;
  observer = new MutationObserver(updateFollowers);
  observer.observe(document.documentElement, { attributes: true, subtree: true, attributeFilter: WATCHED });
}

export function unfollowPageAttributes(host: ReactiveControllerHost): void {
  hosts.delete(host);
}
