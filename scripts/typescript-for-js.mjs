import { existsSync } from 'node:fs';
import { join } from 'node:path';

/**
 * Dev-server middleware: a request for a .js module that exists only as .ts gets the .ts, which the
 * esbuild plugin compiles. The plugin rewrites imports so, but not a worker's
 * `new URL('./x.js', import.meta.url)`, which names the .js that tsc and the Studio's build emit.
 */
export function typescriptForJs(rootDir) {
  return (context, next) => {
    if (context.path.endsWith('.js')) {
      const file = join(rootDir, decodeURIComponent(context.path));
      const source = `${file.slice(0, -3)}.ts`;
      if (!existsSync(file) && existsSync(source)) context.path = `${context.path.slice(0, -3)}.ts`;
    }
    return next();
  };
}
