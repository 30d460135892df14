import { readdirSync, readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { rollup } from 'rollup';
import { bundlePlugins } from '../../scripts/bundle-plugins.mjs';

/** The elements a bundler user can import one by one (`glossa/<element>`). */
export const ELEMENTS = ['article', 'explainer', 'quiz', 'timeline', 'whos-who', 'term', 'annotate'];

/** Bytes of a text as shipped: minified, and gzip at the default level (what `gzip -c` gives). */
export const sizes = (code) => ({ min: Buffer.byteLength(code), gzip: gzipSync(code).length });

/**
 * `dist/glossa.js`, the one file a page includes, and beside it the chunks it loads only when needed
 * (counted apart: a page that never needs them never fetches them).
 */
export function cdnBundleWeight(dist = 'dist') {
  const bundle = readFileSync(`${dist}/glossa.js`, 'utf8');
  // Its chunks are the files it names; glossa-hydrate.js, another bundle, sits beside it too.
  const lazy = readdirSync(dist).filter((file) => /^glossa-.+\.js$/.test(file) && bundle.includes(`./${file}`));
  return {
    bundle: sizes(bundle),
    lazy: Object.fromEntries(lazy.map((file) => [file, sizes(readFileSync(`${dist}/${file}`, 'utf8'))])),
  };
}

/**
 * One element's entry (`dist/<element>/define.js`) bundled alone with Lit and the model, minified as the
 * CDN bundle is: what a bundler user ships for that element (each chunk it loads gzip apart, summed).
 * Chunks it loads only when needed are counted apart.
 */
export async function entryWeight(element, dist = 'dist') {
  const bundle = await rollup({ input: `${dist}/${element}/define.js`, plugins: bundlePlugins(), onwarn: () => {} });
  try {
    const { output } = await bundle.generate({ format: 'es' });
    const chunks = new Map(output.filter((file) => file.type === 'chunk').map((chunk) => [chunk.fileName, chunk]));
    // What loads with the entry: it and the chunks it imports statically; the rest loads when needed.
    const eager = new Set();
    const visit = (chunk) => {
      if (eager.has(chunk)) return;
      eager.add(chunk);
      for (const name of chunk.imports) visit(chunks.get(name));
    };
    visit([...chunks.values()].find((chunk) => chunk.isEntry));
    const gzipOf = (list) => list.reduce((sum, chunk) => sum + sizes(chunk.code).gzip, 0);
    const lazy = [...chunks.values()].filter((chunk) => !eager.has(chunk));
    const code = [...eager].map((chunk) => chunk.code).join('\n');
    return { entry: { min: Buffer.byteLength(code), gzip: gzipOf([...eager]) }, lazy: gzipOf(lazy) };
  } finally {
    await bundle.close();
  }
}

/** The CDN bundle and the entries of `elements` (every element unless named). */
export async function measureWeight({ elements = ELEMENTS, dist = 'dist' } = {}) {
  const cdn = cdnBundleWeight(dist);
  const entries = {};
  for (const element of elements) entries[element] = await entryWeight(element, dist);
  return { cdn, entries };
}

/** The weight figures the budgets name: gzip bytes. */
export function weightFigures({ cdn, entries }) {
  return {
    'weight/glossa.js': cdn.bundle.gzip,
    ...Object.fromEntries(
      Object.entries(entries).map(([element, { entry }]) => [`weight/entry/${element}`, entry.gzip]),
    ),
  };
}

const kB = (bytes) => `${(bytes / 1000).toFixed(1)} kB`;

/** The weight table, in Markdown. */
export function weightTable({ cdn, entries }) {
  const lazy = Object.values(cdn.lazy);
  const lazyNote = lazy.length
    ? ` (+ ${kB(lazy.reduce((sum, size) => sum + size.gzip, 0))} loaded only when needed)`
    : '';
  return [
    '| file | minified | gzip |',
    '|---|---|---|',
    `| dist/glossa.js, every element with Lit | ${kB(cdn.bundle.min)} | ${kB(cdn.bundle.gzip)}${lazyNote} |`,
    ...Object.entries(entries).map(
      ([element, { entry, lazy }]) =>
        `| glossa/${element} alone, with Lit | ${kB(entry.min)} | ${kB(entry.gzip)}${lazy ? ` (+ ${kB(lazy)} lazy)` : ''} |`,
    ),
  ].join('\n');
}
