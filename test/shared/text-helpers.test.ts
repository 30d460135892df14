import { expect } from '@open-wc/testing';
import { cached } from '../../src/shared/cached.js';
import { foldText } from '../../src/shared/fold-text.js';
import { listAttribute } from '../../src/shared/list-attribute.js';
import { paragraphsOf } from '../../src/shared/paragraphs.js';

describe('shared helpers', () => {
  it('fold text for comparing: case, accents and spacing aside', () => {
    expect(foldText('  Tōkyō\n  Tower ')).to.equal('tokyo tower');
    expect(foldText('ÁLMATY')).to.equal('almaty');
    expect(foldText('Nur -  Sultan')).to.equal('nur - sultan');
    expect(foldText('')).to.equal('');
  });

  it('read a list attribute separated by commas, spaces or both', () => {
    expect(listAttribute('person, place')).to.deep.equal(['person', 'place']);
    expect(listAttribute(' q1 q4,q2 ,, ')).to.deep.equal(['q1', 'q4', 'q2']);
    expect(listAttribute('')).to.deep.equal([]);
    expect(listAttribute(undefined)).to.deep.equal([]);
  });

  it('part a text into the paragraphs a blank line separates', () => {
    expect(paragraphsOf('One line.')).to.deep.equal(['One line.']);
    expect(paragraphsOf('First.\n\nSecond.\nstill second.')).to.deep.equal(['First.', 'Second.\nstill second.']);
    expect(paragraphsOf('First.\n \t\n\n\nSecond.\n\n')).to.deep.equal(['First.', 'Second.']);
    expect(paragraphsOf('  \n\nOnly.\n\n  ')).to.deep.equal(['Only.']);
  });

  it('make a cached value once, an undefined one too', () => {
    const cache = new Map<string, string | undefined>();
    let made = 0;
    const make = (value: string | undefined) => () => ((made += 1), value);
    expect(cached(cache, 'a', make('A'))).to.equal('A');
    expect(cached(cache, 'a', make('B'))).to.equal('A');
    expect(cached(cache, 'b', make(undefined))).to.equal(undefined);
    expect(cached(cache, 'b', make('C'))).to.equal(undefined);
    expect(made).to.equal(2);
  });
});
