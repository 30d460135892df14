import { spawn } from 'node:child_process';
import { createReadStream, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { extname, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { writeLine } from '../terminal-text.mjs';

const STUDIO_ROOT = fileURLToPath(new URL('../../dist/studio/', import.meta.url));
const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.png': 'image/png',
  '.svg': 'image/svg+xml',
};

/** The file a request's path names inside `root`, or undefined for anything outside it or missing. */
export function fileInside(root, urlPath) {
  let decoded;
  try {
    decoded = decodeURIComponent(urlPath);
  } catch {
    return undefined;
  }
  if (decoded.includes('\0')) return undefined;
  const base = resolve(root);
  const file = resolve(base, `.${decoded.endsWith('/') ? `${decoded}index.html` : decoded}`);
  if (file !== base && !file.startsWith(base + sep)) return undefined;
  try {
    return statSync(file).isFile() ? file : undefined;
  } catch {
    return undefined;
  }
}

/** Serves `root` on 127.0.0.1 (`port` 0: a free one); resolves to `{ origin, close }`. */
export function startStudioServer({ root = STUDIO_ROOT, port = 0 } = {}) {
  const server = createServer((request, response) => {
    const { pathname } = new URL(request.url ?? '/', 'http://127.0.0.1');
    const file = request.method === 'GET' || request.method === 'HEAD' ? fileInside(root, pathname) : undefined;
    if (!file) {
      response.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' }).end('Not found');
      return;
    }
    response.writeHead(200, {
      'content-type': TYPES[extname(file)] ?? 'application/octet-stream',
      'x-content-type-options': 'nosniff',
    });
    if (request.method === 'HEAD') response.end();
    else createReadStream(file).pipe(response);
  });
  return new Promise((resolvePromise, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', () => {
      const { port: bound } = server.address();
      resolvePromise({ origin: `http://127.0.0.1:${bound}`, close: () => new Promise((done) => server.close(done)) });
    });
  });
}

/** Opens `url` in the default browser when the system has a way to; never fails when it has none. */
function openBrowser(url) {
  const [command, args] =
    process.platform === 'darwin'
      ? ['open', [url]]
      : process.platform === 'win32'
        ? ['cmd', ['/c', 'start', '', url]]
        : ['xdg-open', [url]];
  try {
    spawn(command, args, { stdio: 'ignore', detached: true })
      .on('error', () => {})
      .unref();
  } catch {
    // No opener on this system: the address is printed.
  }
}

/** `glossa studio [--port N] [--no-open]`: serves the built Studio on 127.0.0.1 and prints its address. */
export async function studio(args) {
  const portIndex = args.indexOf('--port');
  const port = portIndex === -1 ? 0 : Number(args[portIndex + 1]);
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    writeLine(process.stderr, 'glossa studio: --port takes a number from 0 to 65535');
    return 2;
  }
  if (!fileInside(STUDIO_ROOT, '/index.html')) {
    writeLine(process.stderr, 'glossa studio: dist/studio/ is missing: run npm run build');
    return 1;
  }
  const { origin } = await startStudioServer({ port });
  writeLine(process.stdout, `Glossa Studio: ${origin}/`);
  if (!args.includes('--no-open')) openBrowser(`${origin}/`);
  return 0;
}
