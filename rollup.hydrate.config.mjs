import { nodeResolve } from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';

/**
 * The CDN bundle for pages rendered on the server (`glossa render`): Lit's hydration support, then
 * every element, in one module. Like rollup.config.mjs, it bundles what `tsc` emitted.
 */
export default {
  input: 'dist/hydrate.js',
  output: { file: 'dist/glossa-hydrate.js', format: 'es', sourcemap: true },
  plugins: [
    nodeResolve({ exportConditions: ['production'] }),
    terser({ ecma: 2022, module: true, format: { comments: false } }),
  ],
};
