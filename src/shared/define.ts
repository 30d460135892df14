import { upgradeMarkers } from './upgrade-markers.js';

/**
 * Registers a tag unless it already is: two copies of Glossa on one page (two CMS plugins, or the CDN
 * bundle beside a per-element entry) must not throw "already defined". Then the page's sanitizer-safe
 * markers of the tag become widgets (`upgrade-markers.ts`).
 */
export function define(tag: string, element: CustomElementConstructor): void {
  if (!customElements.get(tag)) customElements.define(tag, element);
  upgradeMarkers();
}
