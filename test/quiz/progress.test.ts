import { expect } from '@open-wc/testing';
import type { Question } from '../../src/model/types.js';
import {
  answer,
  check,
  finish,
  freshProgress,
  go,
  passPercentOf,
  resultOf,
  retryWrong,
  scoreOf,
  shownAnswer,
  startOver,
  unchecked,
} from '../../src/quiz/progress.js';
import {
  asRecord,
  fingerprint,
  fromRecord,
  mergeRecords,
  toRecord,
  withAnswersOf,
} from '../../src/quiz/progress-record.js';
import { validMinimal } from '../fixtures/minimal-article.js';

const asked = validMinimal().quiz!.questions;
const [q1, q2, q3] = asked as [Question, Question, Question];

describe('quiz progress, step by step', () => {
  it('never changes a progress in place', () => {
    const start = Object.freeze(freshProgress('s', asked));
    const steps = [
      answer(start, 'q1', 'a'),
      check(start, 'q1', 'a'),
      go(start, 2),
      finish(start),
      retryWrong(start, asked),
      startOver(start, asked),
    ];
    expect(start).to.deep.equal(freshProgress('s', asked));
    for (const next of steps) expect(next).to.not.equal(start);
  });

  it('checks an answer once, and keeps the stepper inside the round', () => {
    const checked = check(check(freshProgress('', asked), 'q1', 'b'), 'q1', 'b');
    expect(checked.checked).to.deep.equal(['q1']);
    expect(checked.answers).to.deep.equal({ q1: 'b' });
    expect(go(checked, 99).step).to.equal(asked.length - 1);
    expect(go(checked, -1).step).to.equal(0);
  });

  it('retries only the wrong answers, keeping the right ones', () => {
    let progress = check(freshProgress('', asked), 'q1', 'a');
    progress = check(progress, 'q2', ['a']);
    progress = finish(go(progress, 3));
    expect(progress.finished).to.be.true;
    const retry = retryWrong(progress, asked);
    expect(retry.answers).to.deep.equal({ q1: 'a' });
    expect(retry.round).to.deep.equal(['q2', 'q3', 'q4', 'q5', 'q6']);
    expect([retry.step, retry.finished, retry.checked]).to.deep.equal([0, false, []]);
    expect(startOver(progress, asked)).to.deep.equal(freshProgress('', asked));
  });

  it('scores what was answered, and lists the questions finishing settles', () => {
    const progress = check(answer(freshProgress('', asked), 'q2', ['b', 'a']), 'q1', 'a');
    expect(resultOf(progress, q1)).to.deep.equal({ questionId: 'q1', correct: true, answer: 'a' });
    expect(resultOf(progress, q3)).to.deep.equal({ questionId: 'q3', correct: false, answer: null });
    expect(scoreOf(progress, asked, 30)).to.include({ score: 2, total: 6, percent: 33, passed: true });
    expect(scoreOf(progress, asked, 34)).to.include({ passed: false });
    expect(unchecked(progress, asked).map((question) => question.id)).to.deep.equal(['q2', 'q3', 'q4', 'q5', 'q6']);
  });

  it('shows an untouched ordering question scrambled, and counts it unanswered', () => {
    const order = asked[4]!;
    const progress = freshProgress('seed', asked);
    expect(shownAnswer(progress, order)).to.deep.equal(['repairs', 'vote']);
    expect(resultOf(progress, order).answer).to.equal(null);
    expect(shownAnswer(progress, q2)).to.equal(undefined);
    expect(shownAnswer(answer(progress, order.id, ['vote', 'repairs']), order)).to.deep.equal(['vote', 'repairs']);
  });

  it('shows an untouched ordering question in an order of the seed and the question', () => {
    const items = ['a', 'b', 'c', 'd', 'e'].map((id) => ({ id, text: id.toUpperCase() }));
    const shown = (seed: string, id: string) =>
      shownAnswer(freshProgress(seed, []), { id, type: 'order', prompt: 'Order.', items });
    expect(shown('s', 'o1')).to.deep.equal(shown('s', 'o1'));
    expect(shown('s', 'o1'), 'another seed').to.not.deep.equal(shown('t', 'o1'));
    expect(shown('s', 'o1'), 'another question').to.not.deep.equal(shown('s', 'o2'));
  });

  it('takes the first pass mark that is a percentage', () => {
    expect(passPercentOf(undefined, 50)).to.equal(50);
    expect(passPercentOf(80, 50)).to.equal(80);
    expect(passPercentOf(Number.NaN, 150, undefined)).to.equal(70);
    expect(passPercentOf(0)).to.equal(0);
    expect(passPercentOf(100)).to.equal(100);
    expect(passPercentOf(-1, 101)).to.equal(70);
  });
});

describe('quiz progress as stored', () => {
  it('reads back what it stored', () => {
    let progress = check(freshProgress('s', asked), 'q1', 'a');
    progress = go(answer(progress, 'q4', 'two'), 3);
    const record = toRecord(progress, asked, undefined, 5);
    expect(fromRecord(asRecord(JSON.parse(JSON.stringify(record)))!, asked)).to.deep.equal(progress);
    const retry = retryWrong(finish(progress), asked);
    expect(fromRecord(toRecord(retry, asked, record, 6), asked)).to.deep.equal(retry);
    const finished = finish(retry);
    expect(fromRecord(toRecord(finished, asked, record, 7), asked)).to.deep.equal(finished);
  });

  it('stores an entry per question and where the reader is, with only the fields that hold something', () => {
    const progress = go(answer(check(freshProgress('s', asked), 'q1', 'a'), 'q3', true), 2);
    const untouched = (question: Question) => ({ fingerprint: fingerprint(question), at: 7 });
    expect(toRecord(progress, asked, undefined, 7)).to.deep.equal({
      version: 2,
      seed: 's',
      questions: {
        ...Object.fromEntries(asked.map((question) => [question.id, untouched(question)])),
        q1: { ...untouched(q1), answer: 'a', checked: true },
        q3: { ...untouched(q3), answer: true },
      },
      position: { current: 'q3', at: 7 },
    });
    const retry = finish(go(retryWrong(progress, asked), 9));
    expect(toRecord(retry, asked, undefined, 8).position).to.deep.equal({
      current: 'q6',
      retry: ['q2', 'q3', 'q4', 'q5', 'q6'],
      finished: true,
      at: 8,
    });
  });

  it('keeps the time of what did not change', () => {
    const first = toRecord(answer(freshProgress('', asked), 'q1', 'a'), asked, undefined, 1);
    const second = toRecord(answer(answer(freshProgress('', asked), 'q1', 'a'), 'q2', ['a']), asked, first, 2);
    expect(second.questions['q1']!.at).to.equal(1);
    expect(second.questions['q2']!.at).to.equal(2);
    expect(second.position.at).to.equal(1);
    expect(
      toRecord(go(answer(freshProgress('', asked), 'q1', 'a'), 1), asked, first, 3).position.at,
      'a move',
    ).to.equal(3);
  });

  it('keeps from a stored retry only the questions still asked', () => {
    const record = toRecord(retryWrong(freshProgress('', asked), asked), asked, undefined, 1);
    const stored = { ...record, position: { ...record.position, retry: ['q2', 'gone', 'q4'] } };
    expect(fromRecord(stored, asked).round).to.deep.equal(['q2', 'q4']);
    const nothingLeft = { ...record, position: { ...record.position, retry: ['gone'] } };
    expect(fromRecord(nothingLeft, asked).round, 'every question').to.deep.equal(asked.map((question) => question.id));
  });

  it('fingerprints what a question asks, blind to spacing and explanations', () => {
    const spaced = { ...q1, prompt: ` ${q1.prompt.replaceAll(' ', ' \n  ')}  `, explanation: 'Because.' } as Question;
    expect(fingerprint(spaced)).to.equal(fingerprint(q1));
    expect(fingerprint({ ...q1, prompt: q1.prompt.replace(' ', '') }), 'two words run together').to.not.equal(
      fingerprint(q1),
    );
    expect(fingerprint({ ...q1, prompt: 'Who?' })).to.not.equal(fingerprint(q1));
    expect(fingerprint({ ...q1, answer: 'b' } as Question)).to.not.equal(fingerprint(q1));
    expect(fingerprint(q1)).to.match(/^[a-z0-9]{1,7}$/);
  });

  it('merges two tabs question by question: the later change wins, ours on a tie', () => {
    const ours = toRecord(answer(answer(freshProgress('ours', asked), 'q1', 'a'), 'q3', true), asked, undefined, 10);
    const base = toRecord(answer(freshProgress('theirs', asked), 'q3', false), asked, undefined, 20);
    const theirs = { ...base, questions: { ...base.questions, q1: { ...base.questions['q1']!, at: 10 } } };
    const merged = mergeRecords(ours, theirs);
    expect(fromRecord(merged, asked).answers).to.deep.equal({ q1: 'a', q3: false });
    expect(merged.seed, 'the stored order stays').to.equal('theirs');
    expect(mergeRecords(ours, undefined)).to.equal(ours);
  });

  it('merges where the reader is: the later move wins, ours on a tie', () => {
    const here = toRecord(go(freshProgress('', asked), 1), asked, undefined, 10);
    const there = toRecord(go(freshProgress('', asked), 4), asked, undefined, 20);
    expect(mergeRecords(here, there).position).to.equal(there.position);
    expect(mergeRecords(there, here).position).to.equal(there.position);
    const sameTime = { ...there, position: { ...there.position, at: 10 } };
    expect(mergeRecords(here, sameTime).position).to.equal(here.position);
  });

  it('lets no question this tab never touched outweigh another tab’s answer', () => {
    const untouched = toRecord(freshProgress('', asked), asked, undefined, 0);
    const theirs = toRecord(answer(freshProgress('', asked), 'q1', 'a'), asked, untouched, 10);
    const ours = toRecord(answer(freshProgress('', asked), 'q3', true), asked, untouched, 20);
    expect(fromRecord(mergeRecords(ours, theirs), asked).answers).to.deep.equal({ q1: 'a', q3: true });
  });

  it('shows another tab’s answers without moving the reader', () => {
    const here = go(freshProgress('', asked), 4);
    const theirs = toRecord(go(answer(freshProgress('', asked), 'q2', ['b']), 1), asked, undefined, 3);
    const shown = withAnswersOf(here, theirs, asked);
    expect([shown.step, shown.answers]).to.deep.equal([4, { q2: ['b'] }]);
  });

  it('refuses what is not a record', () => {
    for (const value of [undefined, null, 7, 'x', [], {}, { version: 1, seed: '' }, { version: 2 }]) {
      expect(asRecord(value), JSON.stringify(value)).to.equal(undefined);
    }
    const record = asRecord({
      version: 2,
      seed: '',
      questions: { q1: { fingerprint: fingerprint(q1), answer: 'zz' } },
    })!;
    expect(record.position).to.deep.equal({ at: 0 });
    expect(fromRecord(record, asked).answers, 'an answer that names no choice is no answer').to.deep.equal({});
  });

  it('lets a malformed stored entry lose to any other, and give no answer', () => {
    const malformed = asRecord({ version: 2, seed: 's', questions: { q1: null, q3: 'yes' }, position: null })!;
    const theirs = toRecord(answer(freshProgress('s', asked), 'q1', 'a'), asked, undefined, 10);
    expect(fromRecord(malformed, asked).answers).to.deep.equal({});
    expect(fromRecord(mergeRecords(malformed, theirs), asked).answers).to.deep.equal({ q1: 'a' });
    expect(fromRecord(mergeRecords(theirs, malformed), asked).answers).to.deep.equal({ q1: 'a' });
  });
});
