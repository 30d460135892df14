import { expect } from '@open-wc/testing';
import { isRetryable, retryDelay } from '../../src/xapi/retry-delay.js';

describe('xAPI retry delay', () => {
  const now = Date.parse('2026-12-02T15:00:00Z');

  it('doubles with each failure, between half and all of the doubled wait, up to five minutes', () => {
    expect([1, 2, 3, 4].map((failures) => retryDelay(failures, null, now, 0))).to.deep.equal([500, 1000, 2000, 4000]);
    expect([1, 2, 3, 4].map((failures) => retryDelay(failures, null, now, 0.999999))).to.deep.equal([
      1000, 2000, 4000, 8000,
    ]);
    expect(retryDelay(30, null, now, 0.999999)).to.equal(300_000);
    expect(retryDelay(0, null, now, 0)).to.equal(500);
  });

  it('waits as long as the server asks, in seconds or until a date, up to five minutes', () => {
    expect(retryDelay(3, '7', now, 0.5)).to.equal(7000);
    expect(retryDelay(3, '0', now, 0.5)).to.equal(0);
    expect(retryDelay(1, 'Wed, 02 Dec 2026 15:00:30 GMT', now, 0.5)).to.equal(30_000);
    expect(retryDelay(1, 'Wed, 02 Dec 2026 14:00:00 GMT', now, 0.5)).to.equal(0);
    expect(retryDelay(1, '86400', now, 0.5)).to.equal(300_000);
    expect(retryDelay(1, 'soon', now, 0)).to.equal(500);
    expect(retryDelay(1, ' ', now, 0)).to.equal(500);
  });

  it('reads seconds as whole decimal digits only, spaces around them aside', () => {
    expect(retryDelay(1, '120', now, 0)).to.equal(120_000);
    expect(retryDelay(1, ' 7 ', now, 0)).to.equal(7000);
    for (const value of ['7s', '1e3', '0x10'])
      expect(retryDelay(1, value, now, 0), value).to.equal(retryDelay(1, null, now, 0));
  });

  it('tries again after network failures, busy or failing servers and refused credentials only', () => {
    for (const status of [undefined, 401, 403, 408, 429, 500, 502, 503, 504])
      expect(isRetryable(status), String(status)).to.equal(true);
    for (const status of [400, 404, 409, 413, 422]) expect(isRetryable(status), String(status)).to.equal(false);
  });
});
