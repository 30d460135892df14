import { esbuildPlugin } from '@web/dev-server-esbuild';
import { typescriptForJs } from './scripts/typescript-for-js.mjs';
import { fakeLrs } from './scripts/fake-lrs.mjs';

/** `npm start`: the demo, with the TypeScript sources compiled on the fly, and a stand-in LRS for its xAPI page. */
export default {
  rootDir: '.',
  open: '/demo/',
  watch: true,
  nodeResolve: true,
  port: 8000,
  middleware: [typescriptForJs('.'), fakeLrs()],
  plugins: [esbuildPlugin({ ts: true, target: 'es2022', tsconfig: 'tsconfig.json' })],
};
