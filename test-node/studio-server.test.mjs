import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { startStudioServer } from '../bin/commands/studio.mjs';

/** A raw GET, so that `..` in the path reaches the server as written. */
const get = (origin, path) =>
  new Promise((resolve, reject) => {
    const url = new URL(origin);
    request({ host: url.hostname, port: url.port, path, method: 'GET' }, (response) => {
      let body = '';
      response.on('data', (chunk) => (body += chunk));
      response.on('end', () => resolve({ status: response.statusCode, type: response.headers['content-type'], body }));
    })
      .on('error', reject)
      .end();
  });

describe('glossa studio: the local server', () => {
  let server;
  before(async () => {
    const parent = mkdtempSync(join(tmpdir(), 'glossa-studio-'));
    const root = join(parent, 'studio');
    mkdirSync(root);
    writeFileSync(join(root, 'index.html'), '<!doctype html><title>Studio</title>');
    writeFileSync(join(root, 'app.js'), 'export {};');
    writeFileSync(join(parent, 'secret.txt'), 'outside');
    server = await startStudioServer({ root });
  });
  after(() => server.close());

  it('listens on 127.0.0.1 and serves the folder, index.html for a folder', async () => {
    assert.match(server.origin, /^http:\/\/127\.0\.0\.1:\d+$/);
    const page = await get(server.origin, '/');
    assert.equal(page.status, 200);
    assert.match(page.type, /^text\/html/);
    assert.match(page.body, /<title>Studio<\/title>/);
    assert.match((await get(server.origin, '/app.js')).type, /^text\/javascript/);
  });

  it('serves nothing outside its folder, however the path is spelled', async () => {
    for (const path of [
      '/../secret.txt',
      '/%2e%2e/secret.txt',
      '/..%2fsecret.txt',
      '/%2e%2e%5csecret.txt',
      '/x%00',
      '/%E0%A4%A',
    ]) {
      const response = await get(server.origin, path);
      assert.equal(response.status, 404, path);
      assert.doesNotMatch(response.body, /outside/, path);
    }
    assert.equal((await get(server.origin, '/missing.js')).status, 404);
  });
});

describe('the built Studio stays out of the library bundle', () => {
  // Strings only the Studio's code and the draft module's code hold: their tags and a message of the draft.
  const MARKERS = ['studio-app', 'studio-article-editor', 'The draft has a problem at'];
  const read = (folder, match) =>
    readdirSync(folder, { recursive: true })
      .filter((file) => match.test(file))
      .map((file) => readFileSync(join(folder, file), 'utf8'))
      .join('\n');

  it('has the Studio and the draft in dist/studio/ and none of them in dist/glossa*.js', () => {
    const studio = read('dist/studio', /\.js$/);
    const library = read('dist', /^glossa[^/]*\.js$/);
    assert.ok(library.length > 0, 'dist/glossa.js is built');
    for (const marker of MARKERS) {
      assert.ok(studio.includes(marker), `dist/studio/ holds "${marker}"`);
      assert.ok(!library.includes(marker), `dist/glossa*.js holds no "${marker}"`);
    }
  });
});
