export { parseArticle, type ParseResult } from './parse.js';
export { parseQuiz, checkQuizEvidence, type QuizParseResult } from './parse-quiz.js';
export { ArticleSchema, ENTITY_KINDS } from './schema.js';
export { evidenceIndex, evidenceTarget, type EvidenceIndex, type EvidenceTarget } from './evidence-target.js';
export { checkTextLength, LIMITS } from './limits.js';
export { isSafeUrl, isPartialDate } from './primitives.js';
export type { ArticleIssue } from './issues.js';
export type * from './types.js';
