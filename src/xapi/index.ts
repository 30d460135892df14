/**
 * `glossa/xapi`: the xAPI 1.0.3 statements of a quiz's events, for a page that sends them itself (or
 * to an LMS), without `xapi-endpoint`.
 */
export { answerStatement, completionStatements, type StatementContext } from './statements.js';
export { activityBase, quizActivityId, questionActivityId } from './activity-ids.js';
export { interactionDefinition, interactionResponse, INTERACTION_TYPE } from './interaction.js';
export type * from './statement-types.js';
