import { expect } from '@open-wc/testing';
import { isPartialDate } from '../../src/model/index.js';

describe('isPartialDate', () => {
  it('takes a year, a month, a day, or a day and a time, each of them real', () => {
    for (const date of [
      '2022',
      '0999',
      '2022-01',
      '2022-12',
      '2022-01-01',
      '2022-01-31',
      '2024-02-29',
      '2022-04-30',
      '2022-01-05T00:00',
      '2022-01-05T23:59',
    ]) {
      expect(isPartialDate(date), date).to.be.true;
    }
  });

  it('refuses months and days that do not exist', () => {
    for (const date of ['2022-00', '2022-13', '2022-01-00', '2022-01-32', '2023-02-29', '2022-04-31', '2022-13-01']) {
      expect(isPartialDate(date), date).to.be.false;
    }
  });

  it('refuses times that do not exist', () => {
    for (const date of ['2022-01-05T24:00', '2022-01-05T12:60', '2022-01-05T7:30'])
      expect(isPartialDate(date), date).to.be.false;
  });

  it('refuses other spellings, and anything before or after the date', () => {
    for (const date of [
      '',
      'soon',
      '22',
      '02022',
      '2022-1',
      '2022-01-5',
      'x2022',
      '2022x',
      'c. 2022',
      '2022-01-05 14:30',
      '2022-01-05T14:30Z',
      '2022-01-05T14:30:00',
      '2022-01T10:00',
    ]) {
      expect(isPartialDate(date), date).to.be.false;
    }
  });
});
