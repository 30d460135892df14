import { expect } from '@open-wc/testing';
import { NameMatcher } from '../../src/annotate/name-matcher.js';

const matcher = new NameMatcher([
  ['Kassym-Jomart Tokayev', 'tokayev'],
  ['Tokayev', 'tokayev'],
  ['CSTO', 'csto'],
  ['CSTO peacekeeping forces', 'peacekeepers'],
  ['Russia', 'russia'],
  ['Zürich', 'zurich'],
  ['US', 'us'],
  ['Tokayev', 'someone-else'],
]);

const found = (text: string, before?: string, after?: string) =>
  matcher.find(text, before, after).map(({ start, end, entity }) => [text.slice(start, end), entity]);

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

  it('is case-sensitive', () => {
    expect(found('us and US')).to.deep.equal([['US', 'us']]);
  });

  it('lets the first entity keep a name two entities share', () => {
    expect(found('Tokayev')).to.deep.equal([['Tokayev', 'tokayev']]);
  });

  it('takes the characters around the text into account', () => {
    expect(found('Russia', '', 'n')).to.deep.equal([]);
    expect(found('Russia', 'x', '')).to.deep.equal([]);
    expect(found('Russia', ' ', '.')).to.deep.equal([['Russia', 'russia']]);
  });

  it('falls back to a shorter name when the longer one does not end a word', () => {
    expect(found('CSTO peacekeeping forcesX')).to.deep.equal([['CSTO', 'csto']]);
  });
});
