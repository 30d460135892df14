import {
  FormatSyntaxError,
  quizArticle,
  type FormatWarning,
  type QuizFormat,
  type QuizInput,
} from '../../../src/formats/index.js';

/** A question bank's questions as its format read them, with what the format could not hold; or what is wrong. */
export type QuestionsReading =
  | { readonly ok: true; readonly quiz: QuizInput; readonly warnings: readonly FormatWarning[] }
  | { readonly ok: false; readonly message: string };

export type QuestionBankReading =
  | { readonly ok: true; readonly article: Record<string, unknown>; readonly notes: readonly string[] }
  | { readonly ok: false; readonly message: string };

/** A format's warning as a person reads it: the question it concerns first. */
export function warningText(warning: FormatWarning): string {
  return warning.question === undefined ? warning.message : `${warning.question}: ${warning.message}`;
}

/**
 * The questions of a GIFT, Aiken, CSV or QTI file; for a file that does not parse or holds no question,
 * what is wrong and where (the line and column the format found the fault at).
 */
export function readQuestions(format: QuizFormat, text: string, name: string): QuestionsReading {
  try {
    const { quiz, warnings } = format.read(text, name);
    if (quiz.questions.length === 0) return { ok: false, message: `${name} holds no question the Studio can import.` };
    return { ok: true, quiz, warnings };
  } catch (error) {
    if (!(error instanceof FormatSyntaxError)) throw error;
    const message = error.message.replace(/ \(line \d+, column \d+\)$/, '');
    return { ok: false, message: `${name}, line ${error.line}, column ${error.column}: ${message}.` };
  }
}

/**
 * A GIFT, Aiken, CSV or QTI file opened in the Studio: an article for its quiz alone, as `glossa import` makes
 * it, with what the file held that Glossa cannot keep as notes.
 */
export function readQuestionBank(format: QuizFormat, text: string, name: string): QuestionBankReading {
  const reading = readQuestions(format, text, name);
  if (!reading.ok) return reading;
  return {
    ok: true,
    article: { ...quizArticle(reading.quiz, { fileName: name, lang: 'en' }) },
    notes: reading.warnings.map(warningText),
  };
}
