import { parseArticle } from '../../../src/model/parse.js';
import { unsealQuiz } from '../../../src/seal/unseal-quiz.js';

/** What every view of a sealed quiz tells a person who wants to edit it. */
export const SEALED_QUIZ_NOTICE = 'The answers of this quiz are sealed; open the unsealed file to edit them.';

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/**
 * Whether the quiz of `article` is sealed (`glossa seal`, or Publish's "Seal the answers"): its right
 * answers are hashes and its feedback encrypted, which no form can show or edit as answers.
 */
export function hasSealedQuiz(article: Record<string, unknown>): boolean {
  const quiz = article['quiz'];
  if (!isObject(quiz)) return false;
  const questions = Array.isArray(quiz['questions']) ? quiz['questions'] : [];
  return quiz['seal'] !== undefined || questions.some((question) => isObject(question) && 'sealed' in question);
}

export type Unsealed =
  { readonly ok: true; readonly article: Record<string, unknown> } | { readonly ok: false; readonly message: string };

/**
 * The article as it was before sealing, from the sealed one and the key file its sealing wrote, once the
 * key's answers hash to the sealed ones (as `glossa seal --open` does); or why the key does not open it.
 */
export async function unsealWithKey(
  sealed: Record<string, unknown>,
  keyText: string,
  keyName: string,
): Promise<Unsealed> {
  const refused = (message: string) => ({ ok: false, message }) as const;
  const parsed = parseArticle(sealed);
  if (!parsed.ok || !parsed.article.quiz)
    return refused('The sealed article is not valid, so no key can open it: open the unsealed file instead.');
  let json: unknown;
  try {
    json = JSON.parse(keyText.replace(/^\uFEFF/, ''));
  } catch (error) {
    return refused(`${keyName} is not valid JSON: ${(error as Error).message}`);
  }
  const quiz = await unsealQuiz(parsed.article.quiz, json);
  if (typeof quiz === 'string') return refused(`${keyName} ${quiz}.`);
  return { ok: true, article: { ...parsed.article, quiz } };
}
