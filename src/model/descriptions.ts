/**
 * What each field of the article model means, for editors: the JSON Schema build puts these texts into
 * article.schema.json. They are keyed by the field's path in an article, written as issue paths are,
 * with `[]` for every item of a list (`entities[].name`); a key starting with `*.` is a field wherever
 * it sits (`*.evidence`). The schema does not carry them, so they never ship to readers.
 */
const EVIDENCE_PARAGRAPH = 'The id of the paragraph that supports this.';

export const DESCRIPTIONS: Readonly<Record<string, string>> = {
  $schema: 'The JSON Schema this file follows, for editors.',
  id: 'Stable slug of the article; quiz progress is stored under it.',
  lang: 'The language of the article text, e.g. "en".',
  dek: 'The standfirst under the title.',
  'paragraphs[].id': 'Stable id, the anchor that evidence points at, e.g. "p3".',
  'figures[].credit': 'Photographer and agency, e.g. "Alexei Filippov / AP".',
  'figures[].src': 'Image URL: http(s) or relative.',
  'figures[].alt': 'What the image shows, for readers who cannot see it.',
  'figures[].after': 'The id of the paragraph the figure follows in the article.',
  'entities[].id': 'Stable id; also the deep link #glossa-{id}.',
  'entities[].name': 'The full name, as a reader would look it up.',
  'entities[].aliases': 'Other names the article uses, e.g. "Tokayev".',
  'entities[].role': 'Who or what it is in this story, in a few words.',
  'entities[].related[].id': 'The id of the related entity.',
  'entities[].related[].relation': 'How this entity relates to that one, e.g. "successor of".',
  'explainer.summary': 'What happened, in one to three sentences.',
  'explainer.keyFacts[].value': 'The figure, shown large, e.g. "~10,000".',
  'explainer.keyFacts[].label': 'What the figure counts, e.g. "people arrested".',
  'timeline[].when': 'As precise as the source: "2022", "2022-01" or "2022-01-05".',
  'quiz.passPercent': 'The score, in percent, that passes.',
  'quiz.questions[].explanation': 'Why the answer is right, shown after answering.',
  'quiz.questions[].choices[].feedback': 'Shown when the reader picks this choice.',
  'quiz.questions[].answer': 'The id of the right choice; in a true-false question, true or false.',
  'quiz.questions[].answers': 'The ids of every right choice.',
  'quiz.questions[].accept': 'Accepted answers for the "___" in the prompt; case, spacing and accents are ignored.',
  'quiz.questions[].items': 'The items, listed in the right order.',
  '*.evidence': 'The paragraphs that support this, so readers can check it in the article.',
  '*.evidence[]': EVIDENCE_PARAGRAPH,
  '*.evidence[].paragraph': EVIDENCE_PARAGRAPH,
  '*.evidence[].quote': 'The words of that paragraph that support this, copied exactly.',
};
