import type { ArticleInput } from '../model/types.js';

/** A quiz as an imported file gives it: what `parseQuiz` checks, before the person reviews it. */
export type QuizInput = NonNullable<ArticleInput['quiz']>;

/** One question of a quiz as a file gives it. */
export type QuestionInput = QuizInput['questions'][number];

/** A question with its answer key in the open: what a question-bank format can write. */
export type OpenQuestionInput = Extract<QuestionInput, { sealed?: undefined }>;

/** A quiz whose answer keys are in the open: a sealed one is opened with its key file first (`glossa seal --open`). */
export type OpenQuizInput = Omit<QuizInput, 'questions' | 'seal'> & { readonly questions: OpenQuestionInput[] };

/** `quiz` when none of its questions is sealed, else undefined: no format can write a sealed answer key. */
export function openQuiz(quiz: QuizInput): OpenQuizInput | undefined {
  const questions = quiz.questions.filter((question): question is OpenQuestionInput => question.sealed === undefined);
  return quiz.seal === undefined && questions.length === quiz.questions.length ? { ...quiz, questions } : undefined;
}

/** Something a format could not carry (or an imported file held that Glossa cannot), never lost silently. */
export interface FormatWarning {
  /** The question it concerns: its id in Glossa, or its title or number in the file. */
  readonly question?: string;
  readonly message: string;
}

/** An imported file that does not parse, located where its author can find the fault. */
export class FormatSyntaxError extends Error {
  constructor(
    message: string,
    /** 1-based line and column of the fault in the file. */
    readonly line: number,
    readonly column: number,
  ) {
    super(`${message} (line ${line}, column ${column})`);
    this.name = 'FormatSyntaxError';
  }
}

export interface QuizImport {
  readonly quiz: QuizInput;
  readonly warnings: readonly FormatWarning[];
}

/** One file an export writes; most formats write one, QTI a package of several. */
export interface ExportedFile {
  readonly path: string;
  readonly content: string;
}

export interface QuizExport {
  readonly files: readonly ExportedFile[];
  readonly warnings: readonly FormatWarning[];
}

/** A question-bank format: read from its text, written from an article's quiz. */
export interface QuizFormat {
  readonly name: 'gift' | 'aiken' | 'qti' | 'csv';
  /** Throws `FormatSyntaxError` for a file that does not parse. */
  read(text: string, fileName?: string): QuizImport;
  write(quiz: OpenQuizInput, options: { readonly articleId: string; readonly lang: string }): QuizExport;
}
