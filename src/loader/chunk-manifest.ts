/**
 * What the build wrote about the CDN bundle's files, for the loader to choose from: each element's
 * chunk with every chunk it imports, one file that defines every element, and the gzip bytes of each.
 * Paths are relative to `glossa.js`.
 */
export interface ChunkManifest {
  /** The module that defines every element, with Lit and the model inside. */
  readonly all: string;
  /** Each element's tag, and the chunks that define it: its own first, then those it imports. */
  readonly elements: Readonly<Record<string, readonly string[]>>;
  /** The gzip bytes of each file named above. */
  readonly bytes: Readonly<Record<string, number>>;
}

/** What the loader fetches: each element's own chunks, or the one file that defines them all. */
export type Choice = 'chunks' | 'all';

/** The chunks that define `tags`, each once. */
export function chunksOf(tags: Iterable<string>, manifest: ChunkManifest): string[] {
  return [...new Set([...tags].flatMap((tag) => manifest.elements[tag] ?? []))];
}

/**
 * The lighter way to define `tags`: their own chunks, unless together they weigh more than the one file
 * that defines every element, which compresses better than the same code split between files.
 */
export function choose(tags: Iterable<string>, manifest: ChunkManifest): Choice {
  const chunkBytes = chunksOf(tags, manifest).reduce((sum, file) => sum + (manifest.bytes[file] ?? 0), 0);
  return chunkBytes > (manifest.bytes[manifest.all] ?? Infinity) ? 'all' : 'chunks';
}

/**
 * The files the loader fetches on a page whose first elements are `tags`: for tools that write the page
 * and can have the browser fetch them beside `glossa.js` (`<link rel="modulepreload">`), a round trip sooner.
 */
export function filesFor(tags: Iterable<string>, manifest: ChunkManifest): string[] {
  const wanted = [...tags];
  return choose(wanted, manifest) === 'all' ? [manifest.all] : chunksOf(wanted, manifest);
}
