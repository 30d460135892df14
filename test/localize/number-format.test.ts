import { expect } from '@open-wc/testing';
import { numberFormat, unitFormat } from '../../src/localize/number-format.js';

/** The number as a reader of `lang` writes it in `unit`, and the unit's text written after it, if any. */
function written(lang: string, value: number, unit?: string): string {
  const { options, after } = unitFormat(unit);
  const number = numberFormat(lang, options).format(value);
  return after === undefined ? number : `${number} ${after}`;
}

describe('number formats', () => {
  it('write a number as each language does, its digits as Intl gives them', () => {
    expect(written('en', 10000)).to.equal('10,000');
    expect(written('ru', 10000)).to.equal('10\u00a0000');
    expect(written('fr', 10000)).to.equal('10\u202f000');
    expect(written('de', 10000)).to.equal('10.000');
    expect(written('ar-EG', 10000)).to.equal('١٠٬٠٠٠');
    expect(written('en', 12.5)).to.equal('12.5');
    expect(written('ru', 12.5)).to.equal('12,5');
  });

  it('let Intl word the units it knows, in the reader’s language and short', () => {
    expect(written('en', 12.5, 'kilometer')).to.equal('12.5 km');
    expect(written('ru', 12.5, 'kilometer')).to.equal('12,5 км');
    expect(written('fr', 12.5, 'kilometer')).to.equal('12,5\u202fkm');
    expect(written('en', 40, 'percent')).to.equal('40%');
    expect(written('en', 90, 'kilometer-per-hour')).to.equal('90 km/h');
  });

  it('write a unit Intl does not know after the number, as the model gives it', () => {
    expect(unitFormat('light-year')).to.deep.equal({ after: 'light-year' });
    expect(unitFormat('km')).to.deep.equal({ after: 'km' });
    expect(written('ru', 3, 'arches')).to.equal('3 arches');
    expect(unitFormat(undefined)).to.deep.equal({});
  });

  it('ask Intl about a unit once, and build each formatter once', () => {
    expect(unitFormat('kilometer')).to.equal(unitFormat('kilometer'));
    expect(unitFormat('arches')).to.equal(unitFormat('arches'));
    expect(numberFormat('fr')).to.equal(numberFormat('fr'));
    expect(numberFormat('fr', { style: 'percent' })).to.equal(numberFormat('fr', { style: 'percent' }));
    expect(numberFormat('fr', { style: 'percent' })).not.to.equal(numberFormat('fr'));
    expect(numberFormat('fr', { style: 'percent' })).not.to.equal(numberFormat('fr', { style: 'unit', unit: 'meter' }));
    expect(numberFormat('de')).not.to.equal(numberFormat('fr'));
  });
});
