import * as v from 'valibot';
import { EvidenceList, Id, LanguageTag, License, PartialDate, Text, TimeZone, Url } from './primitives.js';

export const ParagraphSchema = v.strictObject({
  id: Id,
  text: Text,
});

/** A caption of one paragraph, or several as a list; they come out as one text, paragraphs split by a blank line. */
const Caption = v.pipe(
  v.union(
    [Text, v.pipe(v.array(Text), v.minLength(1, 'needs at least one paragraph'))],
    'must be a text or a list of texts',
  ),
  v.transform((caption) => (typeof caption === 'string' ? caption : caption.join('\n\n'))),
);

export const FigureSchema = v.strictObject({
  id: Id,
  caption: Caption,
  credit: v.optional(Text),
  license: v.optional(License),
  src: v.optional(Url),
  alt: v.optional(Text),
  after: v.optional(Id),
});

/**
 * What an entity is. Who's-who groups follow this order; `object` is a made or natural thing (a
 * telescope, a planet), `work` a made work (a law, a treaty, a paper, a painting).
 */
export const ENTITY_KINDS = ['person', 'organization', 'place', 'event', 'work', 'object', 'term'] as const;

export const EntityKindSchema = v.picklist(ENTITY_KINDS);

export const EntitySchema = v.strictObject({
  id: Id,
  kind: EntityKindSchema,
  category: v.optional(Text),
  name: Text,
  aliases: v.optional(v.array(Text)),
  forms: v.optional(v.array(Text)),
  role: v.optional(Text),
  summary: Text,
  image: v.optional(v.strictObject({ src: Url, alt: Text, credit: v.optional(Text), license: v.optional(License) })),
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
  value: v.optional(Text),
  number: v.optional(v.pipe(v.number(), v.finite('must be a finite number'))),
  unit: v.optional(Text),
  about: v.optional(v.boolean()),
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
  when: v.optional(PartialDate),
  until: v.optional(PartialDate),
  timeZone: v.optional(TimeZone),
  planned: v.optional(v.boolean()),
  label: Text,
  detail: v.optional(Text),
  evidence: EvidenceList,
});

export const QuoteSchema = v.strictObject({
  id: Id,
  speaker: Id,
  words: Text,
  paragraph: Id,
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

/**
 * The article model, version 1 (1.1: every addition optional, so every valid 1.0 file stays valid): the
 * one schema every widget is generated from.
 */
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
  license: v.optional(License),
  paragraphs: v.pipe(v.array(ParagraphSchema), v.minLength(1, 'needs at least one paragraph')),
  figures: v.optional(v.array(FigureSchema)),
  entities: v.array(EntitySchema),
  quotes: v.optional(v.array(QuoteSchema)),
  explainer: ExplainerSchema,
  timeline: v.optional(v.array(TimelineEventSchema)),
  quiz: v.optional(QuizSchema),
});
