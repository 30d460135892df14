import { bundlePlugins } from './scripts/bundle-plugins.mjs';

/**
 * The CDN bundle: every element with Lit inside, one minified module, dist/glossa.js, that a page
 * includes. Code a page rarely needs (the reader of a quiz written in HTML) is split into chunks beside
 * it, `dist/glossa-*.js`, which glossa.js imports itself when needed. It bundles what `tsc` emitted
 * and scripts/minify-library.mjs minified in place, so run those first: `npm run build` does.
 */
export default {
  input: 'dist/all.js',
  output: {
    dir: 'dist',
    entryFileNames: 'glossa.js',
    chunkFileNames: 'glossa-[name]-[hash].js',
    format: 'es',
    sourcemap: true,
  },
  plugins: bundlePlugins(),
};
