import { expect } from '@open-wc/testing';
import { chosenQuestions } from '../../src/quiz/chosen-questions.js';
import { validMinimal } from '../fixtures/minimal-article.js';

/** The ids `questions="…"` chooses from the minimal article's quiz (q1–q6), and the ids it does not know. */
function choose(wanted: string | undefined): { chosen: string[]; unknown: readonly string[] } {
  const { chosen, unknown } = chosenQuestions(validMinimal().quiz!, wanted);
  return { chosen: chosen.map((question) => question.id), unknown };
}

const EVERY_QUESTION = ['q1', 'q2', 'q3', 'q4', 'q5', 'q6'];

describe('chosenQuestions', () => {
  it('asks every question when the attribute is absent, empty or only separators', () => {
    for (const wanted of [undefined, '', '  ', ' , ,\n']) {
      expect(choose(wanted), JSON.stringify(wanted)).to.deep.equal({ chosen: EVERY_QUESTION, unknown: [] });
    }
  });

  it('asks the questions named, in the order named, separated by commas, spaces or both', () => {
    expect(choose('q4,q1')).to.deep.equal({ chosen: ['q4', 'q1'], unknown: [] });
    expect(choose(' q6  q2\tq3 ')).to.deep.equal({ chosen: ['q6', 'q2', 'q3'], unknown: [] });
    expect(choose('q5, q1 ,q2')).to.deep.equal({ chosen: ['q5', 'q1', 'q2'], unknown: [] });
  });

  it('asks a question named twice once, where it is first named', () => {
    expect(choose('q2,q1,q2')).to.deep.equal({ chosen: ['q2', 'q1'], unknown: [] });
  });

  it('names the ids the quiz lacks, and asks the others', () => {
    expect(choose('q1,q9,Q2')).to.deep.equal({ chosen: ['q1'], unknown: ['q9', 'Q2'] });
    expect(choose('nope')).to.deep.equal({ chosen: [], unknown: ['nope'] });
  });
});
