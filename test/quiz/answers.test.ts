import { expect } from '@open-wc/testing';
import type { Question } from '../../src/model/types.js';
import { asAnswer, isAnswered, isCorrect, type QuizAnswer } from '../../src/quiz/answers.js';
import { scoreResults } from '../../src/quiz/score.js';

const choices = [
  { id: 'a', text: 'A' },
  { id: 'b', text: 'B' },
  { id: 'c', text: 'C' },
];
const questions = {
  single: { id: 's', type: 'single', prompt: 'One?', choices, answer: 'b' },
  multiple: { id: 'm', type: 'multiple', prompt: 'Some?', choices, answers: ['a', 'c'] },
  'true-false': { id: 't', type: 'true-false', prompt: 'True?', answer: false },
  'fill-blank': { id: 'f', type: 'fill-blank', prompt: 'The ___ city.', accept: ['Almaty', 'Nur-Sultan'] },
  order: { id: 'o', type: 'order', prompt: 'Order.', items: choices },
  match: {
    id: 'x',
    type: 'match',
    prompt: 'Match.',
    pairs: [
      { left: 'Tokayev', right: 'President' },
      { left: 'Blinken', right: 'Secretary of State' },
      { left: 'Volodin', right: 'Speaker' },
    ],
  },
} satisfies Record<Question['type'], Question>;

/** Per type: answers that are right, and wrong answers of every kind a reader can give. */
const cases: { [T in Question['type']]: { right: QuizAnswer[]; wrong: QuizAnswer[] } } = {
  single: { right: ['b'], wrong: ['a', 'c', '', 'B'] },
  multiple: {
    right: [
      ['a', 'c'],
      ['c', 'a'],
    ],
    wrong: [['a'], ['c'], ['a', 'b', 'c'], ['a', 'b'], ['b'], [], ['a', 'a']],
  },
  'true-false': { right: [false], wrong: [true] },
  'fill-blank': {
    right: ['Almaty', ' almaty ', 'ÁLMATY', 'nur-sultan', 'Nur-Sultan'],
    wrong: ['Astana', 'Alma', 'Almaty city', ''],
  },
  order: {
    right: [['a', 'b', 'c']],
    wrong: [
      ['b', 'a', 'c'],
      ['c', 'b', 'a'],
      ['a', 'b'],
      ['a', 'b', 'c', 'c'],
    ],
  },
  match: {
    right: [['President', 'Secretary of State', 'Speaker']],
    wrong: [
      ['Secretary of State', 'President', 'Speaker'],
      ['President', 'Secretary of State', ''],
      ['', '', ''],
      ['President', 'President', 'President'],
      ['President', 'Secretary of State'],
    ],
  },
};

describe('grading', () => {
  for (const [type, { right, wrong }] of Object.entries(cases) as [Question['type'], (typeof cases)['single']][]) {
    const question = questions[type];
    describe(type, () => {
      it('counts every right answer', () => {
        for (const answer of right) expect(isCorrect(question, answer), JSON.stringify(answer)).to.be.true;
      });
      it('counts every wrong answer wrong', () => {
        for (const answer of wrong) expect(isCorrect(question, answer), JSON.stringify(answer)).to.be.false;
        expect(isCorrect(question, undefined), 'no answer').to.be.false;
      });
      it('reads back a right answer from storage', () => {
        for (const answer of right) expect(asAnswer(question, answer)).to.deep.equal(answer);
      });
    });
  }

  it('counts an answer in the shape of another question type wrong', () => {
    for (const [type, question] of Object.entries(questions)) {
      for (const [other, { right }] of Object.entries(cases)) {
        if (other === type) continue;
        for (const answer of right) expect(isCorrect(question, answer), `a ${other} answer to ${type}`).to.be.false;
      }
    }
  });

  it('grades whatever order the model lists the right choices or the items in', () => {
    const multiple = { ...questions.multiple, answers: ['c', 'a'] };
    expect(isCorrect(multiple, ['a', 'c'])).to.be.true;
    const order = { ...questions.order, items: [choices[2]!, choices[0]!, choices[1]!] };
    expect(isCorrect(order, ['c', 'a', 'b'])).to.be.true;
    expect(isCorrect(order, ['a', 'b', 'c'])).to.be.false;
    expect(asAnswer(order, ['a', 'b', 'c']), 'an order the reader gave').to.deep.equal(['a', 'b', 'c']);
  });

  it('reads back from storage only what could have been given on screen', () => {
    expect(asAnswer(questions.single, 'z'), 'no such choice').to.be.undefined;
    expect(asAnswer(questions.single, 1)).to.be.undefined;
    expect(asAnswer(questions.multiple, ['a', 'z'])).to.be.undefined;
    expect(asAnswer(questions.multiple, ['a', 'a']), 'a choice twice').to.be.undefined;
    expect(asAnswer(questions.multiple, 'a')).to.be.undefined;
    expect(asAnswer(questions.multiple, [])).to.deep.equal([]);
    expect(asAnswer(questions['true-false'], 'false')).to.be.undefined;
    expect(asAnswer(questions['fill-blank'], ['Almaty'])).to.be.undefined;
    expect(asAnswer(questions.order, ['a', 'b'])).to.be.undefined;
    expect(asAnswer(questions.order, ['a', 'b', 'b'])).to.be.undefined;
    expect(asAnswer(questions.order, ['c', 'a', 'b'])).to.deep.equal(['c', 'a', 'b']);
    expect(asAnswer(questions.match, ['President', 'Speaker'])).to.be.undefined;
    expect(asAnswer(questions.match, ['President', 'Nobody', ''])).to.be.undefined;
    expect(asAnswer(questions.match, ['', 'Speaker', ''])).to.deep.equal(['', 'Speaker', '']);
  });

  it('knows an answer given from one left blank', () => {
    expect(isAnswered(undefined)).to.be.false;
    expect(isAnswered('')).to.be.false;
    expect(isAnswered(' \t')).to.be.false;
    expect(isAnswered([])).to.be.false;
    expect(isAnswered(['', ''])).to.be.false;
    expect(isAnswered(['', 'Speaker'])).to.be.true;
    expect(isAnswered('x')).to.be.true;
    expect(isAnswered(false)).to.be.true;
    expect(isAnswered(true)).to.be.true;
  });
});

describe('scoring', () => {
  const results = (...correct: boolean[]) =>
    correct.map((right, index) => ({ questionId: `q${index}`, correct: right, answer: null }));

  it('passes at the pass mark exactly, and not below it', () => {
    const sevenOfTen = results(...Array.from({ length: 10 }, (_, index) => index < 7));
    expect(scoreResults(sevenOfTen, 70)).to.include({ score: 7, total: 10, percent: 70, passed: true });
    expect(scoreResults(sevenOfTen, 71)).to.include({ passed: false });
  });

  it('compares the exact ratio, not the rounded percent', () => {
    expect(scoreResults(results(true, true, false), 67)).to.include({ percent: 67, passed: false });
    expect(scoreResults(results(true, true, false), 66)).to.include({ passed: true });
  });

  it('scores nothing asked as 0 %, and every score passes a mark of 0', () => {
    expect(scoreResults([], 50)).to.include({ score: 0, total: 0, percent: 0 });
    expect(scoreResults(results(false, false), 0)).to.include({ passed: true });
    expect(scoreResults(results(false, false), 1)).to.include({ passed: false });
    expect(scoreResults(results(true), 100)).to.include({ percent: 100, passed: true });
  });
});
