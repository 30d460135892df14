import { nodeResolve } from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';
import { minifyTemplates } from './minify-templates.mjs';

/** The plugins that make the CDN bundle; the weight bench bundles each element's entry with the same ones. */
export function bundlePlugins() {
  return [
    nodeResolve({ exportConditions: ['production'] }),
    minifyTemplates(),
    terser({ ecma: 2022, module: true, compress: { passes: 2 }, format: { comments: false } }),
  ];
}
