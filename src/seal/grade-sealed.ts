import type { Evidence, OpenQuestion, Question, Seal, SealedQuestion } from '../model/types.js';
import type { QuizAnswer } from '../quiz/answers.js';
import type { Verdict } from '../quiz/sealed-verdicts.js';
import { canonicalAnswer } from './canonical.js';
import { answerHash, openBox } from './seal-crypto.js';

/** The feedback of the chosen choices, each box opened by its own choice's id. */
async function chosenFeedback(salt: string, question: SealedQuestion, answer: QuizAnswer): Promise<Question> {
  if (question.type !== 'single' && question.type !== 'multiple') return question;
  const boxes = question.sealed.feedback ?? {};
  const chosen = new Set(Array.isArray(answer) ? answer : [answer]);
  const place = { salt, questionId: question.id, purpose: 'feedback' };
  const choices = await Promise.all(
    question.choices.map(async (choice) => {
      const box = boxes[choice.id];
      const feedback = chosen.has(choice.id) && box ? await openBox(place, choice.id, box) : undefined;
      return feedback ? { ...choice, feedback } : choice;
    }),
  );
  return { ...question, choices };
}

/** What the explanation box holds. */
interface Explained {
  readonly explanation?: string;
  readonly evidence?: Evidence[];
}

/** The question as it was before sealing, as far as its right answer `right` shows it. */
function opened(question: Question, right: QuizAnswer, key: Explained): OpenQuestion {
  const { sealed: _sealed, ...shown } = question;
  switch (shown.type) {
    case 'single':
    case 'true-false':
      return { ...shown, ...key, answer: right } as OpenQuestion;
    case 'multiple':
      return { ...shown, ...key, answers: right as string[] };
    case 'fill-blank':
      return { ...shown, ...key, accept: [right as string] };
    case 'order': {
      const items = new Map(shown.items.map((item) => [item.id, item]));
      return { ...shown, ...key, items: (right as string[]).map((id) => items.get(id)!) };
    }
    case 'match':
      return {
        ...shown,
        ...key,
        pairs: shown.pairs.map((pair, index) => ({ left: pair.left, right: (right as string[])[index]! })),
      };
  }
}

/**
 * Grades `answer` to a sealed question by its hash, and opens what the answer opens: the feedback of the
 * chosen choices and, for a right answer, the explanation. A true-false question has two answers, so a
 * wrong one shows the right one too; for any other a wrong answer cannot tell what would have been right.
 */
export async function gradeSealed(seal: Seal, question: SealedQuestion, answer: QuizAnswer): Promise<Verdict> {
  const { salt } = seal;
  const withFeedback = await chosenFeedback(salt, question, answer);
  const right = question.type === 'true-false' && typeof answer === 'boolean' ? [answer, !answer] : [answer];
  for (const candidate of right) {
    const canonical = canonicalAnswer(question.type, candidate);
    const index = question.sealed.right.indexOf(await answerHash(salt, question.id, canonical));
    if (index === -1) continue;
    const box = question.sealed.explanation?.[index];
    const place = { salt, questionId: question.id, purpose: 'explanation' };
    const explained = box === undefined ? undefined : await openBox(place, canonical, box);
    const key = explained === undefined ? {} : (JSON.parse(explained) as Explained);
    return { correct: candidate === answer, opened: opened(withFeedback, candidate, key) };
  }
  return { correct: false, opened: withFeedback };
}
