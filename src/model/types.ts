import type * as v from 'valibot';
import type {
  ArticleSchema,
  ChoiceSchema,
  EntityKindSchema,
  EntitySchema,
  FigureSchema,
  KeyFactSchema,
  ParagraphSchema,
  QuestionSchema,
  QuizSchema,
  SealSchema,
  SealedSchema,
  QuoteSchema,
  SectionSchema,
  TimelineEventSchema,
} from './schema.js';
import type { Evidence as EvidenceSchema, License as LicenseSchema } from './primitives.js';

/** A validated article, as every widget receives it. */
export type Article = v.InferOutput<typeof ArticleSchema>;
/** What an author may write: evidence can still be a bare paragraph id. */
export type ArticleInput = v.InferInput<typeof ArticleSchema>;
export type Paragraph = v.InferOutput<typeof ParagraphSchema>;
export type Figure = v.InferOutput<typeof FigureSchema>;
export type Entity = v.InferOutput<typeof EntitySchema>;
export type EntityKind = v.InferOutput<typeof EntityKindSchema>;
export type Section = v.InferOutput<typeof SectionSchema>;
export type KeyFact = v.InferOutput<typeof KeyFactSchema>;
export type TimelineEvent = v.InferOutput<typeof TimelineEventSchema>;
export type Quiz = v.InferOutput<typeof QuizSchema>;
export type Question = v.InferOutput<typeof QuestionSchema>;
export type QuestionType = Question['type'];
/** A question with its answer key in the open. */
export type OpenQuestion = Extract<Question, { sealed?: undefined }>;
/** A question whose answer key `glossa seal` replaced by hashes and boxes (docs/sealing.md). */
export type SealedQuestion = Extract<Question, { sealed: object }>;
export type Sealed = v.InferOutput<typeof SealedSchema>;
export type Seal = v.InferOutput<typeof SealSchema>;
export type Choice = v.InferOutput<typeof ChoiceSchema>;
export type Evidence = v.InferOutput<typeof EvidenceSchema>;
export type Quote = v.InferOutput<typeof QuoteSchema>;
export type License = v.InferOutput<typeof LicenseSchema>;
