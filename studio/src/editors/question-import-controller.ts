import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { FormatWarning, QuestionInput } from '../../../src/formats/index.js';
import { readQuestionFile } from '../import/question-file.js';
import type { QuestionsImport } from './imported-questions.js';

/** Where an "Import questions…" stands: a file being read, its questions imported, or the file refused. */
export type QuestionImportState =
  | { readonly kind: 'idle' }
  | { readonly kind: 'reading'; readonly name: string }
  | { readonly kind: 'imported'; readonly summary: string; readonly notes: readonly string[] }
  | { readonly kind: 'refused'; readonly message: string };

/** Appends a file's questions to the draft as it stands once the file is read, as one step. */
export type ApplyImport = (
  questions: readonly QuestionInput[],
  warnings: readonly FormatWarning[],
  fileName: string,
) => QuestionsImport;

/**
 * Reads a question-bank file chosen or dropped on the quiz, and hands its questions to `apply`; what
 * came of it is `state`, for the quiz's form to show. A file chosen while another is read replaces it.
 */
export class QuestionImportController implements ReactiveController {
  state: QuestionImportState = { kind: 'idle' };

  readonly #host: ReactiveControllerHost;
  readonly #apply: ApplyImport;
  #turn = 0;

  constructor(host: ReactiveControllerHost, apply: ApplyImport) {
    this.#host = host;
    this.#apply = apply;
    host.addController(this);
  }

  /** The draft closed while a file was read: its questions have nowhere to go. */
  hostDisconnected(): void {
    this.#turn += 1;
    this.state = { kind: 'idle' };
  }

  async import(file: File): Promise<void> {
    const turn = ++this.#turn;
    this.#set({ kind: 'reading', name: file.name });
    const reading = await readQuestionFile(file).catch((error: unknown) => ({
      ok: false as const,
      message: `${file.name} could not be read: ${(error as Error).message}.`,
    }));
    if (turn !== this.#turn) return;
    if (!reading.ok) {
      this.#set({ kind: 'refused', message: reading.message });
      return;
    }
    const { summary, notes } = this.#apply(reading.quiz.questions, reading.warnings, file.name);
    this.#set({ kind: 'imported', summary, notes });
  }

  #set(state: QuestionImportState): void {
    this.state = state;
    this.#host.requestUpdate();
  }
}
