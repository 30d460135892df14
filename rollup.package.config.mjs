import { bundlePlugins } from './scripts/bundle-plugins.mjs';

/**
 * The learning-platform bridge that `glossa package` puts beside a package's launch page, one module
 * of its own in dist/package/: no reader bundle imports it, so none pays for it. Like rollup.config.mjs,
 * it bundles what `tsc` emitted.
 */
export default {
  input: 'dist/lms/scorm-bridge.js',
  output: { file: 'dist/package/scorm-bridge.js', format: 'es' },
  plugins: bundlePlugins(),
};
