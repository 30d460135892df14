import type { Entity, Figure, KeyFact, Paragraph, Question, TimelineEvent } from '../model/types.js';

/** What a person brings in: pasted or opened text, and the kind of file it came from. */
export type DraftSource =
  | { readonly kind: 'text'; readonly text: string }
  | { readonly kind: 'markdown'; readonly text: string }
  | { readonly kind: 'html'; readonly html: string }
  | { readonly kind: 'docx'; readonly data: ArrayBuffer | Uint8Array };

/** What the person may say about the article up front; anything left out is read from the text. */
export interface DraftOptions {
  /** A BCP 47 tag; detected from the text when absent. */
  readonly lang?: string;
  /** The article's date (`YYYY-MM-DD`), against which relative dates ("on Tuesday") are resolved. */
  readonly published?: string;
  /** The article's id; made from the title when absent. */
  readonly id?: string;
  /** Told as each stage of the draft begins, for a progress display; a long text takes seconds. */
  readonly onStage?: (progress: DraftProgress) => void;
}

/** The stages of a draft, in the order they run. */
export const DRAFT_STAGES = ['reading', 'names', 'facts', 'timeline', 'questions', 'summary', 'checking'] as const;
export type DraftStage = (typeof DRAFT_STAGES)[number];

/** Where a draft is: the stage begun, and the paragraphs it works through once the text is read. */
export interface DraftProgress {
  readonly stage: DraftStage;
  readonly paragraphs?: number;
}

/** What every drafting step knows about the article besides its text. */
export interface DraftContext {
  readonly lang: string;
  readonly published?: string;
}

/** The article's own text, as imported: everything a person wrote, nothing drafted yet. */
export interface ArticleBody {
  readonly lang: string;
  readonly title: string;
  readonly dek?: string;
  readonly dateline?: string;
  readonly byline?: string;
  readonly published?: string;
  readonly paragraphs: readonly Paragraph[];
  readonly figures: readonly Figure[];
  /** What the import left out or could not read, for the person to check ("Dropped a share bar"). */
  readonly notes: readonly string[];
}

/** The parts drafted from the body, for a person to accept, edit or reject. */
export interface DraftedParts {
  readonly entities: readonly Entity[];
  readonly keyFacts: readonly KeyFact[];
  readonly timeline: readonly TimelineEvent[];
  readonly questions: readonly Question[];
  readonly summary: string;
}

/** Ids of the drafted items no person has accepted yet, per collection of the article. */
export interface PendingItems {
  readonly entities: readonly string[];
  readonly keyFacts: readonly string[];
  readonly timeline: readonly string[];
  readonly questions: readonly string[];
  readonly summary: boolean;
}
