import { readdirSync } from 'node:fs';
import MagicString from 'magic-string';
import { bundlePlugins } from './scripts/bundle-plugins.mjs';

/**
 * Every widget's style sheet evaluated before any widget, so the bundle holds its CSS in one run: gzip
 * compresses CSS beside CSS better than CSS between pieces of script (glossa.js −0.4 kB gzip). Style
 * modules only build `css` results, so the order they run in changes nothing else.
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
  plugins: [stylesFirst('dist/all.js'), ...bundlePlugins()],
};
