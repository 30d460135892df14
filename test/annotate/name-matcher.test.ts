import { expect } from '@open-wc/testing';
import { NameMatcher } from '../../src/annotate/name-matcher.js';

const NAMES: [string, string][] = [
  ['Kassym-Jomart Tokayev', 'tokayev'],
  ['Tokayev', 'tokayev'],
  ['CSTO', 'csto'],
  ['CSTO peacekeeping forces', 'peacekeepers'],
  ['Russia', 'russia'],
  ['Zürich', 'zurich'],
  ['US', 'us'],
  ['Reuters', 'reuters'],
  ['Tokayev', 'someone-else'],
];

/** The names found in `text`, with their entities; the matcher is built in the test, so a fault in building it fails the test. */
const found = (text: string, before?: string, after?: string) =>
  new NameMatcher(NAMES).find(text, before, after).map(({ start, end, entity }) => [text.slice(start, end), entity]);

describe('NameMatcher', () => {
  it('finds names and prefers the longest', () => {
    expect(found('Kassym-Jomart Tokayev asked the CSTO peacekeeping forces and the CSTO.')).to.deep.equal([
      ['Kassym-Jomart Tokayev', 'tokayev'],
      ['CSTO peacekeeping forces', 'peacekeepers'],
      ['CSTO', 'csto'],
    ]);
  });

  it('matches whole words only, with Unicode letters', () => {
    expect(found('Russian troops left Russia; Zürichsee is not Zürich.')).to.deep.equal([
      ['Russia', 'russia'],
      ['Zürich', 'zurich'],
    ]);
    expect(found('xZürich Züriché')).to.deep.equal([]);
  });

  it('ends a name at an apostrophe, so a possessive ending is left out of the mark', () => {
    expect(
      found("Tokayev’s speech, Tokayev's aides, the CSTO’s troops, Reuters’ report, Reuters' sources."),
    ).to.deep.equal([
      ['Tokayev', 'tokayev'],
      ['Tokayev', 'tokayev'],
      ['CSTO', 'csto'],
      ['Reuters', 'reuters'],
      ['Reuters', 'reuters'],
    ]);
  });

  it('is case-sensitive', () => {
    expect(found('us and US')).to.deep.equal([['US', 'us']]);
  });

  it('lets the first entity keep a name two entities share', () => {
    expect(found('Tokayev')).to.deep.equal([['Tokayev', 'tokayev']]);
  });

  it('takes the characters around the text into account', () => {
    expect(found('Russia', '', 'n')).to.deep.equal([]);
    expect(found('Russia', 'x', '')).to.deep.equal([]);
    expect(found('Russia', 'an x', ''), 'a word just before, after a space').to.deep.equal([]);
    expect(found('Russia', ' Ａ', ''), 'a fullwidth letter').to.deep.equal([]);
    expect(found('Russia', ' ', '.')).to.deep.equal([['Russia', 'russia']]);
  });

  it('falls back to a shorter name when the longer one does not end a word', () => {
    expect(found('CSTO peacekeeping forcesX')).to.deep.equal([['CSTO', 'csto']]);
  });

  it('reads letters outside the BMP as letters, and emoji as no letters, in the text and around it', () => {
    // 𝐀 (U+1D400) is a letter written as two UTF-16 units; 𐀀 and 𠏿 sit at either end of the low-surrogate range.
    for (const letter of ['𝐀', '\u{10000}', '\u{203FF}']) {
      expect(found(`${letter}Russia`), letter).to.deep.equal([]);
      expect(found(`Russia${letter}`), letter).to.deep.equal([]);
      expect(found('Russia', letter, ''), letter).to.deep.equal([]);
      expect(found('Russia', '', letter), letter).to.deep.equal([]);
    }
    expect(found('😀Russia😀')).to.deep.equal([['Russia', 'russia']]);
    expect(found('Russia', '😀', '😀')).to.deep.equal([['Russia', 'russia']]);
    expect(found('\uFFFFRussia'), 'the last BMP character is one unit').to.deep.equal([['Russia', 'russia']]);
  });

  it('finds nothing with no names, or only an empty one', () => {
    expect(new NameMatcher([]).find('Russia')).to.deep.equal([]);
    expect(new NameMatcher([['', 'nobody']]).find('Russia')).to.deep.equal([]);
  });
});
