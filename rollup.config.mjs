import { readdirSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import MagicString from 'magic-string';
import { bundlePlugins, ELEMENTS } from './scripts/bundle-plugins.mjs';

/** What the first two builds found, for the loader's (src/loader/chunk-manifest.ts); they run in order. */
const manifest = { all: '', elements: {}, bytes: {} };
const path = (fileName) => `./${fileName}`;

/**
 * Every widget's style sheet evaluated before any widget, so the bundle holds its CSS in one run: gzip
 * compresses CSS beside CSS better than CSS between pieces of script (−0.4 kB gzip). Style modules only
 * build `css` results, so the order they run in changes nothing else.
 */
function stylesFirst(entry) {
  return {
    name: 'styles-first',
    transform(code, id) {
      if (!id.endsWith(entry)) return null;
      const styles = readdirSync('dist', { recursive: true })
        .filter((file) => file.endsWith('.styles.js'))
        .sort();
      const text = new MagicString(code).prepend(styles.map((file) => `import './${file}';\n`).join(''));
      return { code: text.toString(), map: text.generateMap({ hires: true }) };
    },
  };
}

/** Writes each entry chunk's files, the chunks it imports (at any depth) after it, and every file's gzip bytes. */
function recordChunks(record) {
  return {
    name: 'record-chunks',
    generateBundle(_options, bundle) {
      const importsOf = (fileName, found = new Set()) => {
        if (found.has(fileName)) return found;
        found.add(fileName);
        for (const imported of bundle[fileName].imports) importsOf(imported, found);
        return found;
      };
      for (const chunk of Object.values(bundle)) {
        if (chunk.type !== 'chunk') continue;
        manifest.bytes[path(chunk.fileName)] = gzipSync(chunk.code).length;
        if (chunk.isEntry) record(chunk.name, [...importsOf(chunk.fileName)].map(path));
      }
    },
  };
}

/** The manifest, as the module `glossa:chunks` the loader imports; and as dist/glossa-chunks.json, for tools. */
function chunkManifest() {
  const id = 'glossa:chunks';
  return {
    name: 'chunk-manifest',
    resolveId: (source) => (source === id ? id : null),
    load: (source) => (source === id ? `export default ${JSON.stringify(manifest)};` : null),
    generateBundle() {
      this.emitFile({
        type: 'asset',
        fileName: 'glossa-chunks.json',
        source: `${JSON.stringify(manifest, null, 2)}\n`,
      });
    },
  };
}

const output = { dir: 'dist', format: 'es', sourcemap: true };

/**
 * The CDN bundle, built from what `tsc` emitted and scripts/minify-library.mjs minified in place (run
 * those first: `npm run build` does), in three builds:
 * - each element's chunk, `glossa-<element>-….js`, and the chunks they share (Lit, the model, the widget base);
 * - `glossa-all-….js`, every element in one file, which a page of several widgets loads instead, as
 *   its code compresses better together than split between files;
 * - `glossa.js`, the one small script a page includes (src/loader/): it loads the elements a page uses,
 *   one way or the other, when their tags first appear.
 * Code a page rarely needs (the reader of a quiz written in HTML, xAPI, sealed answers) is a chunk of
 * its own in both, imported when needed.
 */
export default [
  {
    input: Object.fromEntries(ELEMENTS.map((element) => [element, `dist/${element}/define.js`])),
    // The loader imports an element's chunk for what it defines, not for exports.
    preserveEntrySignatures: false,
    output: { ...output, entryFileNames: 'glossa-[name]-[hash].js', chunkFileNames: 'glossa-[name]-[hash].js' },
    plugins: [...bundlePlugins(), recordChunks((element, files) => (manifest.elements[`glossa-${element}`] = files))],
  },
  {
    input: { all: 'dist/all.js' },
    preserveEntrySignatures: false,
    output: { ...output, entryFileNames: 'glossa-all-[hash].js', chunkFileNames: 'glossa-all-[name]-[hash].js' },
    plugins: [stylesFirst('dist/all.js'), ...bundlePlugins(), recordChunks((_all, [file]) => (manifest.all = file))],
  },
  {
    input: 'dist/loader/index.js',
    output: { ...output, entryFileNames: 'glossa.js' },
    plugins: [chunkManifest(), ...bundlePlugins()],
  },
];
