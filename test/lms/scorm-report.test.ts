import { expect } from '@open-wc/testing';
import { validMinimal } from '../fixtures/minimal-article.js';
import { interactionValues, launchValues, scoreValues } from '../../src/lms/scorm-report.js';
import { SCORM_12, SCORM_2004 } from '../../src/lms/scorm-dialect.js';
import { scoreResults } from '../../src/quiz/score.js';

/** A score of `right` of `total` questions against `pass` percent, as the quiz reports it. */
const scoreOf = (right: number, total: number, pass: number) =>
  scoreResults(
    Array.from({ length: total }, (_, index) => ({ questionId: `q${index}`, correct: index < right, answer: 'a' })),
    pass,
  );

describe('SCORM reports', () => {
  it('puts a learner who starts in progress, and keeps the attempt open on leaving', () => {
    expect(launchValues(SCORM_12, 'not attempted')).to.deep.equal([
      ['cmi.core.lesson_status', 'incomplete'],
      ['cmi.core.exit', 'suspend'],
    ]);
    expect(launchValues(SCORM_2004, 'unknown')).to.deep.equal([
      ['cmi.completion_status', 'incomplete'],
      ['cmi.exit', 'suspend'],
    ]);
  });

  it('leaves a status already reported as it is', () => {
    expect(launchValues(SCORM_12, 'passed')).to.deep.equal([['cmi.core.exit', 'suspend']]);
    expect(launchValues(SCORM_2004, 'completed')).to.deep.equal([['cmi.exit', 'suspend']]);
  });

  it('reports a 1.2 score in whole percent and the pass verdict as the lesson status', () => {
    expect(scoreValues(SCORM_12, scoreOf(2, 3, 60))).to.deep.equal([
      ['cmi.core.score.min', '0'],
      ['cmi.core.score.max', '100'],
      ['cmi.core.score.raw', '67'],
      ['cmi.core.lesson_status', 'passed'],
    ]);
  });

  it('reports a 2004 score with the exact ratio, success and completion', () => {
    expect(scoreValues(SCORM_2004, scoreOf(2, 3, 60))).to.deep.equal([
      ['cmi.score.min', '0'],
      ['cmi.score.max', '100'],
      ['cmi.score.raw', '67'],
      ['cmi.score.scaled', '0.6666667'],
      ['cmi.success_status', 'passed'],
      ['cmi.completion_status', 'completed'],
    ]);
  });

  it('fails 2 of 3 at a 67 % mark, though the rounded percentage reaches it', () => {
    expect(scoreValues(SCORM_12, scoreOf(2, 3, 67)).at(-1)).to.deep.equal(['cmi.core.lesson_status', 'failed']);
    expect(scoreValues(SCORM_2004, scoreOf(2, 3, 67))).to.deep.include(['cmi.success_status', 'failed']);
  });

  it('scales an empty quiz to 0', () => {
    expect(scoreValues(SCORM_2004, scoreOf(0, 0, 70))).to.deep.include(['cmi.score.scaled', '0']);
  });

  it('reports an answer as an interaction, its type before the responses 2004 reads by it', () => {
    const question = validMinimal().quiz!.questions[1]!;
    const detail = { questionId: 'q2', answer: ['a'], correct: false };
    expect(interactionValues(SCORM_2004, 3, question, detail)).to.deep.equal([
      ['cmi.interactions.3.id', 'q2'],
      ['cmi.interactions.3.type', 'choice'],
      ['cmi.interactions.3.correct_responses.0.pattern', 'a[,]b'],
      ['cmi.interactions.3.learner_response', 'a'],
      ['cmi.interactions.3.result', 'incorrect'],
    ]);
    expect(interactionValues(SCORM_12, 0, question, { ...detail, correct: true })).to.deep.equal([
      ['cmi.interactions.0.id', 'q2'],
      ['cmi.interactions.0.type', 'choice'],
      ['cmi.interactions.0.correct_responses.0.pattern', 'a,b'],
      ['cmi.interactions.0.student_response', 'a'],
      ['cmi.interactions.0.result', 'correct'],
    ]);
  });

  it('reports a question left unanswered without a response', () => {
    const question = validMinimal().quiz!.questions[0]!;
    const values = interactionValues(SCORM_12, 0, question, { questionId: 'q1', answer: null, correct: false });
    expect(values.map(([element]) => element)).to.not.include('cmi.interactions.0.student_response');
    expect(values.at(-1)).to.deep.equal(['cmi.interactions.0.result', 'wrong']);
  });
});
