import { expect } from '@open-wc/testing';
import {
  dateTimeAttribute,
  formatDateRange,
  formatPartialDate,
  type DateRangePart,
} from '../../src/shared/partial-date.js';

/**
 * Browsers and Node carry different versions of the languages' data, which space ranges and times with
 * thin or no-break spaces as they see fit: the tests read every space as one.
 */
const spaced = (text: string) => text.replace(/\s+/g, ' ');
const pieces = (parts: DateRangePart[]) => parts.map(({ source, text }) => `${source}:${spaced(text)}`);
const range = (when: string, until: string, lang: string, timeZone?: string) =>
  spaced(
    formatDateRange(when, until, lang, timeZone)
      .map(({ text }) => text)
      .join(''),
  );
const date = (when: string, lang: string, timeZone?: string) => spaced(formatPartialDate(when, lang, timeZone));

describe('partial dates', () => {
  it('are formatted as precisely as the model gives them, in the reader’s language', () => {
    expect(['2019', '2022-01', '2022-01-11', '2022-01-11T14:30'].map((when) => date(when, 'en'))).to.deep.equal([
      '2019',
      'January 2022',
      'January 11, 2022',
      'January 11, 2022 at 2:30 PM',
    ]);
    expect(['2019', '2022-03', '2022-03-11', '2022-03-11T09:05'].map((when) => date(when, 'de'))).to.deep.equal([
      '2019',
      'März 2022',
      '11. März 2022',
      '11. März 2022 um 09:05',
    ]);
  });

  it('with a time read as the language’s own long date and short time: "9:05" or "09:05" as it writes them', () => {
    for (const lang of ['en', 'en-GB', 'de', 'es', 'fr', 'ru', 'ar', 'ja', 'ko', 'fi']) {
      for (const when of ['2022-01-11T09:05', '2022-01-11T14:30']) {
        const own = new Intl.DateTimeFormat(lang, { dateStyle: 'long', timeStyle: 'short', timeZone: 'UTC' });
        expect(formatPartialDate(when, lang), `${lang} ${when}`).to.equal(own.format(new Date(`${when}Z`)));
      }
    }
  });

  it('keep years below 100 as written', () => {
    expect(date('0099-02-03', 'en')).to.equal('February 3, 99');
  });

  it('without a zone, are shown as written: a late time stays on its day, with no zone named', () => {
    expect(date('2022-12-31T23:30', 'en')).to.equal('December 31, 2022 at 11:30 PM');
    expect(date('2022-01-01T00:15', 'de')).to.equal('1. Januar 2022 um 00:15');
  });

  it('come back as given when they are not model dates', () => {
    expect(formatPartialDate('soon', 'en')).to.equal('soon');
    expect(formatDateRange('soon', '2022', 'en')).to.deep.equal([{ source: 'shared', text: 'soon–2022' }]);
    expect(formatDateRange('2022', 'later', 'en')).to.deep.equal([{ source: 'shared', text: '2022–later' }]);
    expect(dateTimeAttribute('soon', 'Europe/Berlin')).to.equal('soon');
  });
});

describe('a time in a zone', () => {
  it('is the wall-clock time there, with the zone’s short name', () => {
    expect(date('2023-07-12T14:00', 'en-GB', 'Europe/Berlin')).to.equal('12 July 2023 at 14:00 CEST');
    expect(date('2023-01-12T14:00', 'en-GB', 'Europe/Berlin')).to.equal('12 January 2023 at 14:00 CET');
    expect(date('2023-07-12T14:00', 'de', 'Europe/Berlin')).to.equal('12. Juli 2023 um 14:00 MESZ');
    expect(date('2023-07-12T14:00', 'en', 'America/New_York')).to.equal('July 12, 2023 at 2:00 PM EDT');
    expect(date('2023-07-12T14:00', 'en', 'Asia/Kolkata')).to.equal('July 12, 2023 at 2:00 PM GMT+5:30');
    expect(date('2023-07-12T14:00', 'en', 'UTC')).to.equal('July 12, 2023 at 2:00 PM UTC');
  });

  it('has a datetime with the zone’s offset at that time', () => {
    expect(dateTimeAttribute('2023-07-12T14:00', 'Europe/Berlin')).to.equal('2023-07-12T14:00+02:00');
    expect(dateTimeAttribute('2023-01-12T14:00', 'Europe/Berlin')).to.equal('2023-01-12T14:00+01:00');
    expect(dateTimeAttribute('2023-07-12T14:00', 'America/New_York')).to.equal('2023-07-12T14:00-04:00');
    expect(dateTimeAttribute('2023-07-12T14:00', 'Asia/Kolkata')).to.equal('2023-07-12T14:00+05:30');
    expect(dateTimeAttribute('2023-07-12T14:00', 'UTC')).to.equal('2023-07-12T14:00+00:00');
  });

  it('takes the offset of its own side of a change to or from summer time', () => {
    // Berlin's clocks went from 02:00 CET to 03:00 CEST on 26 March 2023, and back from 03:00 CEST to
    // 02:00 CET on 29 October: an hour either side, the offset of the moment the wall time is read at
    // first lies on the other side of the change.
    const around = (day: string) =>
      ['01:30', '03:30'].map((time) => {
        const when = `${day}T${time}`;
        return `${date(when, 'en-GB', 'Europe/Berlin')} ${dateTimeAttribute(when, 'Europe/Berlin')}`;
      });
    expect(around('2023-03-26')).to.deep.equal([
      '26 March 2023 at 01:30 CET 2023-03-26T01:30+01:00',
      '26 March 2023 at 03:30 CEST 2023-03-26T03:30+02:00',
    ]);
    expect(around('2023-10-29')).to.deep.equal([
      '29 October 2023 at 01:30 CEST 2023-10-29T01:30+02:00',
      '29 October 2023 at 03:30 CET 2023-10-29T03:30+01:00',
    ]);
  });

  it('applies only to a time: a day, a month or a year is shown and marked up as written', () => {
    expect(date('2023-07-12', 'en-GB', 'Europe/Berlin')).to.equal('12 July 2023');
    expect(date('2023-07', 'en', 'Asia/Tokyo')).to.equal('July 2023');
    expect(dateTimeAttribute('2023-07-12', 'Europe/Berlin')).to.equal('2023-07-12');
    expect(dateTimeAttribute('2023-07-12T14:00')).to.equal('2023-07-12T14:00');
  });
});

describe('a range', () => {
  it('shares what its ends have in common, in English, German and Russian', () => {
    expect(['en', 'de', 'ru'].map((lang) => range('2022-01-05', '2022-01-07', lang))).to.deep.equal([
      'January 5 – 7, 2022',
      '5.–7. Januar 2022',
      '5–7 января 2022 г.',
    ]);
    expect(['en', 'de'].map((lang) => range('2022-01', '2022-03', lang))).to.deep.equal([
      'January – March 2022',
      'Januar–März 2022',
    ]);
    expect(['en', 'de'].map((lang) => range('2021', '2023', lang))).to.deep.equal(['2021 – 2023', '2021–2023']);
    expect(range('2021-12', '2022-02', 'en')).to.equal('December 2021 – February 2022');
  });

  it('comes in pieces: each end’s own words, and those they share', () => {
    expect(pieces(formatDateRange('2022-01-05', '2022-01-07', 'en'))).to.deep.equal([
      'shared:January ',
      'startRange:5',
      'shared: – ',
      'endRange:7',
      'shared:, 2022',
    ]);
    expect(pieces(formatDateRange('2021', '2023', 'de'))).to.deep.equal([
      'startRange:2021',
      'shared:–',
      'endRange:2023',
    ]);
  });

  it('of ends as precise as each other is shown at the precision both have', () => {
    expect(range('2022-01-05T14:00', '2022-01-07', 'en')).to.equal('January 5 – 7, 2022');
    expect(range('2022-01', '2022-03-15', 'de')).to.equal('Januar–März 2022');
  });

  it('whose ends read the same is one date, the start', () => {
    expect(pieces(formatDateRange('2022-01-05', '2022-01-05T18:00', 'en'))).to.deep.equal([
      'startRange:January 5, 2022',
    ]);
  });

  it('of times in a zone names the zone of each end, across a change of offset too', () => {
    expect(range('2023-07-12T14:00', '2023-07-12T16:00', 'en-GB', 'Europe/Berlin')).to.equal(
      '12 July 2023, 14:00–16:00 CEST',
    );
    expect(range('2023-10-28T20:00', '2023-10-29T10:00', 'en-GB', 'Europe/Berlin')).to.equal(
      '28 October 2023 at 20:00 CEST – 29 October 2023 at 10:00 CET',
    );
    expect(range('2023-07-12T14:00', '2023-07-12T16:00', 'en-GB')).to.equal('12 July 2023, 14:00–16:00');
  });
});
