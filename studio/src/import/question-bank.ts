import { FormatSyntaxError, quizArticle, type QuizFormat } from '../../../src/formats/index.js';

export type QuestionBankReading =
  | { readonly ok: true; readonly article: Record<string, unknown>; readonly notes: readonly string[] }
  | { readonly ok: false; readonly message: string };

/**
 * A GIFT, Aiken or CSV file opened in the Studio: an article for its quiz alone, as `glossa import` makes
 * it, with what the file held that Glossa cannot keep as notes; or, for a file that does not parse or
 * holds no question, what is wrong and where.
 */
export function readQuestionBank(format: QuizFormat, text: string, name: string): QuestionBankReading {
  try {
    const { quiz, warnings } = format.read(text, name);
    if (quiz.questions.length === 0) return { ok: false, message: `${name} holds no question the Studio can import.` };
    return {
      ok: true,
      article: { ...quizArticle(quiz, { fileName: name, lang: 'en' }) },
      notes: warnings.map((warning) =>
        warning.question === undefined ? warning.message : `${warning.question}: ${warning.message}`,
      ),
    };
  } catch (error) {
    if (!(error instanceof FormatSyntaxError)) throw error;
    const message = error.message.replace(/ \(line \d+, column \d+\)$/, '');
    return { ok: false, message: `${name}, line ${error.line}, column ${error.column}: ${message}.` };
  }
}
