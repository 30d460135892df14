import { rightAnswerOf } from '../../dist/lms/interaction-response.js';
import { suspendDataOf } from '../../dist/lms/suspend-data.js';
import { toRecord } from '../../dist/quiz/progress-record.js';

/**
 * Whether the suspend data of an attempt at `quiz` with every question answered, checked and the quiz
 * finished fits in `limit` characters: the record a learner's progress grows to (a typed answer may be
 * longer than the accepted one it stands for here).
 */
export function fitsSuspendData(quiz, limit) {
  const questions = quiz.questions;
  const progress = {
    seed: '',
    answers: Object.fromEntries(questions.map((question) => [question.id, rightAnswerOf(question)])),
    checked: questions.map((question) => question.id),
    round: questions.map((question) => question.id),
    step: questions.length - 1,
    finished: true,
  };
  return suspendDataOf(toRecord(progress, questions, undefined, 0), limit) !== undefined;
}
