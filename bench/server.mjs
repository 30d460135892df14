import { existsSync, readFileSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { extname, join, normalize } from 'node:path';
import { gzipSync } from 'node:zlib';
import { GENERATED_PAGES } from './peers/pages.mjs';

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.map': 'application/json',
  '.woff2': 'font/woff2',
};

/**
 * The files as they are, with no transform and no caching, on a free port of 127.0.0.1: the peer pages
 * load built files (dist/, node_modules/), which a dev server would rewrite. Serves the project folder
 * and the pages of bench/peers/pages.mjs, each made on its first request. With `gzip`, each response
 * is sent gzip, as a CDN sends it, to the browsers that accept it: an emulated network counts the
 * bytes on the wire.
 */
export async function startStaticServer(root = process.cwd(), { gzip = false } = {}) {
  const compressed = new Map();
  // Made once, as a site serves a file: a page of 1,000 quizzes takes 0.1 s to write, which no reader waits for.
  const generatedPages = new Map();
  const send = (request, response, type, read) => {
    const headers = { 'Cache-Control': 'no-store', 'Content-Type': type };
    if (!gzip || !/\bgzip\b/.test(request.headers['accept-encoding'] ?? '')) {
      response.writeHead(200, headers).end(read());
      return;
    }
    const path = request.url;
    if (!compressed.has(path)) compressed.set(path, gzipSync(read()));
    response.writeHead(200, { ...headers, 'Content-Encoding': 'gzip', Vary: 'Accept-Encoding' });
    response.end(compressed.get(path));
  };
  const server = createServer(async (request, response) => {
    const path = decodeURIComponent(new URL(request.url, 'http://localhost').pathname);
    const generated = GENERATED_PAGES[path];
    if (generated) {
      if (!generatedPages.has(path)) generatedPages.set(path, generated());
      const page = await generatedPages.get(path);
      send(request, response, TYPES['.html'], () => page);
      return;
    }
    const file = join(root, normalize(path).replace(/^(\.\.[/\\])+/, ''));
    if (!file.startsWith(root) || !existsSync(file) || !statSync(file).isFile()) {
      response.writeHead(404, { 'Cache-Control': 'no-store' }).end();
      return;
    }
    send(request, response, TYPES[extname(file)] ?? 'application/octet-stream', () => readFileSync(file));
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    origin: `http://127.0.0.1:${server.address().port}`,
    stop: () => new Promise((resolve) => server.close(resolve)),
  };
}
