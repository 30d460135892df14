import type { Quiz } from '../model/types.js';
import type { AnswerKey } from './answer-key.js';
import { canonicalAnswer, rightAnswersOf } from './canonical.js';
import { answerHash } from './seal-crypto.js';

/**
 * The ids of the sealed questions whose right answers in `key` do not hash to what the quiz holds: a key
 * edited, or written for another version of the quiz.
 */
export async function verifyAnswerKey(quiz: Quiz, key: AnswerKey): Promise<string[]> {
  const salt = quiz.seal?.salt ?? '';
  const byId = new Map(key.questions.map((question) => [question.id, question]));
  const checks = quiz.questions.map(async (question) => {
    const open = byId.get(question.id);
    if (!question.sealed) return true;
    if (open?.type !== question.type) return false;
    const hashes = await Promise.all(
      rightAnswersOf(open).map((right) => answerHash(salt, question.id, canonicalAnswer(open.type, right))),
    );
    return (
      hashes.length === question.sealed.right.length && hashes.every((hash) => question.sealed.right.includes(hash))
    );
  });
  const fits = await Promise.all(checks);
  return quiz.questions.filter((_, index) => !fits[index]).map((question) => question.id);
}
