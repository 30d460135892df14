import { bundlePlugins } from './scripts/bundle-plugins.mjs';

/**
 * The learning-platform bridges that `glossa package` puts beside a package's launch page, one module
 * of its own each in dist/package/ (SCORM's, cmi5's): no reader bundle imports them, so none pays for
 * them. Like rollup.config.mjs, it bundles what `tsc` emitted.
 */
export default ['scorm-bridge', 'cmi5-bridge'].map((bridge) => ({
  input: `dist/lms/${bridge}.js`,
  output: { file: `dist/package/${bridge}.js`, format: 'es' },
  plugins: bundlePlugins(),
}));
