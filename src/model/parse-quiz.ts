import * as v from 'valibot';
import { describeIssue, formatPath, issueKeys, type ArticleIssue } from './issues.js';
import { checkQuestionEvidence, checkQuiz, collectIssues } from './rules.js';
import { evidenceIndex } from './evidence-target.js';
import { QuizSchema } from './schema.js';
import type { Article, Quiz } from './types.js';

export type QuizParseResult =
  { readonly ok: true; readonly quiz: Quiz } | { readonly ok: false; readonly issues: readonly ArticleIssue[] };

/** A quiz on its own is located where it sits in an article, so its issues read the same either way. */
const AT = ['quiz'] as const;

/**
 * Validates a quiz on its own (a parsed JSON value, or what `readQuizMarkup` read from HTML) with the
 * schema and the question rules `parseArticle` applies to an article's quiz. Never throws; issue paths
 * start with `quiz.`, e.g. `quiz.questions[2].answer`. Evidence can only be checked against an article:
 * `parseArticle` does so for the quiz inside an article, `checkQuizEvidence` for a quiz on its own.
 */
export function parseQuiz(input: unknown): QuizParseResult {
  // valibot takes a list for an object and would report its missing fields instead.
  if (Array.isArray(input))
    return { ok: false, issues: [{ path: formatPath(AT), message: 'must be an object (got a list)' }] };
  const result = v.safeParse(QuizSchema, input, { abortEarly: false, message: describeIssue });
  if (!result.success) {
    const issues = result.issues.map((issue) => ({
      path: formatPath([...AT, ...issueKeys(issue)]),
      message: issue.message,
    }));
    return { ok: false, issues };
  }
  const issues = collectIssues((report) => checkQuiz(result.output, AT, report));
  return issues.length > 0 ? { ok: false, issues } : { ok: true, quiz: result.output };
}

/**
 * The evidence rules for a quiz that is not part of `article`: each evidence names one of its paragraphs,
 * figures or quotes, and each quoted word is where it says. Returns the issues, located as in `parseQuiz`.
 */
export function checkQuizEvidence(quiz: Quiz, article: Article): ArticleIssue[] {
  return collectIssues((report) => checkQuestionEvidence(quiz, AT, evidenceIndex(article), report));
}
