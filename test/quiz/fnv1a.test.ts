import { expect } from '@open-wc/testing';
import { fnv1a } from '../../src/quiz/fnv1a.js';

describe('fnv1a', () => {
  it('is 32-bit FNV-1a: the published test vectors (ASCII, where UTF-16 units are the bytes)', () => {
    expect(fnv1a('')).to.equal(0x811c9dc5);
    expect(fnv1a('a')).to.equal(0xe40c292c);
    expect(fnv1a('foobar')).to.equal(0xbf9cf968);
  });
});
