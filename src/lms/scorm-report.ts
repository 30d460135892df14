import type { Question } from '../model/types.js';
import type { GlossaAnswerDetail } from '../shared/events/glossa-answer.js';
import type { QuizScore } from '../quiz/score.js';
import { interactionType, responseOf, rightAnswerOf } from './interaction-response.js';
import type { ScormDialect } from './scorm-dialect.js';

/** Data-model elements and the values to set them to, in the order they are to be set. */
export type ScormValues = readonly (readonly [element: string, value: string])[];

/** The statuses a platform gives a learner who has not started, or not finished, the quiz. */
const NOT_STARTED = new Set(['', 'not attempted', 'unknown']);

/**
 * What the quiz sets when it is launched: the learner who starts is in progress (a status already
 * reported is left as it is), and leaving keeps the attempt open for a later session to resume.
 */
export function launchValues(dialect: ScormDialect, completion: string): ScormValues {
  return [
    ...(NOT_STARTED.has(completion) ? [[dialect.completion, 'incomplete'] as const] : []),
    [dialect.exit, 'suspend'],
  ];
}

/**
 * The score of a finished quiz: raw in whole percent between 0 and 100 (as platforms read SCORM 1.2's
 * raw score), in 2004 also scaled, the exact ratio; passed or failed by the quiz's own pass mark, which
 * compares the exact ratio, so the platform never judges a rounded percentage instead.
 */
export function scoreValues(dialect: ScormDialect, { score, total, percent, passed }: QuizScore): ScormValues {
  const verdict = passed ? 'passed' : 'failed';
  const scores: ScormValues = [
    [`${dialect.score}.min`, '0'],
    [`${dialect.score}.max`, '100'],
    [`${dialect.score}.raw`, String(percent)],
  ];
  if (dialect.version === '1.2') return [...scores, [dialect.completion, verdict]];
  const scaled = total ? Math.round((score / total) * 1e7) / 1e7 : 0;
  return [
    ...scores,
    [`${dialect.score}.scaled`, String(scaled)],
    ['cmi.success_status', verdict],
    [dialect.completion, 'completed'],
  ];
}

/**
 * A settled answer as the interaction at `index`: its question's id and type, then the responses,
 * which 2004 reads by that type, and the verdict. A response the dialect cannot write is left out.
 */
export function interactionValues(
  dialect: ScormDialect,
  index: number,
  question: Question,
  { answer, correct }: GlossaAnswerDetail,
): ScormValues {
  const prefix = `${dialect.interactions}.${index}`;
  const learner = answer === null ? undefined : responseOf(dialect, question, answer);
  // A sealed question's page does not hold its right answer, so the platform is told only the verdict.
  const pattern = question.sealed === undefined ? responseOf(dialect, question, rightAnswerOf(question)) : undefined;
  const responseName = dialect.version === '1.2' ? 'student_response' : 'learner_response';
  return [
    [`${prefix}.id`, question.id],
    [`${prefix}.type`, interactionType(question)],
    ...(pattern === undefined ? [] : [[`${prefix}.correct_responses.0.pattern`, pattern] as const]),
    ...(learner === undefined ? [] : [[`${prefix}.${responseName}`, learner] as const]),
    [`${prefix}.result`, correct ? 'correct' : dialect.wrong],
  ];
}
