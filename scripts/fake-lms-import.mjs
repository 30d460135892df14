import { execFile } from 'node:child_process';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { extname, join } from 'node:path';
import { promisify } from 'node:util';
import { unzipSync } from 'fflate';
import { readBody } from './fake-lrs.mjs';

const run = promisify(execFile);
const TYPES = { '.html': 'html', '.js': 'js', '.json': 'json', '.css': 'css', '.xml': 'xml' };

/**
 * A learning platform's import of `glossa package` zips, for the browser tests, as dev-server
 * middleware: `POST /fake-lms/<name>/import?target=cmi5` with an article's JSON packages it through
 * the command line itself (which needs dist/, like `npm test` builds first), unzips the zip and serves
 * its files under `/fake-lms/<name>/package/`, as-is. Its launch page then talks to the fake LRS
 * (fake-lrs.mjs), which plays the LMS's side of cmi5.
 */
export function fakeLmsImport() {
  const packages = new Map();
  return async (context, next) => {
    const match = /^\/fake-lms\/([\w-]+)\/(import|package\/(.+))$/.exec(context.path);
    if (!match) return next();
    const [, name, route, path] = match;
    if (route === 'import') {
      const dir = await mkdtemp(join(tmpdir(), 'glossa-fake-lms-'));
      try {
        const article = join(dir, 'article.json');
        await writeFile(article, await readBody(context.req));
        const zip = join(dir, 'package.zip');
        const target = `--${context.query.target ?? 'cmi5'}`;
        await run(process.execPath, ['bin/glossa.mjs', 'package', article, target, '-o', zip]);
        const files = unzipSync(await readFile(zip));
        packages.set(name, files);
        context.type = 'json';
        context.body = JSON.stringify(Object.keys(files));
      } finally {
        await rm(dir, { recursive: true, force: true });
      }
      return;
    }
    const file = packages.get(name)?.[path];
    if (!file) return next();
    context.type = TYPES[extname(path)] ?? 'application/octet-stream';
    context.body = Buffer.from(file);
  };
}
