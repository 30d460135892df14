import { expect } from '@open-wc/testing';
import { validMinimal } from '../fixtures/minimal-article.js';
import type { OpenQuestion, Question } from '../../src/model/types.js';
import type { QuizAnswer } from '../../src/quiz/answers.js';
import { interactionType, responseOf, rightAnswerOf } from '../../src/lms/interaction-response.js';
import { SCORM_12, SCORM_2004 } from '../../src/lms/scorm-dialect.js';

const question = (id: string): Question => validMinimal().quiz!.questions.find((each) => each.id === id)!;

describe('SCORM interaction responses', () => {
  it('names each question type by its SCORM interaction type', () => {
    const types = validMinimal().quiz!.questions.map(interactionType);
    expect(types).to.deep.equal(['choice', 'choice', 'true-false', 'fill-in', 'sequencing', 'matching']);
  });

  // The answers given in the reader's shape, and the responses each dialect's data model writes for them.
  const cases: [string, QuizAnswer, string, string][] = [
    ['q1', 'b', 'b', 'b'],
    ['q2', ['a', 'c'], 'a,c', 'a[,]c'],
    ['q3', true, 't', 'true'],
    ['q3', false, 'f', 'false'],
    ['q4', 'two years', 'two years', 'two years'],
    ['q5', ['repairs', 'vote'], 'b,a', 'repairs[,]vote'],
    ['q6', ['Voted', 'Mayor'], 'a.b,b.a', '1[.]2[,]2[.]1'],
    ['q6', ['', 'Voted'], 'b.b', '2[.]2'],
  ];
  for (const [id, given, scorm12, scorm2004] of cases) {
    it(`writes ${JSON.stringify(given)} to ${id} as "${scorm12}" in 1.2 and "${scorm2004}" in 2004`, () => {
      expect(responseOf(SCORM_12, question(id), given)).to.equal(scorm12);
      expect(responseOf(SCORM_2004, question(id), given)).to.equal(scorm2004);
    });
  }

  it('gives the right answers in the reader’s shape, a fill-in by its first accepted form', () => {
    const open = validMinimal().quiz!.questions.filter((each): each is OpenQuestion => each.sealed === undefined);
    const answers = open.map(rightAnswerOf);
    expect(answers).to.deep.equal(['a', ['a', 'b'], false, 'two', ['vote', 'repairs'], ['Mayor', 'Voted']]);
  });

  it('writes no 1.2 response for a choice past z, which one character cannot name', () => {
    const many = validMinimal((input) => {
      const single = input.quiz!.questions[0] as { choices: { id: string; text: string }[] };
      single.choices = Array.from({ length: 27 }, (_, index) => ({ id: `c${index}`, text: `Choice ${index}` }));
      (input.quiz!.questions[0] as { answer: string }).answer = 'c0';
    }).quiz!.questions[0]!;
    expect(responseOf(SCORM_12, many, 'c25')).to.equal('z');
    expect(responseOf(SCORM_12, many, 'c26')).to.equal(undefined);
    expect(responseOf(SCORM_2004, many, 'c26')).to.equal('c26');
  });

  it('writes no response longer than the dialect keeps', () => {
    expect(responseOf(SCORM_12, question('q4'), 'x'.repeat(255))).to.equal('x'.repeat(255));
    expect(responseOf(SCORM_12, question('q4'), 'x'.repeat(256))).to.equal(undefined);
    expect(responseOf(SCORM_2004, question('q4'), 'x'.repeat(4000))).to.equal('x'.repeat(4000));
    expect(responseOf(SCORM_2004, question('q4'), 'x'.repeat(4001))).to.equal(undefined);
  });

  it('writes no response naming a choice the question does not have', () => {
    expect(responseOf(SCORM_2004, question('q2'), ['a', 'z'])).to.equal(undefined);
  });
});
