import * as v from 'valibot';
import type { DescriptionKey } from './descriptions.js';
import { EvidenceList, Id, LanguageTag, PartialDate, Text, Url } from './primitives.js';

/**
 * A field with a description for editors. The schema carries only the description's key; the text is
 * in descriptions.ts, which only the JSON Schema build reads, so it never ships to readers.
 */
const described = <T extends v.GenericSchema>(schema: T, description: DescriptionKey) =>
  v.pipe(schema, v.description(description));

export const ParagraphSchema = v.strictObject({
  id: described(Id, 'paragraphId'),
  text: Text,
});

export const FigureSchema = v.strictObject({
  id: Id,
  caption: Text,
  credit: v.optional(described(Text, 'figureCredit')),
  src: v.optional(described(Url, 'figureSrc')),
  alt: v.optional(described(Text, 'figureAlt')),
  after: v.optional(described(Id, 'figureAfter')),
});

export const EntityKindSchema = v.picklist(['person', 'organization', 'place', 'term']);

export const EntitySchema = v.strictObject({
  id: described(Id, 'entityId'),
  kind: EntityKindSchema,
  name: described(Text, 'entityName'),
  aliases: v.optional(described(v.array(Text), 'entityAliases')),
  role: v.optional(described(Text, 'entityRole')),
  summary: Text,
  image: v.optional(v.strictObject({ src: Url, alt: Text, credit: v.optional(Text) })),
  related: v.optional(
    v.array(
      v.strictObject({
        id: described(Id, 'relatedId'),
        relation: described(Text, 'entityRelation'),
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
  value: described(Text, 'keyFactValue'),
  label: described(Text, 'keyFactLabel'),
  evidence: EvidenceList,
});

export const ExplainerSchema = v.strictObject({
  summary: described(Text, 'explainerSummary'),
  sections: v.array(SectionSchema),
  keyFacts: v.optional(v.array(KeyFactSchema)),
});

export const TimelineEventSchema = v.strictObject({
  id: Id,
  when: described(PartialDate, 'eventWhen'),
  label: Text,
  detail: v.optional(Text),
  evidence: EvidenceList,
});

export const ChoiceSchema = v.strictObject({
  id: Id,
  text: Text,
  feedback: v.optional(described(Text, 'choiceFeedback')),
});

const atLeastTwo = <T extends v.GenericSchema>(item: T, what: string) =>
  v.pipe(v.array(item), v.minLength(2, `needs at least two ${what}`));

const questionBase = {
  id: Id,
  prompt: Text,
  explanation: v.optional(described(Text, 'questionExplanation')),
  evidence: EvidenceList,
};

export const QuestionSchema = v.variant(
  'type',
  [
    v.strictObject({
      ...questionBase,
      type: v.literal('single'),
      choices: atLeastTwo(ChoiceSchema, 'choices'),
      answer: described(Id, 'questionAnswer'),
    }),
    v.strictObject({
      ...questionBase,
      type: v.literal('multiple'),
      choices: atLeastTwo(ChoiceSchema, 'choices'),
      answers: described(v.pipe(v.array(Id), v.minLength(1, 'needs at least one right choice')), 'questionAnswers'),
    }),
    v.strictObject({ ...questionBase, type: v.literal('true-false'), answer: v.boolean() }),
    v.strictObject({
      ...questionBase,
      type: v.literal('fill-blank'),
      accept: described(v.pipe(v.array(Text), v.minLength(1, 'needs at least one accepted answer')), 'questionAccept'),
    }),
    v.strictObject({
      ...questionBase,
      type: v.literal('order'),
      items: described(atLeastTwo(ChoiceSchema, 'items'), 'questionItems'),
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
    described(
      v.pipe(
        v.number(),
        v.integer('must be a whole number'),
        v.minValue(0, 'must be between 0 and 100'),
        v.maxValue(100, 'must be between 0 and 100'),
      ),
      'quizPassPercent',
    ),
  ),
  questions: v.pipe(v.array(QuestionSchema), v.minLength(1, 'needs at least one question')),
});

/** The article model, version 1: the one schema every widget is generated from. */
export const ArticleSchema = v.strictObject({
  $schema: v.optional(described(v.string(), 'articleSchemaUrl')),
  schemaVersion: v.literal(1),
  id: described(Id, 'articleId'),
  lang: described(LanguageTag, 'articleLang'),
  title: Text,
  dek: v.optional(described(Text, 'articleDek')),
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
