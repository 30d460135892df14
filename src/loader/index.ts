/**
 * The CDN bundle's entry, `dist/glossa.js`: the one small script a page includes. It loads an element's
 * code when the element's tag or sanitizer-safe marker first appears in the document, from the files
 * beside it. A page's own shadow roots, which it cannot see into, are the page's to `discover`.
 */
import manifest from 'glossa:chunks';
import type { ChunkManifest } from './chunk-manifest.js';
import { createLoader, type Loader } from './loader.js';

/** What glossa.js exports, for a script beside it that imports it by its URL (the embed page). */
export type GlossaLoader = Pick<Loader, 'load' | 'discover'>;

const loader = createLoader(manifest as ChunkManifest, (path) => import(new URL(path, import.meta.url).href));
loader.watch(document);

/** Loads `tag`'s element, as when its tag appears; resolves once it is defined. */
export const load = loader.load;
/** Loads the elements whose tags or markers a root the loader does not watch holds (a shadow root). */
export const discover = loader.discover;
