import { expect } from '@open-wc/testing';
import { placeCard } from '../../src/term/place.js';

const viewport = { width: 400, height: 600 };
const card = { width: 200, height: 100 };
const gap = 6;
const term = (top: number, left: number) => ({ top, bottom: top + 20, left, right: left + 60 });

describe('placeCard (the measured fallback of <glossa-term>)', () => {
  it('puts the card below the term, aligned with its start', () => {
    expect(placeCard(term(100, 50), card, viewport, { gap })).to.deep.equal({ top: 126, left: 50, side: 'below' });
  });

  it('flips above when there is no room below', () => {
    expect(placeCard(term(550, 50), card, viewport, { gap })).to.deep.equal({ top: 444, left: 50, side: 'above' });
  });

  it('stays below when it fits nowhere and below has more room', () => {
    const tall = { width: 200, height: 500 };
    expect(placeCard(term(200, 50), tall, viewport, { gap }).side).to.equal('below');
  });

  it('is kept inside the viewport at the inline edges', () => {
    expect(placeCard(term(100, 350), card, viewport, { gap }).left).to.equal(400 - 200 - gap);
    expect(placeCard(term(100, -30), card, viewport, { gap }).left).to.equal(gap);
  });

  it('keeps `edge` from the viewport’s sides, apart from the gap to the term', () => {
    expect(placeCard(term(100, 350), card, viewport, { gap, edge: 8 })).to.deep.equal({
      top: 126,
      left: 192,
      side: 'below',
    });
    expect(placeCard(term(100, 2), card, viewport, { gap, edge: 8 }).left).to.equal(8);
  });

  it('aligns with the term’s right edge in right-to-left text', () => {
    expect(placeCard(term(100, 250), card, viewport, { gap, rtl: true }).left).to.equal(310 - 200);
  });
});
