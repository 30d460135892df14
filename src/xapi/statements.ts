import type { Question, Quiz } from '../model/types.js';
import type { GlossaAnswerDetail } from '../shared/events/glossa-answer.js';
import type { GlossaCompleteDetail } from '../shared/events/glossa-complete.js';
import { questionActivityId } from './activity-ids.js';
import { interactionDefinition, interactionResponse } from './interaction.js';
import type { XapiActivity, XapiActor, XapiResult, XapiStatement, XapiVerb } from './statement-types.js';
import { randomUuid } from './uuid.js';

/** What a statement says besides the event: who, which quiz, in which language. */
export interface StatementContext {
  /** The learner, given by the page. */
  readonly actor: XapiActor;
  /** The quiz; its questions define the interactions. */
  readonly quiz: Quiz;
  /** The quiz's activity id (`quizActivityId`); each question's is under it. */
  readonly activityId: string;
  /** The language of the quiz's texts: the article's `lang`. */
  readonly lang: string;
  /** The quiz's name, when it has no title: the article's title. */
  readonly name?: string;
  /** The pass mark, when the quiz or the page gives one: completion then says `passed` or `failed`. */
  readonly passPercent?: number;
  /** The attempt (a UUID), the same for every statement of one go at the quiz. */
  readonly registration?: string;
  /** When the attempt started (ms since the epoch), for the completion's `duration`. */
  readonly startedAt?: number;
}

const ADL_VERBS = 'http://adlnet.gov/expapi/verbs/';
/** One of ADL's verbs, by its name: `answered`, `completed`, `passed`, `initialized`… */
export const adlVerb = (name: string): XapiVerb => ({ id: ADL_VERBS + name, display: { 'en-US': name } });

/** The quiz as an activity: an assessment named by its title. */
function quizActivity({ quiz, activityId, lang, name }: StatementContext): XapiActivity {
  const title = quiz.title ?? name;
  return {
    objectType: 'Activity',
    id: activityId,
    definition: {
      type: 'http://adlnet.gov/expapi/activities/assessment',
      ...(title !== undefined && { name: { [lang]: title } }),
    },
  };
}

function statement(
  context: StatementContext,
  verbName: string,
  object: XapiActivity,
  result: XapiResult,
  parent: boolean,
): XapiStatement {
  const { actor, lang, registration } = context;
  return {
    id: randomUuid(),
    actor,
    verb: adlVerb(verbName),
    object,
    result,
    context: {
      ...(registration && { registration }),
      language: lang,
      ...(parent && { contextActivities: { parent: [{ objectType: 'Activity', id: context.activityId }] } }),
    },
    timestamp: new Date().toISOString(),
  };
}

/** Seconds, to the hundredth the spec asks for at most (xAPI 1.0.3, 4.6). */
export const xapiDuration = (ms: number) => `PT${Math.max(0, Math.round(ms / 10) / 100)}S`;

/**
 * The `answered` statement of a settled answer (`glossa-answer`'s detail): the question as a
 * `cmi.interaction` activity under the quiz, the reader's response and whether it is right. A question
 * left unanswered when the reader finished has no `response`. Undefined for a question the quiz does not have.
 */
export function answerStatement(detail: GlossaAnswerDetail, context: StatementContext): XapiStatement | undefined {
  const question: Question | undefined = context.quiz.questions.find(({ id }) => id === detail.questionId);
  if (!question) return undefined;
  const object: XapiActivity = {
    objectType: 'Activity',
    id: questionActivityId(context.activityId, question.id),
    definition: interactionDefinition(question, context.lang),
  };
  const response = detail.answer === null ? {} : { response: interactionResponse(question, detail.answer) };
  return statement(context, 'answered', object, { ...response, success: detail.correct }, true);
}

/**
 * The statements of a finished quiz (`glossa-complete`'s detail): `completed` with the score, and, when
 * the context has a pass mark, `passed` or `failed` with the same result.
 */
export function completionStatements(detail: GlossaCompleteDetail, context: StatementContext): XapiStatement[] {
  const { score, total, passed } = detail;
  const graded = context.passPercent !== undefined;
  const result: XapiResult = {
    score: { scaled: total ? score / total : 0, raw: score, min: 0, max: total },
    completion: true,
    ...(graded && { success: passed }),
    ...(context.startedAt !== undefined && { duration: xapiDuration(Date.now() - context.startedAt) }),
  };
  const object = quizActivity(context);
  const completed = statement(context, 'completed', object, result, false);
  return graded ? [completed, statement(context, passed ? 'passed' : 'failed', object, result, false)] : [completed];
}
