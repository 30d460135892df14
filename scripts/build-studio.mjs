import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { rollup } from 'rollup';
import { bundlePlugins } from './bundle-plugins.mjs';
import { moduleWorkers } from './module-workers.mjs';

/**
 * Glossa Studio as a static folder, dist/studio/, with relative URLs only so it can be hosted anywhere:
 * tsc emits the Studio and the library modules it imports, rollup bundles them; the draft runs in a
 * worker, a chunk of its own whose libraries are chunks loaded only when a person drafts (the page
 * imports the same chunks to draft itself where no worker can start).
 */
const BUILD = 'dist/.studio-build';
const OUT = 'dist/studio';

rmSync(BUILD, { recursive: true, force: true });
rmSync(OUT, { recursive: true, force: true });
execFileSync('npx', ['tsc', '-p', 'studio/tsconfig.build.json'], { stdio: 'inherit' });
const bundle = await rollup({
  input: `${BUILD}/studio/src/studio-app.js`,
  // The page exports nothing: without a signature to keep, the worker's chunks share modules with the
  // page's chunks without a facade module in front of the app.
  preserveEntrySignatures: false,
  // The package's "sideEffects" names dist/'s define modules, not this build's copies of them: here
  // every module imported is kept, as the app registers its elements by importing them.
  plugins: [
    moduleWorkers(),
    ...bundlePlugins(),
    { name: 'studio-modules-register', transform: (code) => ({ code, map: null, moduleSideEffects: true }) },
  ],
  onwarn(warning, warn) {
    // mammoth's browser build is a UMD file that sets `this.mammoth`; the draft module reads it there.
    if (warning.code === 'THIS_IS_UNDEFINED') return;
    warn(warning);
  },
});
await bundle.write({ dir: OUT, format: 'es', entryFileNames: 'studio.js', chunkFileNames: 'chunks/[name]-[hash].js' });
await bundle.close();
mkdirSync(OUT, { recursive: true });
const page = readFileSync('studio/index.html', 'utf8');
const entry = './src/studio-app.ts';
if (!page.includes(entry)) throw new Error(`studio/index.html no longer loads ${entry}`);
writeFileSync(`${OUT}/index.html`, page.replace(entry, './studio.js'));
rmSync(BUILD, { recursive: true, force: true });
