/**
 * What each field of the article model means, for editors: the JSON Schema build puts these texts into
 * article.schema.json. The schema itself carries only the keys, so the texts never ship to readers.
 */
export const DESCRIPTIONS = {
  articleSchemaUrl: 'The JSON Schema this file follows, for editors.',
  articleId: 'Stable slug of the article; quiz progress is stored under it.',
  articleLang: 'The language of the article text, e.g. "en".',
  articleDek: 'The standfirst under the title.',
  paragraphId: 'Stable id, the anchor that evidence points at, e.g. "p3".',
  figureCredit: 'Photographer and agency, e.g. "Alexei Filippov / AP".',
  figureSrc: 'Image URL: http(s) or relative.',
  figureAlt: 'What the image shows, for readers who cannot see it.',
  figureAfter: 'The id of the paragraph the figure follows in the article.',
  entityId: 'Stable id; also the deep link #glossa-{id}.',
  entityName: 'The full name, as a reader would look it up.',
  entityAliases: 'Other names the article uses, e.g. "Tokayev".',
  entityRole: 'Who or what it is in this story, in a few words.',
  relatedId: 'The id of the related entity.',
  entityRelation: 'How this entity relates to that one, e.g. "successor of".',
  explainerSummary: 'What happened, in one to three sentences.',
  keyFactValue: 'The figure, shown large, e.g. "~10,000".',
  keyFactLabel: 'What the figure counts, e.g. "people arrested".',
  eventWhen: 'As precise as the source: "2022", "2022-01" or "2022-01-05".',
  evidenceParagraph: 'The id of the paragraph that supports this.',
  evidenceQuote: 'The words of that paragraph that support this, copied exactly.',
  evidenceList: 'The paragraphs that support this, so readers can check it in the article.',
  choiceFeedback: 'Shown when the reader picks this choice.',
  questionExplanation: 'Why the answer is right, shown after answering.',
  questionAnswer: 'The id of the right choice.',
  questionAnswers: 'The ids of every right choice.',
  questionAccept: 'Accepted answers for the "___" in the prompt; case, spacing and accents are ignored.',
  questionItems: 'The items, listed in the right order.',
  quizPassPercent: 'The score, in percent, that passes.',
} as const;

export type DescriptionKey = keyof typeof DESCRIPTIONS;
