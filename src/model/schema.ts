import * as v from 'valibot';
import { EvidenceList, Id, LanguageTag, PartialDate, Text, Url } from './primitives.js';

const described = <T extends v.GenericSchema>(schema: T, description: string) =>
  v.pipe(schema, v.description(description));

export const ParagraphSchema = v.strictObject({
  id: described(Id, 'Stable id, the anchor that evidence points at, e.g. "p3".'),
  text: Text,
});

export const FigureSchema = v.strictObject({
  id: Id,
  caption: Text,
  credit: v.optional(described(Text, 'Photographer and agency, e.g. "Alexei Filippov / AP".')),
  src: v.optional(described(Url, 'Image URL: http(s) or relative.')),
  alt: v.optional(described(Text, 'What the image shows, for readers who cannot see it.')),
  after: v.optional(described(Id, 'The id of the paragraph the figure follows in the article.')),
});

export const EntityKindSchema = v.picklist(['person', 'organization', 'place', 'term']);

export const EntitySchema = v.strictObject({
  id: described(Id, 'Stable id; also the deep link #glossa-{id}.'),
  kind: EntityKindSchema,
  name: described(Text, 'The full name, as a reader would look it up.'),
  aliases: v.optional(described(v.array(Text), 'Other names the article uses, e.g. "Tokayev".')),
  role: v.optional(described(Text, 'Who or what it is in this story, in a few words.')),
  summary: Text,
  image: v.optional(v.strictObject({ src: Url, alt: Text, credit: v.optional(Text) })),
  related: v.optional(
    v.array(
      v.strictObject({
        id: described(Id, 'The id of the related entity.'),
        relation: described(Text, 'How this entity relates to that one, e.g. "successor of".'),
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
  value: described(Text, 'The figure, shown large, e.g. "~10,000".'),
  label: described(Text, 'What the figure counts, e.g. "people arrested".'),
  evidence: EvidenceList,
});

export const ExplainerSchema = v.strictObject({
  summary: described(Text, 'What happened, in one to three sentences.'),
  sections: v.array(SectionSchema),
  keyFacts: v.optional(v.array(KeyFactSchema)),
});

export const TimelineEventSchema = v.strictObject({
  id: Id,
  when: described(PartialDate, 'As precise as the source: "2022", "2022-01" or "2022-01-05".'),
  label: Text,
  detail: v.optional(Text),
  evidence: EvidenceList,
});

export const ChoiceSchema = v.strictObject({
  id: Id,
  text: Text,
  feedback: v.optional(described(Text, 'Shown when the reader picks this choice.')),
});

const atLeastTwo = <T extends v.GenericSchema>(item: T, what: string) =>
  v.pipe(v.array(item), v.minLength(2, `needs at least two ${what}`));

const questionBase = {
  id: Id,
  prompt: Text,
  explanation: v.optional(described(Text, 'Why the answer is right, shown after answering.')),
  evidence: EvidenceList,
};

export const QuestionSchema = v.variant(
  'type',
  [
    v.strictObject({
      ...questionBase,
      type: v.literal('single'),
      choices: atLeastTwo(ChoiceSchema, 'choices'),
      answer: described(Id, 'The id of the right choice.'),
    }),
    v.strictObject({
      ...questionBase,
      type: v.literal('multiple'),
      choices: atLeastTwo(ChoiceSchema, 'choices'),
      answers: described(
        v.pipe(v.array(Id), v.minLength(1, 'needs at least one right choice')),
        'The ids of every right choice.',
      ),
    }),
    v.strictObject({ ...questionBase, type: v.literal('true-false'), answer: v.boolean() }),
    v.strictObject({
      ...questionBase,
      type: v.literal('fill-blank'),
      accept: described(
        v.pipe(v.array(Text), v.minLength(1, 'needs at least one accepted answer')),
        'Accepted answers for the "___" in the prompt; case, spacing and accents are ignored.',
      ),
    }),
    v.strictObject({
      ...questionBase,
      type: v.literal('order'),
      items: described(atLeastTwo(ChoiceSchema, 'items'), 'The items, listed in the right order.'),
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
      v.pipe(v.number(), v.integer('must be a whole number'),
        v.minValue(0, 'must be between 0 and 100'),
        v.maxValue(100, 'must be between 0 and 100'),
      ),
      'The score, in percent, that passes.',
    ),
  ),
  questions: v.pipe(v.array(QuestionSchema), v.minLength(1, 'needs at least one question')),
});

/** The article model, version 1: the one schema every widget is generated from. */
export const ArticleSchema = v.strictObject({
  $schema: v.optional(described(v.string(), 'The JSON Schema this file follows, for editors.')),
  schemaVersion: v.literal(1),
  id: described(Id, 'Stable slug of the article; quiz progress is stored under it.'),
  lang: described(LanguageTag, 'The language of the article text, e.g. "en".'),
  title: Text,
  dek: v.optional(described(Text, 'The standfirst under the title.')),
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
