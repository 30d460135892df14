import { expect } from '@open-wc/testing';
import { formatNumber, numberFormat, unitFormat } from '../../src/localize/number-format.js';

/** The number as a reader of `lang` writes it in `unit`, and the unit's text written after it, if any. */
function written(lang: string, value: number, unit?: string): string {
  const { options, after } = unitFormat(unit);
  const number = numberFormat(lang, options).format(value);
  return after === undefined ? number : `${number} ${after}`;
}

/** Whether `write` asked Intl to format a number: `formatNumber` spares it for small whole numbers only. */
function askedIntl(write: () => string): boolean {
  const format = Object.getOwnPropertyDescriptor(Intl.NumberFormat.prototype, 'format')!;
  let asked = false;
  Object.defineProperty(Intl.NumberFormat.prototype, 'format', {
    configurable: true,
    get(this: Intl.NumberFormat) {
      asked = true;
      return format.get!.call(this) as unknown;
    },
  });
  try {
    write();
  } finally {
    Object.defineProperty(Intl.NumberFormat.prototype, 'format', format);
  }
  return asked;
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

  it('write whole numbers as Intl does in every language, also where they skip Intl', () => {
    const languages = [
      ...'en fr de es it pt nl ru kk uk be pl cs sk sl hr sr bs bg mk ro hu fi et lv lt sv da nb nn no is ga cy eu ca gl el tr az uz ky tg tk mn ka hy he sq mt id ms tl vi th ja zh ko hi gu pa ta te kn ml si km lo am sw zu xh af yo ig ha so'.split(
        ' ',
      ),
      ...['ar', 'ar-EG', 'ar-MA', 'fa', 'ur', 'ps', 'bn', 'as', 'mr', 'ne', 'my', 'dz', 'sat', 'ks', 'sd', 'mni'],
      ...[
        'pa-Arab',
        'uz-Arab',
        'ms-Arab',
        'en-IN',
        'hi-IN',
        'zh-Hant-TW',
        'sr-Latn',
        'en-u-nu-arab',
        'fr-CA-u-nu-arab',
        'EN',
      ],
    ];
    for (const lang of languages) {
      for (const value of [0, 7, 42, 999, 1000, 12345, -3, 2.5]) {
        expect(formatNumber(lang, value), `${lang} ${value}`).to.equal(new Intl.NumberFormat(lang).format(value));
      }
      expect(formatNumber(lang, 0.4, { style: 'percent' })).to.equal(
        new Intl.NumberFormat(lang, { style: 'percent' }).format(0.4),
      );
    }
  });

  it('spare Intl only for a whole number from 0 to 999, with no options, in a language and region of ASCII digits', () => {
    for (const [lang, value] of [
      ['en', 0],
      ['en', 999],
      ['EN', 7],
      ['en-GB', 7],
      ['es-419', 7],
      ['fr-CA', 42],
    ] as const) {
      expect(
        askedIntl(() => formatNumber(lang, value)),
        `${lang} ${value}`,
      ).to.be.false;
    }
    const asked: [string, number, Intl.NumberFormatOptions?][] = [
      ['en', 1000],
      ['en', -1],
      ['en', 2.5],
      ['en', 7, { style: 'percent' }],
      ['ar', 7],
      ['ven', 7],
      ['en-GB-oxendict', 7],
      ['zh-Hant', 7],
      ['en-u-nu-arab', 7],
    ];
    for (const [lang, value, options] of asked) {
      expect(
        askedIntl(() => formatNumber(lang, value, options)),
        `${lang} ${value}`,
      ).to.be.true;
    }
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
