import { bundlePlugins } from './scripts/bundle-plugins.mjs';

/**
 * The iframe embed (src/embed/): the script of dist/embed.html, which frames one widget of glossa.js, the
 * height reporter alone (for pages `glossa render --page` writes) and the host page's resizer, each one small module of its own that no reader bundle imports. Like
 * rollup.config.mjs, it bundles what `tsc` emitted.
 */
export default [
  { input: 'dist/embed/embed-page.js', output: { file: 'dist/embed.js', format: 'es' }, plugins: bundlePlugins() },
  {
    input: 'dist/embed/height-reporter.js',
    output: { file: 'dist/embed-height.js', format: 'es' },
    plugins: bundlePlugins(),
  },
  {
    input: 'dist/embed/resizer.js',
    output: { file: 'dist/embed-resizer.js', format: 'es' },
    plugins: bundlePlugins(),
  },
];
