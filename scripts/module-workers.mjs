/** `new Worker(new URL('./x.js', import.meta.url)`: the module a worker runs, named relative to the importer. */
const WORKER_URL = /new Worker\(\s*new URL\(\s*(['"])(\.{1,2}\/[^'"]+)\1\s*,\s*import\.meta\.url\s*\)/g;

/**
 * Rollup plugin: each module a `new Worker(new URL('./x.js', import.meta.url), …)` names is bundled as
 * a chunk of its own (sharing chunks with the page, its lazy imports chunks too), and the URL rewritten
 * to that chunk's, relative to the importing chunk, so the output works wherever it is hosted.
 */
export function moduleWorkers() {
  return {
    name: 'module-workers',
    async transform(code, id) {
      const found = [...code.matchAll(WORKER_URL)];
      if (found.length === 0) return null;
      let rewritten = code;
      for (const [whole, quote, specifier] of found) {
        const resolved = await this.resolve(specifier, id);
        if (!resolved) this.error(`the worker ${specifier} named in ${id} is not found`);
        const reference = this.emitFile({ type: 'chunk', id: resolved.id });
        rewritten = rewritten.replace(
          whole,
          whole.replace(`${quote}${specifier}${quote}`, `import.meta.ROLLUP_FILE_URL_${reference}`),
        );
      }
      return { code: rewritten, map: null };
    },
  };
}
