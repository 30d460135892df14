import { expect } from '@open-wc/testing';
import { foldQuoted, quoteDivergence, quoteDivergenceMessage } from '../../src/model/quote-match.js';

const PARAGRAPH = 'Tokayev blamed “a class of wealthy people” – and said he’d stay firm.';

describe('quotes compared with typographic variants folded', () => {
  it('folds curly quotes and apostrophes, dashes, spaces and Unicode forms to what a keyboard types', () => {
    expect(foldQuoted('“a” ‘b’ it’s «c» ‐ – — −')).to.equal('"a" \'b\' it\'s "c"-');
    expect(foldQuoted('  two\u00a0\u00a0spaces\n\tand tabs  ')).to.equal('two spaces and tabs');
    expect(foldQuoted('…')).to.equal('...');
    expect(foldQuoted('Cafe\u0301')).to.equal(foldQuoted('Café'));
    expect(foldQuoted('a--b')).to.equal('a-b');
    expect(foldQuoted('a - b')).to.equal('a-b');
  });

  it('finds a quote typed with straight quotes, a hyphen for a dash, two spaces or another normal form', () => {
    for (const quote of [
      '"a class of wealthy people"',
      'people" - and said',
      "he'd stay firm",
      'a class  of wealthy',
      'he’d stay firm.',
    ]) {
      expect(quoteDivergence(PARAGRAPH, quote), quote).to.be.undefined;
    }
    expect(quoteDivergence('Ame\u0301lie said so', 'Amélie said')).to.be.undefined;
  });

  it('says where a quote leaves the text, word by word', () => {
    expect(quoteDivergence(PARAGRAPH, 'a class of rich people')).to.deep.equal({
      matched: 'a class of',
      textHas: 'wealthy',
      quoteHas: 'rich',
    });
    // Leaving inside a word is told from the start of that word.
    expect(quoteDivergence(PARAGRAPH, 'class of wealthier people')).to.deep.equal({
      matched: 'class of',
      textHas: 'wealthy',
      quoteHas: 'wealthier',
    });
    expect(quoteDivergence(PARAGRAPH, 'stay firm. Then he left')).to.deep.equal({
      matched: 'stay firm.',
      textHas: '',
      quoteHas: 'Then',
    });
    expect(quoteDivergence(PARAGRAPH, 'Zebras ran')).to.deep.equal({
      matched: '',
      textHas: 'Tokayev',
      quoteHas: 'Zebras',
    });
  });

  it('tells only the last three words matched', () => {
    expect(quoteDivergence(PARAGRAPH, 'Tokayev blamed "a class of poor')?.matched).to.equal('"a class of');
  });

  it('words the issue for an editor', () => {
    const where = 'paragraph "p3"';
    expect(quoteDivergenceMessage(where, { matched: 'a class of', textHas: 'wealthy', quoteHas: 'rich' })).to.equal(
      'is not in paragraph "p3": it matches up to "…a class of", then paragraph "p3" has "wealthy" where the quote has "rich"',
    );
    expect(quoteDivergenceMessage(where, { matched: 'firm.', textHas: '', quoteHas: 'Then' })).to.equal(
      'is not in paragraph "p3": it matches up to "…firm.", then paragraph "p3" ends where the quote has "Then"',
    );
    expect(quoteDivergenceMessage(where, { matched: '', textHas: 'Tokayev', quoteHas: 'Zebras' })).to.equal(
      'is not in paragraph "p3": not even its first word ("Zebras") is there; quote its exact words',
    );
  });
});
