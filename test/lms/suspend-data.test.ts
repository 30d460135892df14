import { expect } from '@open-wc/testing';
import { validMinimal } from '../fixtures/minimal-article.js';
import { recordOfSuspendData, suspendDataOf } from '../../src/lms/suspend-data.js';
import { check, freshProgress, go } from '../../src/quiz/progress.js';
import { asRecord, fromRecord, toRecord } from '../../src/quiz/progress-record.js';

/** The progress of a reader who checked two answers and went on to the third question. */
function someProgress() {
  const asked = validMinimal().quiz!.questions;
  const progress = go(check(check(freshProgress('seed', asked), 'q1', 'a'), 'q3', true), 2);
  return { asked, progress, record: toRecord(progress, asked, undefined, 1_700_000_000_000) };
}

describe('suspend data', () => {
  it('gives back the same progress, without the times of change', () => {
    const { asked, progress, record } = someProgress();
    const data = suspendDataOf(record, 4096)!;
    expect(data).to.not.include('"at"');
    expect(fromRecord(asRecord(recordOfSuspendData(data))!, asked)).to.deep.equal(progress);
  });

  it('is undefined over the limit, and exactly at it is kept', () => {
    const { record } = someProgress();
    const length = suspendDataOf(record, Infinity)!.length;
    expect(suspendDataOf(record, length)).to.have.length(length);
    expect(suspendDataOf(record, length - 1)).to.equal(undefined);
  });

  it('is undefined for a quiz not shown yet', () => {
    expect(suspendDataOf(undefined, 4096)).to.equal(undefined);
  });

  it('reads anything that is not JSON as a fresh start', () => {
    expect(recordOfSuspendData('')).to.equal(null);
    expect(recordOfSuspendData('{"version":')).to.equal(null);
  });
});
