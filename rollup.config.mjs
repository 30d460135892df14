import { bundlePlugins } from './scripts/bundle-plugins.mjs';

/**
 * The CDN bundle: every element with Lit inside, one minified module. It bundles what `tsc` emitted
 * (TypeScript 7 has no JS API for a rollup plugin), so run `tsc` first: `npm run build` does.
 */
export default {
  input: 'dist/all.js',
  output: { file: 'dist/glossa.js', format: 'es', sourcemap: true },
  plugins: bundlePlugins(),
};
