import { readdirSync, readFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { gzipSync } from 'node:zlib';
import { rollup } from 'rollup';
import { bundlePlugins, ELEMENTS } from '../../scripts/bundle-plugins.mjs';

export { ELEMENTS } from '../../scripts/bundle-plugins.mjs';

/** Bytes of a text as shipped: minified, and gzip at the default level (what `gzip -c` gives). */
export const sizes = (code) => ({ min: Buffer.byteLength(code), gzip: gzipSync(code).length });

/**
 * What the CDN bundle loads (dist/glossa.js, the loader, and the files it chooses from
 * dist/glossa-chunks.json, as src/loader/ chooses them): for a page with only a quiz, and for a page
 * with every widget, each file gzip apart as a browser fetches it. Chunks no element needs at once
 * (the markup reader, xAPI, sealed answers) are counted apart: a page that never needs them never fetches them.
 */
export async function cdnBundleWeight(dist = 'dist') {
  const { filesFor } = await import(pathToFileURL(`${dist}/loader/chunk-manifest.js`).href);
  const manifest = JSON.parse(readFileSync(`${dist}/glossa-chunks.json`, 'utf8'));
  const sizeOf = (file) => sizes(readFileSync(`${dist}/${file}`, 'utf8'));
  const loader = sizeOf('glossa.js');
  const page = (tags) => {
    const files = filesFor(tags, manifest);
    const loaded = [loader, ...files.map(sizeOf)];
    return {
      files,
      min: loaded.reduce((sum, size) => sum + size.min, 0),
      gzip: loaded.reduce((sum, size) => sum + size.gzip, 0),
    };
  };
  const eager = new Set([manifest.all, ...Object.values(manifest.elements).flat()].map((file) => file.slice(2)));
  const lazy = readdirSync(dist).filter(
    (file) => /^glossa-.+\.js$/.test(file) && file !== 'glossa-hydrate.js' && !eager.has(file),
  );
  return {
    loader,
    quiz: page(['glossa-quiz']),
    every: page(Object.keys(manifest.elements)),
    lazy: Object.fromEntries(lazy.map((file) => [file, sizeOf(file)])),
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
  const cdn = await cdnBundleWeight(dist);
  const entries = {};
  for (const element of elements) entries[element] = await entryWeight(element, dist);
  return { cdn, entries };
}

/** The weight figures the budgets name: gzip bytes. */
export function weightFigures({ cdn, entries }) {
  return {
    'weight/glossa.js': cdn.loader.gzip,
    'weight/page/quiz': cdn.quiz.gzip,
    'weight/page/every-widget': cdn.every.gzip,
    ...Object.fromEntries(
      Object.entries(entries).map(([element, { entry }]) => [`weight/entry/${element}`, entry.gzip]),
    ),
  };
}

const kB = (bytes) => `${(bytes / 1000).toFixed(1)} kB`;

/** The weight table, in Markdown. */
export function weightTable({ cdn, entries }) {
  return [
    '| file | minified | gzip |',
    '|---|---|---|',
    `| dist/glossa.js, the loader | ${kB(cdn.loader.min)} | ${kB(cdn.loader.gzip)} |`,
    `| a page with only a quiz: glossa.js and ${cdn.quiz.files.length} chunks | ${kB(cdn.quiz.min)} | ${kB(cdn.quiz.gzip)} |`,
    `| a page with every widget: glossa.js and ${cdn.every.files.length === 1 ? 'every element in one file' : `${cdn.every.files.length} chunks`} | ${kB(cdn.every.min)} | ${kB(cdn.every.gzip)} |`,
    `| what either loads only when needed (${Object.keys(cdn.lazy).length} chunks) | | ${kB(Object.values(cdn.lazy).reduce((sum, size) => sum + size.gzip, 0))} |`,
    ...Object.entries(entries).map(
      ([element, { entry, lazy }]) =>
        `| glossa/${element} alone, with Lit | ${kB(entry.min)} | ${kB(entry.gzip)}${lazy ? ` (+ ${kB(lazy)} lazy)` : ''} |`,
    ),
  ].join('\n');
}
