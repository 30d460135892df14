/**
 * Registers a tag unless it already is: two copies of Glossa on one page (two CMS plugins, or the CDN
 * bundle beside a per-element entry) must not throw "already defined".
 */
export function define(tag: string, element: CustomElementConstructor): void {
  if (!customElements.get(tag)) customElements.define(tag, element);
}
