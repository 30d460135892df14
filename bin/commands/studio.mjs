import { execFile, spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { tmpdir } from 'node:os';
import { extname, join, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { writeLine } from '../terminal-text.mjs';
import { readArguments } from './arguments.mjs';
import { usageOf } from './help.mjs';
import { commandSpec } from './specs.mjs';

const SPEC = commandSpec('studio');
const STUDIO = fileURLToPath(new URL('../../dist/studio/', import.meta.url));
const GLOSSA = fileURLToPath(new URL('../glossa.mjs', import.meta.url));
const WIDGETS = new Set(['quiz', 'explainer', 'timeline', 'whos-who']);
const MAX_BODY_BYTES = 10_000_000;
const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.map': 'application/json',
  '.json': 'application/json',
  '.css': 'text/css; charset=utf-8',
  '.md': 'text/markdown; charset=utf-8',
};

/** The file a URL path names inside `root`, or undefined for anything outside it or not a file. */
export function fileInside(root, urlPath) {
  let decoded;
  try {
    decoded = decodeURIComponent(urlPath);
  } catch {
    return undefined;
  }
  if (decoded.includes('\0')) return undefined;
  const file = resolve(root, `.${decoded.endsWith('/') ? `${decoded}index.html` : decoded}`);
  if (!file.startsWith(resolve(root) + sep)) return undefined;
  try {
    return statSync(file).isFile() ? file : undefined;
  } catch {
    return undefined;
  }
}

/** `glossa render` itself, on the posted article: the same code, so the Studio's HTML is the CLI's. */
function renderWidget(articleText, widget) {
  const folder = mkdtempSync(join(tmpdir(), 'glossa-studio-'));
  const file = join(folder, 'article.json');
  writeFileSync(file, articleText);
  return new Promise((done) => {
    execFile(process.execPath, [GLOSSA, 'render', file, '--widget', widget], (error, stdout, stderr) => {
      rmSync(folder, { recursive: true, force: true });
      done(error ? { status: 422, text: stderr || error.message } : { status: 200, text: stdout });
    });
  });
}

function readBody(request) {
  return new Promise((done, fail) => {
    const chunks = [];
    let size = 0;
    request.on('data', (chunk) => {
      size += chunk.length;
      if (size > MAX_BODY_BYTES) request.destroy(new Error('too large'));
      else chunks.push(chunk);
    });
    request.on('end', () => done(Buffer.concat(chunks).toString('utf8')));
    request.on('error', fail);
  });
}

/** The server: the Studio's files, and POST /render?widget=quiz from the same origin only. */
export function studioServer(root = STUDIO) {
  return createServer(async (request, response) => {
    const url = new URL(request.url ?? '/', 'http://127.0.0.1');
    const send = (status, text, type = 'text/plain; charset=utf-8') => {
      response.writeHead(status, { 'Content-Type': type, 'X-Content-Type-Options': 'nosniff' });
      response.end(text);
    };
    if (request.method === 'POST' && url.pathname === '/render') {
      const origin = request.headers.origin;
      if (origin !== undefined && origin !== `http://${request.headers.host}`) return send(403, 'Same origin only.');
      if (request.headers['sec-fetch-site'] && request.headers['sec-fetch-site'] !== 'same-origin')
        return send(403, 'Same origin only.');
      const widget = url.searchParams.get('widget') ?? '';
      if (!WIDGETS.has(widget)) return send(400, 'widget must be one of quiz, explainer, timeline, whos-who.');
      try {
        const rendered = await renderWidget(await readBody(request), widget);
        return send(rendered.status, rendered.text);
      } catch {
        return send(413, 'The article is too large.');
      }
    }
    if (request.method !== 'GET' && request.method !== 'HEAD') return send(405, 'Method not allowed.');
    const file = fileInside(root, url.pathname);
    if (!file) return send(404, 'Not found.');
    response.writeHead(200, { 'Content-Type': TYPES[extname(file)] ?? 'application/octet-stream' });
    response.end(request.method === 'HEAD' ? undefined : readFileSync(file));
  });
}

function openBrowser(address) {
  const [command, ...args] =
    process.platform === 'darwin'
      ? ['open']
      : process.platform === 'win32'
        ? ['cmd', '/c', 'start', '""']
        : ['xdg-open'];
  try {
    const child = spawn(command, [...args, address], { stdio: 'ignore', detached: true });
    child.on('error', () => writeLine(process.stdout, `Open ${address} in your browser.`));
    child.unref();
  } catch {
    writeLine(process.stdout, `Open ${address} in your browser.`);
  }
}

/** `glossa studio [--port N] [--no-open]`: serves the Studio on 127.0.0.1 until stopped. */
export async function studio(args) {
  const { files, options, error } = readArguments(args, SPEC);
  if (error || files.length) {
    writeLine(process.stderr, `glossa studio: ${error ?? `takes no file (got "${files[0]}")`}`);
    writeLine(process.stderr, usageOf(SPEC));
    return 2;
  }
  const port = options.port === undefined ? 0 : Number(options.port);
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    writeLine(process.stderr, 'glossa studio: --port takes a number from 0 to 65535');
    return 2;
  }
  if (!fileInside(STUDIO, '/index.html')) {
    writeLine(process.stderr, 'glossa studio: dist/studio/ is missing; run npm run build first');
    return 1;
  }
  const server = studioServer();
  await new Promise((done) => server.listen(port, '127.0.0.1', done));
  const address = `http://127.0.0.1:${server.address().port}/`;
  writeLine(process.stdout, `Glossa Studio is at ${address} (Ctrl+C stops it)`);
  if (!options.noOpen) openBrowser(address);
  await new Promise(() => {});
  return 0;
}
