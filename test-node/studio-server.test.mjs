import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { request } from 'node:http';
import { after, before, test } from 'node:test';

const GLOSSA = new URL('../bin/glossa.mjs', import.meta.url);
let server;
let address;

before(async () => {
  assert.ok(existsSync(new URL('../dist/studio/index.html', import.meta.url)), 'run npm run build:lib first');
  server = spawn(process.execPath, [GLOSSA.pathname, 'studio', '--no-open', '--port', '0'], {
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  address = await new Promise((done) => {
    let printed = '';
    server.stdout.on('data', (chunk) => {
      printed += chunk;
      const found = /http:\/\/127\.0\.0\.1:\d+\//.exec(printed);
      if (found) done(found[0]);
    });
  });
});

after(() => server.kill());

/** A raw GET, so the path is sent as written: fetch would resolve "../" before sending it. */
const rawGet = (path) =>
  new Promise((done, fail) => {
    const { hostname, port } = new URL(address);
    request({ hostname, port, path, method: 'GET' }, (response) => {
      response.resume();
      done(response.statusCode);
    })
      .on('error', fail)
      .end();
  });

test('glossa studio serves the Studio page on 127.0.0.1', async () => {
  const response = await fetch(address);
  assert.equal(response.status, 200);
  assert.match(await response.text(), /<studio-app>/);
});

test('glossa studio serves nothing outside its folder', async () => {
  for (const path of ['/../../package.json', '/%2e%2e/%2e%2e/package.json', '/..%2f..%2fpackage.json', '/%00'])
    assert.equal(await rawGet(path), 404, path);
});

test('glossa studio renders a widget as glossa render does, for its own origin only', async () => {
  const article = readFileSync(new URL('../demo/articles/kazakhstan-2022.json', import.meta.url), 'utf8');
  const rendered = await fetch(new URL('render?widget=explainer', address), { method: 'POST', body: article });
  assert.equal(rendered.status, 200);
  const text = await rendered.text();
  assert.ok(text.startsWith('<glossa-explainer'), 'the element opens the HTML');
  assert.ok(/<template[^>]* shadowrootmode="open"/.test(text), 'its shadow root is declared');
  const foreign = await fetch(new URL('render?widget=explainer', address), {
    method: 'POST',
    body: article,
    headers: { Origin: 'https://elsewhere.example' },
  });
  assert.equal(foreign.status, 403);
});

test('the CDN bundle holds none of the Studio or the draft module', () => {
  const bundle = readFileSync(new URL('../dist/glossa.js', import.meta.url), 'utf8');
  for (const unique of ['studio-app', 'Your draft could not be saved', 'draftArticle', 'glossa-studio'])
    assert.ok(!bundle.includes(unique), unique);
  assert.ok(readFileSync(new URL('../dist/studio/studio.js', import.meta.url), 'utf8').includes('studio-app'));
});
