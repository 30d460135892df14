import { choose, chunksOf, type ChunkManifest, type Choice } from './chunk-manifest.js';
import { foundTags } from './found-tags.js';

export interface Loader {
  /** Loads `tag`'s element unless it is defined or loading; resolves once it is defined. */
  readonly load: (tag: string) => Promise<void>;
  /** Loads the elements whose tags or markers `root` holds. */
  readonly discover: (root: ParentNode) => void;
  /** Discovers the document's elements, now and as content is added, until every element is loaded. */
  readonly watch: (document: Document) => void;
}

/**
 * The loader of the CDN bundle. The first elements it finds decide, once for the page, whether it
 * fetches elements one by one or every element in one file (see `choose`): the two never mix, as each
 * holds its own Lit. `importModule` imports a path of the manifest.
 */
export function createLoader(manifest: ChunkManifest, importModule: (path: string) => Promise<unknown>): Loader {
  const tags = Object.keys(manifest.elements);
  const requested = new Map<string, Promise<void>>();
  let choice: Choice | undefined;
  let all: Promise<unknown> | undefined;

  const waitingTags = () => tags.filter((tag) => !requested.has(tag));

  function fetchChunks(wanted: readonly string[]): void {
    choice ??= choose(wanted, manifest);
    if (choice === 'all') all ??= importModule(manifest.all);
    for (const tag of wanted) {
      // Every chunk at once: the browser fetches them in parallel instead of finding each import in turn.
      const definition = all ?? Promise.all(chunksOf([tag], manifest).map(importModule));
      requested.set(
        tag,
        definition.then(() => customElements.whenDefined(tag)).then(() => undefined),
      );
    }
  }

  function request(found: Iterable<string>): void {
    const wanted = [...found].filter((tag) => !requested.has(tag) && tag in manifest.elements);
    // Another copy of Glossa (glossa-hydrate.js, a plugin's entry) may have defined them already.
    for (const tag of wanted.filter((tag) => customElements.get(tag))) requested.set(tag, Promise.resolve());
    const undefinedTags = wanted.filter((tag) => !requested.has(tag));
    if (undefinedTags.length > 0) fetchChunks(undefinedTags);
  }

  const discoverIn = (roots: readonly ParentNode[]) => {
    const waiting = waitingTags();
    if (waiting.length > 0 && roots.length > 0) request(foundTags(roots, waiting));
  };
  const discover = (root: ParentNode) => discoverIn([root]);

  return {
    load: (tag) => {
      if (!(tag in manifest.elements)) return Promise.reject(new Error(`<${tag}> is not a Glossa element`));
      request([tag]);
      return requested.get(tag)!;
    },
    discover,
    watch: (document) => {
      discover(document);
      const observer = new MutationObserver((records) => {
        // One search for all that a batch of changes added: a page may add thousands of elements at once.
        discoverIn(records.flatMap((record) => [...record.addedNodes].filter((node) => node instanceof Element)));
        if (waitingTags().length === 0) observer.disconnect();
      });
      if (waitingTags().length > 0) observer.observe(document, { childList: true, subtree: true });
    },
  };
}
