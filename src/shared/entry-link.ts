/**
 * The who's who's entries are addressed `#glossa-<entity id>`: the who's who gives its entries these
 * ids and follows the page address to them; a hovercard links there.
 */
export const ENTRY_PREFIX = 'glossa-';

/** The link to an entity's who's-who entry, e.g. `#glossa-tokayev`. */
export const entryHref = (id: string) => `#${ENTRY_PREFIX}${encodeURIComponent(id)}`;

/** The entity id a page address names, e.g. `tokayev` for `#glossa-tokayev`. */
export function entityIdFromHash(hash: string): string | undefined {
  let fragment: string;
  try {
    fragment = decodeURIComponent(hash.replace(/^#/, ''));
  } catch {
    return undefined;
  }
  return fragment.startsWith(ENTRY_PREFIX) ? fragment.slice(ENTRY_PREFIX.length) : undefined;
}
