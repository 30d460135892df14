import type { Quiz } from '../model/types.js';
import { openWithKey, parseAnswerKey } from './answer-key.js';
import { verifyAnswerKey } from './verify-key.js';

/**
 * The quiz as it was before sealing, from the sealed one and the parsed JSON of its key file, once every
 * right answer of the key hashes to what the seal holds; or what is wrong with the key, said of it
 * ("is the key of another sealing…"), for the caller to put after the key file's name.
 */
export async function unsealQuiz(sealed: Quiz, keyJson: unknown): Promise<Quiz | string> {
  const key = parseAnswerKey(keyJson);
  if (typeof key === 'string') return key;
  const quiz = openWithKey(sealed, key);
  if (typeof quiz === 'string') return quiz;
  const unfit = await verifyAnswerKey(sealed, key);
  return unfit.length > 0 ? `does not fit the sealed questions ${unfit.join(', ')}` : quiz;
}
