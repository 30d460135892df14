import type { Article, OpenQuestion, Quiz, Sealed, SealedQuestion } from '../model/types.js';
import { scrambled } from '../quiz/seeded-order.js';
import type { AnswerKey } from './answer-key.js';
import { canonicalAnswer, rightAnswersOf } from './canonical.js';
import { answerHash, byteLength, randomSalt, sealBox, type BoxPlace } from './seal-crypto.js';

/** Feedback boxes of one question are padded to one size, a multiple of this, so sizes say nothing. */
const FEEDBACK_BLOCK = 32;

/** A sealed article, and the key file that opens it. */
export interface SealedArticle {
  readonly article: Article;
  readonly key: AnswerKey;
}

const roundUp = (bytes: number) => Math.ceil(Math.max(bytes, 1) / FEEDBACK_BLOCK) * FEEDBACK_BLOCK;

/**
 * Every choice gets a feedback box, empty where the model had no feedback, all of one size: in most
 * quizzes only the wrong choices have feedback, so which ones have a box, or a bigger one, would tell.
 */
async function sealFeedback(
  salt: string,
  question: Extract<OpenQuestion, { type: 'single' | 'multiple' }>,
): Promise<Sealed['feedback']> {
  if (!question.choices.some((choice) => choice.feedback)) return undefined;
  const length = roundUp(Math.max(...question.choices.map((choice) => byteLength(choice.feedback ?? ''))));
  const place: BoxPlace = { salt, questionId: question.id, purpose: 'feedback' };
  const boxes = await Promise.all(
    question.choices.map(async (choice) => [choice.id, await sealBox(place, choice.id, choice.feedback ?? '', length)]),
  );
  return Object.fromEntries(boxes) as Record<string, string>;
}

/** The question as a sealed article holds it: what is asked, shown in an order that is not the answer. */
async function sealQuestion(salt: string, question: OpenQuestion): Promise<SealedQuestion> {
  const rights = rightAnswersOf(question).map((answer) => canonicalAnswer(question.type, answer));
  const place: BoxPlace = { salt, questionId: question.id, purpose: 'explanation' };
  // The evidence quotes the words that answer the question: it is sealed with the explanation.
  const { id, prompt, explanation, evidence } = question;
  const explained = explanation !== undefined || evidence !== undefined;
  const sealed: Sealed = {
    right: await Promise.all(rights.map((right) => answerHash(salt, question.id, right))),
    ...(explained && {
      explanation: await Promise.all(
        rights.map((right) => sealBox(place, right, JSON.stringify({ explanation, evidence }))),
      ),
    }),
  };
  const shuffleSeed = `${salt}:${question.id}`;
  const base = { id, prompt };
  switch (question.type) {
    case 'single':
    case 'multiple': {
      const feedback = await sealFeedback(salt, question);
      const choices = question.choices.map((choice) => ({ id: choice.id, text: choice.text }));
      return { ...base, type: question.type, choices, sealed: { ...sealed, ...(feedback && { feedback }) } };
    }
    case 'true-false':
    case 'fill-blank':
      return { ...base, type: question.type, sealed };
    case 'order':
      return { ...base, type: 'order', items: scrambled(question.items, shuffleSeed), sealed };
    case 'match': {
      const rightsShown = scrambled(
        question.pairs.map((pair) => pair.right),
        shuffleSeed,
      );
      const pairs = question.pairs.map((pair, index) => ({ left: pair.left, right: rightsShown[index]! }));
      return { ...base, type: 'match', pairs, sealed };
    }
  }
}

/**
 * The article with its quiz sealed (see README.md here): right answers as salted hashes, explanations and
 * feedback in boxes only the answers open, orders and matches stored shuffled; and the key file that opens
 * it. The same `salt` seals the same article the same way. Refuses an article already sealed.
 */
export async function sealArticle(article: Article, salt = randomSalt()): Promise<SealedArticle> {
  const quiz = article.quiz;
  if (!quiz) throw new Error('has no quiz to seal');
  if (quiz.seal) throw new Error('is already sealed');
  const open = quiz.questions as readonly OpenQuestion[];
  const questions = await Promise.all(open.map((question) => sealQuestion(salt, question)));
  const sealedQuiz: Quiz = { ...quiz, seal: { version: 1, salt }, questions };
  return {
    article: { ...article, quiz: sealedQuiz },
    key: { glossaAnswerKey: 1, article: article.id, salt, questions: open },
  };
}
