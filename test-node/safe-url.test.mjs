import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { isSafeUrl } from '../dist/model/index.js';
import { evidenceHref } from '../dist/shared/evidence-href.js';

/** The corpus the browser tests use too (test/fixtures/url-corpus.ts describes it). */
const corpus = JSON.parse(readFileSync('test/fixtures/url-corpus.json', 'utf8'));
/** A page as Node's WHATWG parser, the browsers' own, reads links on it. */
const PAGE = new URL('https://page.example/articles/');
const HTTP = ['http:', 'https:'];

describe('isSafeUrl in Node, as in the browser', () => {
  it('refuses every scheme that is not http(s), however it is spelled', () => {
    for (const url of corpus.notHttp) {
      assert.ok(!HTTP.includes(new URL(url, PAGE).protocol), `${JSON.stringify(url)} is read as http(s)`);
      assert.equal(isSafeUrl(url), false, JSON.stringify(url));
    }
  });

  it('refuses relative-looking URLs that load from another host', () => {
    for (const url of corpus.anotherHost) {
      assert.notEqual(new URL(url, PAGE).origin, PAGE.origin, `${JSON.stringify(url)} stays on the page`);
      assert.equal(isSafeUrl(url), false, JSON.stringify(url));
    }
  });

  it('refuses whitespace and control characters', () => {
    for (const url of corpus.whitespace) assert.equal(isSafeUrl(url), false, JSON.stringify(url));
  });

  it('accepts http(s) URLs and relative ones that stay on the page', () => {
    for (const url of corpus.safe) {
      assert.ok(HTTP.includes(new URL(url, PAGE).protocol), JSON.stringify(url));
      assert.equal(isSafeUrl(url), true, JSON.stringify(url));
    }
  });

  it('judges evidence-href templates once {n} and {id} are filled in', () => {
    const { paragraphId, paragraphNumber, safe, unsafe } = corpus.evidenceTemplates;
    for (const template of unsafe)
      assert.equal(evidenceHref(template, paragraphId, paragraphNumber), undefined, JSON.stringify(template));
    for (const [template, href] of Object.entries(safe))
      assert.equal(evidenceHref(template, paragraphId, paragraphNumber), href);
  });
});
