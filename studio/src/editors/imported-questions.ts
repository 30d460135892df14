import type { FormatWarning, QuestionInput } from '../../../src/formats/index.js';
import { uniqueId } from '../../../src/shared/slug.js';
import { plural } from '../../../src/localize/plural.js';
import type { DocumentChange, PathKey } from '../document.js';
import { warningText } from '../import/question-bank.js';
import { idsOf } from './ids.js';
import { listOf, type Obj } from './paths.js';

const QUIZ = ['article', 'quiz'] as const;
const QUESTIONS = [...QUIZ, 'questions'] as const;

/** Questions of a file appended to a draft's quiz: the one step that adds them, and what to tell the person. */
export interface QuestionsImport {
  readonly label: string;
  readonly changes: readonly DocumentChange[];
  /** The first imported question, which gets the focus. */
  readonly first: readonly PathKey[];
  /** "3 questions imported from bank.gift", in the Studio's language. */
  readonly summary: string;
  /** What the file held that Glossa cannot, and the ids that had to change, each naming its question. */
  readonly notes: readonly string[];
}

/**
 * `imported` appended to the questions of `quiz` (made when there is none): each id made unique against
 * those there, and no evidence, since the draft's paragraphs are not the ones a question bank's questions
 * were written from. A warning that names a renamed question names it by its id in the draft.
 */
export function importQuestions(
  quiz: Obj | undefined,
  imported: readonly QuestionInput[],
  warnings: readonly FormatWarning[],
  fileName: string,
): QuestionsImport {
  const existing = listOf(quiz, 'questions');
  const taken = new Set(idsOf(existing));
  const renamed = new Map<string, string>();
  const added = imported.map((question) => {
    const { evidence: _evidence, ...rest } = question;
    const id = uniqueId(question.id, taken);
    if (id !== question.id) renamed.set(question.id, id);
    return { ...rest, id };
  });
  const count = added.length;
  const questions = plural('en', count, { one: 'question', other: 'questions' });
  return {
    label: `Import ${count} ${questions} from ${fileName}`,
    changes: [quiz ? { path: QUESTIONS, value: [...existing, ...added] } : { path: QUIZ, value: { questions: added } }],
    first: [...QUESTIONS, existing.length],
    summary: `${count} ${questions} imported from ${fileName}.`,
    notes: [
      ...[...renamed].map(([from, to]) => `${to}: the quiz already has a question “${from}”, so this one is “${to}”.`),
      ...warnings.map((warning) =>
        warningText({ ...warning, question: renamed.get(warning.question ?? '') ?? warning.question }),
      ),
    ],
  };
}
