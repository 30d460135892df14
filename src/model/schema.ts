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

/** Base64url without padding, as `glossa seal` writes its hashes, salts and boxes. */
const BASE64URL = /^[A-Za-z0-9_-]+$/;

/** A SHA-256 hash of a right answer, salted (see docs/sealing.md). */
const Hash = v.pipe(
  v.string(),
  v.regex(BASE64URL, 'must be a hash as glossa seal writes it'),
  v.length(43, 'must be a hash as glossa seal writes it'),
);

/** A text encrypted with AES-GCM: its 12-byte IV and its cipher text, each in base64url, joined by a dot. */
const Box = v.pipe(
  v.string(),
  v.regex(/^[A-Za-z0-9_-]{16}\.[A-Za-z0-9_-]{22,}$/, 'must be a box as glossa seal writes it'),
);

/**
 * What a sealed question holds instead of its answer key: the hashes of its right answers, its explanation
 * once per right answer (each opened by that answer), and every choice's feedback (opened by choosing it).
 */
export const SealedSchema = v.strictObject({
  right: v.pipe(v.array(Hash), v.minLength(1, 'needs at least one right answer')),
  explanation: v.optional(v.array(Box)),
  feedback: v.optional(v.record(Id, Box)),
});

/** The quiz's seal: how its questions were sealed. */
export const SealSchema = v.strictObject({
  version: v.literal(1),
  salt: v.pipe(v.string(), v.regex(BASE64URL, 'must be a salt as glossa seal writes it'), v.minLength(22)),
});

/**
 * A question of one type, open (its answer key in `open`) or sealed (a `sealed` object instead); a sealed
 * question has neither the answer nor its explanations in the open.
 */
function openOrSealed<T extends string, Open extends v.ObjectEntries, Shown extends v.ObjectEntries>(
  type: T,
  shown: Shown,
  open: Open,
) {
  const common = { ...questionBase, type: v.literal(type), ...shown };
  return v.variant('sealed', [
    v.strictObject({ ...common, ...open, sealed: v.optional(v.never()) }),
    v.strictObject({ ...common, sealed: SealedSchema }),
  ]);
}

export const QuestionSchema = v.variant(
  'type',
  [
    openOrSealed('single', { choices: atLeastTwo(ChoiceSchema, 'choices') }, { answer: Id }),
    openOrSealed(
      'multiple',
      { choices: atLeastTwo(ChoiceSchema, 'choices') },
      { answers: v.pipe(v.array(Id), v.minLength(1, 'needs at least one right choice')) },
    ),
    openOrSealed('true-false', {}, { answer: v.boolean() }),
    openOrSealed(
      'fill-blank',
      {},
      { accept: v.pipe(v.array(Text), v.minLength(1, 'needs at least one accepted answer')) },
    ),
    openOrSealed('order', { items: atLeastTwo(ChoiceSchema, 'items') }, {}),
    openOrSealed('match', { pairs: atLeastTwo(v.strictObject({ left: Text, right: Text }), 'pairs') }, {}),
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
  seal: v.optional(SealSchema),
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
