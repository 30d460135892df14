export { parseArticle, type ParseResult } from './parse.js';
export { parseQuiz, checkQuizEvidence, type QuizParseResult } from './parse-quiz.js';
export { ArticleSchema } from './schema.js';
export { checkTextLength, LIMITS } from './limits.js';
export { isSafeUrl, isPartialDate } from './primitives.js';
export type { ArticleIssue } from './issues.js';
export type * from './types.js';
