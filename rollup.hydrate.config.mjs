import { bundlePlugins } from './scripts/bundle-plugins.mjs';

/**
 * The CDN bundle for pages rendered on the server (`glossa render`): Lit's hydration support, then
 * every element, in one module. Like rollup.config.mjs, it bundles what `tsc` emitted; unlike it, the
 * rarely needed code is inlined, so this bundle is one file with no chunks of its own.
 */
export default {
  input: 'dist/hydrate.js',
  output: { file: 'dist/glossa-hydrate.js', format: 'es', sourcemap: true, inlineDynamicImports: true },
  plugins: bundlePlugins(),
};
