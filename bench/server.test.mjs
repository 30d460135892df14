import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { request } from 'node:http';
import { after, before, test } from 'node:test';
import { gunzipSync } from 'node:zlib';
import { GENERATED_PAGES } from './peers/pages.mjs';
import { startStaticServer } from './server.mjs';

/** The raw response, not decoded: its status, its headers and the bytes as sent. */
function get(origin, path, headers = {}) {
  return new Promise((resolve, reject) => {
    request(`${origin}${path}`, { headers }, (response) => {
      const chunks = [];
      response.on('data', (chunk) => chunks.push(chunk));
      response.on('end', () =>
        resolve({ status: response.statusCode, headers: response.headers, body: Buffer.concat(chunks) }),
      );
    })
      .on('error', reject)
      .end();
  });
}

let plain;
let gzip;
before(async () => {
  plain = await startStaticServer();
  gzip = await startStaticServer(process.cwd(), { gzip: true });
});
after(async () => {
  await plain.stop();
  await gzip.stop();
});

const file = 'bench/peers/plain.html';

test('the plain server sends a file as it is, even to a browser that accepts gzip', async () => {
  const { headers, body } = await get(plain.origin, `/${file}`, { 'accept-encoding': 'gzip, br' });
  assert.equal(headers['content-encoding'], undefined);
  assert.equal(headers['cache-control'], 'no-store');
  assert.deepEqual(body, readFileSync(file));
});

test('the gzip server sends gzip, which zlib decodes to the file, to a browser that accepts it', async () => {
  const { headers, body } = await get(gzip.origin, `/${file}`, { 'accept-encoding': 'gzip, deflate, br, zstd' });
  assert.equal(headers['content-encoding'], 'gzip');
  assert.equal(headers['content-type'], 'text/html; charset=utf-8');
  assert.ok(body.length < readFileSync(file).length, 'the bytes on the wire are fewer');
  assert.deepEqual(gunzipSync(body), readFileSync(file));
});

test('the gzip server sends the file as it is to a client that does not accept gzip', async () => {
  const { headers, body } = await get(gzip.origin, `/${file}`);
  assert.equal(headers['content-encoding'], undefined);
  assert.deepEqual(body, readFileSync(file));
});

test('the gzip server sends a generated page gzip, and a missing file as 404', async () => {
  const page = await get(gzip.origin, '/bench/peers/glossa-one-bundle.html', { 'accept-encoding': 'gzip' });
  assert.equal(page.headers['content-encoding'], 'gzip');
  const { all } = JSON.parse(readFileSync('dist/glossa-chunks.json', 'utf8'));
  assert.match(gunzipSync(page.body).toString(), new RegExp(`<script type="module" src="/dist/${all.slice(2)}">`));
  const missing = await get(gzip.origin, '/no/such/file.js', { 'accept-encoding': 'gzip' });
  assert.equal(missing.status, 404);
  assert.equal(missing.body.length, 0);
});

test('a generated page is made on its first request only, as a site serves a file', async () => {
  const path = '/bench/test/counted.html';
  let made = 0;
  GENERATED_PAGES[path] = () => `<p>made ${(made += 1)}</p>`;
  try {
    const first = await get(plain.origin, path);
    const second = await get(plain.origin, path);
    assert.equal(made, 1);
    assert.equal(second.body.toString(), '<p>made 1</p>');
    assert.deepEqual(second.body, first.body);
  } finally {
    delete GENERATED_PAGES[path];
  }
});
