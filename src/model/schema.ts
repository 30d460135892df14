import * as v from 'valibot';
import { EvidenceList, Id, LanguageTag, PartialDate, Text, Url } from './primitives.js';

export const ParagraphSchema = v.strictObject({
  id: Id,
  text: Text,
});

export const FigureSchema = v.strictObject({
  id: Id,
  caption: Text,
  credit: v.optional(Text),
  src: v.optional(Url),
  alt: v.optional(Text),
  after: v.optional(Id),
});

export const EntityKindSchema = v.picklist(['person', 'organization', 'place', 'term']);

export const EntitySchema = v.strictObject({
  id: Id,
  kind: EntityKindSchema,
  name: Text,
  aliases: v.optional(v.array(Text)),
  role: v.optional(Text),
  summary: Text,
  image: v.optional(v.strictObject({ src: Url, alt: Text, credit: v.optional(Text) })),
  related: v.optional(
    v.array(
      v.strictObject({
        id: Id,
        relation: Text,
      }),
    ),
  ),
  evidence: EvidenceList,
});

export const SectionSchema = v.strictObject({
  id: Id,
  heading: Text,
  body: Text,
  evidence: EvidenceList,
});

export const KeyFactSchema = v.strictObject({
  id: Id,
  value: Text,
  label: Text,
  evidence: EvidenceList,
});

export const ExplainerSchema = v.strictObject({
  summary: Text,
  sections: v.array(SectionSchema),
  keyFacts: v.optional(v.array(KeyFactSchema)),
});

export const TimelineEventSchema = v.strictObject({
  id: Id,
  when: PartialDate,
  label: Text,
  detail: v.optional(Text),
  evidence: EvidenceList,
});

export const ChoiceSchema = v.strictObject({
  id: Id,
  text: Text,
  feedback: v.optional(Text),
});

const atLeastTwo = <T extends v.GenericSchema>(item: T, what: string) =>
  v.pipe(v.array(item), v.minLength(2, `needs at least two ${what}`));

const questionBase = {
  id: Id,
  prompt: Text,
  explanation: v.optional(Text),
  evidence: EvidenceList,
};

export const QuestionSchema = v.variant(
  'type',
  [
    v.strictObject({
      ...questionBase,
      type: v.literal('single'),
      choices: atLeastTwo(ChoiceSchema, 'choices'),
      answer: Id,
    }),
    v.strictObject({
      ...questionBase,
      type: v.literal('multiple'),
      choices: atLeastTwo(ChoiceSchema, 'choices'),
      answers: v.pipe(v.array(Id), v.minLength(1, 'needs at least one right choice')),
    }),
    v.strictObject({ ...questionBase, type: v.literal('true-false'), answer: v.boolean() }),
    v.strictObject({
      ...questionBase,
      type: v.literal('fill-blank'),
      accept: v.pipe(v.array(Text), v.minLength(1, 'needs at least one accepted answer')),
    }),
    v.strictObject({
      ...questionBase,
      type: v.literal('order'),
      items: atLeastTwo(ChoiceSchema, 'items'),
    }),
    v.strictObject({
      ...questionBase,
      type: v.literal('match'),
      pairs: atLeastTwo(v.strictObject({ left: Text, right: Text }), 'pairs'),
    }),
  ],
  'must have a "type" of "single", "multiple", "true-false", "fill-blank", "order" or "match"',
);

export const QuizSchema = v.strictObject({
  title: v.optional(Text),
  passPercent: v.optional(
    v.pipe(
      v.number(),
      v.integer('must be a whole number'),
      v.minValue(0, 'must be between 0 and 100'),
      v.maxValue(100, 'must be between 0 and 100'),
    ),
  ),
  questions: v.pipe(v.array(QuestionSchema), v.minLength(1, 'needs at least one question')),
});

/** The article model, version 1: the one schema every widget is generated from. */
export const ArticleSchema = v.strictObject({
  $schema: v.optional(v.string()),
  schemaVersion: v.literal(1),
  id: Id,
  lang: LanguageTag,
  title: Text,
  dek: v.optional(Text),
  dateline: v.optional(Text),
  published: v.optional(PartialDate),
  byline: v.optional(Text),
  source: v.optional(v.strictObject({ name: Text, url: v.optional(Url) })),
  paragraphs: v.pipe(v.array(ParagraphSchema), v.minLength(1, 'needs at least one paragraph')),
  figures: v.optional(v.array(FigureSchema)),
  entities: v.array(EntitySchema),
  explainer: ExplainerSchema,
  timeline: v.optional(v.array(TimelineEventSchema)),
  quiz: v.optional(QuizSchema),
});
