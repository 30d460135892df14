import { nodeResolve } from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';

/**
 * The CDN bundle: every element with Lit inside, one minified module. It bundles what `tsc` emitted
 * (TypeScript 7 has no JS API for a rollup plugin), so run `tsc` first: `npm run build` does.
 */
export default {
  input: 'dist/all.js',
  output: { file: 'dist/glossa.js', format: 'es', sourcemap: true },
  plugins: [
    nodeResolve({ exportConditions: ['production'] }),
    terser({ ecma: 2022, module: true, format: { comments: false } }),
  ],
};
