import { nodeResolve } from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';

/**
 * The elements, by the folder of their `define.js` (each defines `glossa-<folder>`): the CDN bundle's
 * chunks, and the entries a bundler user can import one by one (`glossa/<element>`).
 */
export const ELEMENTS = ['article', 'explainer', 'quiz', 'timeline', 'whos-who', 'term', 'annotate'];

/**
 * The plugins that make the CDN bundles from dist/, whose templates the library build already minified;
 * the weight bench bundles each element's entry with the same ones.
 */
export function bundlePlugins() {
  return [
    nodeResolve({ exportConditions: ['production'] }),
    terser({ ecma: 2022, module: true, compress: { passes: 2 }, format: { comments: false } }),
  ];
}
