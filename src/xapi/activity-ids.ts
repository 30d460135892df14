import { isSafeUrl } from '../model/primitives.js';

/**
 * The IRI every activity id of a quiz starts with: the page's `xapi-activity-base` when it is an http(s)
 * URL (a relative one is read against the page), else, for a quiz of an article, `<page origin>/glossa`,
 * the same on every page of the site that shows the article, and for a quiz written in HTML without an
 * article, which only its page identifies, the page's address. Query and fragment are left out: they
 * carry campaign and state, not identity.
 */
export function activityBase(given: string | null | undefined, page: URL, ofArticle: boolean): string {
  const base = given && isSafeUrl(given) ? new URL(given, page) : undefined;
  if (base) return `${base.origin}${base.pathname}`.replace(/\/+$/, '');
  return ofArticle ? `${page.origin}/glossa` : `${page.origin}${page.pathname}`.replace(/\/+$/, '');
}

/** The quiz's activity: `<base>/<article id>/quiz` (for a quiz without an article, the element's id or `quiz`). */
export const quizActivityId = (base: string, name: string): string => `${base}/${encodeURIComponent(name)}/quiz`;

/** A question's activity, under its quiz's: `<base>/<article id>/quiz/<question id>`. */
export const questionActivityId = (quizId: string, questionId: string): string =>
  `${quizId}/${encodeURIComponent(questionId)}`;
