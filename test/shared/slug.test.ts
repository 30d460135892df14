import { expect } from '@open-wc/testing';
import { idFrom, slugWords, uniqueId } from '../../src/shared/slug.js';

describe('ids made from text', () => {
  it('keeps the Latin words, accents dropped, Cyrillic transliterated, apostrophes closed up', () => {
    expect(slugWords('Kazakhstan’s Путин, Tōkyō')).to.deep.equal(['kazakhstans', 'putin', 'tokyo']);
    expect(slugWords('東京 — القاهرة')).to.deep.equal([]);
  });

  it('starts an id with a letter, under the fallback when the text does not', () => {
    expect(idFrom('Kassym-Jomart Tokayev', 'entity')).to.equal('kassym-jomart-tokayev');
    expect(idFrom('2022 protests', 'article')).to.equal('article-2022-protests');
    expect(idFrom('東京', 'place')).to.equal('place');
  });

  it('cuts a long id without leaving a hyphen at its end', () => {
    expect(idFrom('Uprising in Kazakhstan', 'article', 12)).to.equal('uprising-in');
  });

  it('numbers an id that is taken, and takes the one it returns', () => {
    const taken = new Set(['csto']);
    expect(uniqueId('csto', taken)).to.equal('csto-2');
    expect(uniqueId('csto', taken)).to.equal('csto-3');
    expect([...taken]).to.deep.equal(['csto', 'csto-2', 'csto-3']);
  });
});
