import { expect } from '@open-wc/testing';
import type { Question } from '../../src/model/types.js';
import { asAnswer, isAnswered, isCorrect } from '../../src/quiz/answers.js';
import { foldText } from '../../src/shared/fold-text.js';
import { scoreResults } from '../../src/quiz/score.js';
import { randomSeed, scrambled, seededOrder } from '../../src/quiz/seeded-order.js';

const blank: Question = {
  id: 'q',
  type: 'fill-blank',
  prompt: 'The capital is ___.',
  accept: ['Almaty', 'Nur-Sultan'],
};

describe('quiz logic', () => {
  it('compares fill-in-the-blank answers without case, accents or extra spaces', () => {
    expect(foldText('  ÁLMATY\t ')).to.equal('almaty');
    expect(foldText('Nur -  Sultan')).to.equal('nur - sultan');
    expect(isCorrect(blank, ' álmaty ')).to.be.true;
    expect(isCorrect(blank, 'nur-sultan')).to.be.true;
    expect(isCorrect(blank, 'Astana')).to.be.false;
    expect(isCorrect(blank, undefined)).to.be.false;
    expect(isAnswered('   ')).to.be.false;
    expect(isAnswered(['', ''])).to.be.false;
    expect(isAnswered(false)).to.be.true;
  });

  it('reads back only answers of the right shape', () => {
    const order: Question = {
      id: 'o',
      type: 'order',
      prompt: 'Order.',
      items: [
        { id: 'a', text: 'A' },
        { id: 'b', text: 'B' },
      ],
    };
    expect(asAnswer(order, ['b', 'a'])).to.deep.equal(['b', 'a']);
    expect(asAnswer(order, ['a', 'a'])).to.be.undefined;
    expect(asAnswer(blank, 7)).to.be.undefined;
  });

  it('orders by seed: the same seed always gives the same order', () => {
    const items = Array.from({ length: 12 }, (_, index) => index);
    expect(seededOrder(items, 'x')).to.deep.equal(seededOrder(items, 'x'));
    expect(seededOrder(items, 'x')).to.not.deep.equal(seededOrder(items, 'y'));
    expect([...seededOrder(items, 'x')].sort((a, b) => a - b)).to.deep.equal(items);
    for (const seed of ['a', 'b', 'c', 'd', 'e', 'f']) expect(scrambled([1, 2], seed)).to.deep.equal([2, 1]);
  });

  it('orders by seed the same in every version, so stored progress keeps its order after an upgrade', () => {
    const items = Array.from({ length: 10 }, (_, index) => index);
    expect(seededOrder(items, 'x')).to.deep.equal([9, 8, 3, 2, 5, 7, 1, 6, 0, 4]);
    expect(seededOrder(items, 'quiz:q5')).to.deep.equal([9, 7, 1, 6, 5, 8, 3, 4, 0, 2]);
    expect(seededOrder(items, '')).to.deep.equal([7, 1, 5, 3, 0, 8, 2, 9, 4, 6]);
  });

  it('scrambles to the seeded order, unless that is the given order, which it turns by one', () => {
    expect(seededOrder([1, 2, 3], 'd'), 'an order that leaves one item in place').to.deep.equal([2, 1, 3]);
    expect(scrambled([1, 2, 3], 'd')).to.deep.equal([2, 1, 3]);
    expect(seededOrder([1, 2, 3], 'seed9')).to.deep.equal([1, 2, 3]);
    expect(scrambled([1, 2, 3], 'seed9')).to.deep.equal([2, 3, 1]);
    expect(scrambled([1], 'seed9')).to.deep.equal([1]);
    expect(scrambled([], 'seed9')).to.deep.equal([]);
  });

  it('makes a fresh seed of up to eight letters and digits each time', () => {
    const seeds = Array.from({ length: 20 }, randomSeed);
    for (const seed of seeds) expect(seed).to.match(/^[0-9a-z]{1,8}$/);
    expect(new Set(seeds).size).to.equal(seeds.length);
  });

  it('passes on the exact ratio, not the rounded percent', () => {
    const results = [true, true, false].map((correct, index) => ({ questionId: `q${index}`, correct, answer: null }));
    expect(scoreResults(results, 67)).to.include({ score: 2, total: 3, percent: 67, passed: false });
    expect(scoreResults(results, 66)).to.include({ passed: true });
  });
});
