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
  'figures[].caption': 'What the figure shows, as the article captions it: a text, or a list of paragraphs.',
  'figures[].caption[]': 'One paragraph of the caption.',
  'figures[].credit': 'Photographer and agency, e.g. "Alexei Filippov / AP".',
  'figures[].src': 'Image URL: http(s) or relative.',
  'figures[].alt': 'What the image shows, for readers who cannot see it; needed when there is a src.',
  'figures[].after': 'The id of the paragraph the figure follows in the article.',
  'entities[].id': 'Stable id; also the deep link #glossa-{id}.',
  'entities[].kind':
    'What it is: person, organization, place, event, work (a law, a paper, an artwork), object (a telescope, a planet) or term.',
  'entities[].category': 'A finer label shown with the name, e.g. "telescope", "treaty", "journal".',
  'entities[].name': 'The full name, as a reader would look it up.',
  'entities[].forms':
    'Other spellings of the name as the text inflects it, for languages with cases, e.g. "Токаева", or an irregular plural. Possessives, and in English the regular plurals of terms and objects, are matched without them.',
  'entities[].aliases': 'Other names the article uses, e.g. "Tokayev".',
  'entities[].role': 'Who or what it is in this story, in a few words.',
  'entities[].related[].id': 'The id of the related entity.',
  'entities[].related[].relation': 'How this entity relates to that one, e.g. "successor of".',
  'explainer.summary': 'What happened, in one to three sentences.',
  'explainer.keyFacts[].value': 'The figure as text, shown large, e.g. "~10,000"; or give a number instead.',
  'explainer.keyFacts[].number': "The figure as a number, formatted for the reader's language, e.g. 10000.",
  'explainer.keyFacts[].unit':
    'What the number is in, e.g. "kilometer" (a unit Intl knows is formatted with it) or "light-years".',
  'explainer.keyFacts[].about': 'The number is approximate: shown "≈10,000", "около 10 000".',
  'explainer.keyFacts[].label': 'What the figure counts, e.g. "people arrested".',
  'timeline[].when':
    'As precise as the source: "2022", "2022-01", "2022-01-05" or "2022-01-05T14:00". Leave it out for an undated event, kept where it is in the list.',
  'timeline[].until': 'The end of a period that starts at "when", as precise as the source.',
  'timeline[].timeZone': 'The IANA time zone of the time in "when", e.g. "Europe/Berlin"; shown as "14:00 CEST".',
  'timeline[].planned': 'The event is planned or expected, not yet happened.',
  quotes:
    'What people in the article said, each with its speaker and paragraph: shown as "What they said" and on the speaker\'s card.',
  'quotes[].id': 'Stable id, for evidence that points at the quote: { "said": id }.',
  'quotes[].speaker': 'The id of the entity who said it.',
  'quotes[].words': 'The quoted words, as they are in the paragraph.',
  'quotes[].paragraph': 'The id of the paragraph the quote is in.',
  '*.license.name': 'The licence\'s name, e.g. "CC BY 4.0".',
  '*.license.url': 'The licence\'s text, e.g. "https://creativecommons.org/licenses/by/4.0/".',
  '*.license.attribution': 'The credit the licensor asks for, e.g. "ESO/M. Kornmesser".',
  'quiz.passPercent': 'The score, in percent, that passes.',
  'quiz.questions[].explanation': 'Why the answer is right, shown after answering.',
  'quiz.questions[].choices[].feedback': 'Shown when the reader picks this choice.',
  'quiz.questions[].answer': 'The id of the right choice; in a true-false question, true or false.',
  'quiz.questions[].answers': 'The ids of every right choice.',
  'quiz.questions[].accept': 'Accepted answers for the "___" in the prompt; case, spacing and accents are ignored.',
  'quiz.questions[].items': 'The items, listed in the right order (in a sealed question, shuffled).',
  'quiz.seal.version': 'The version of glossa seal that sealed the quiz.',
  'quiz.seal.salt': 'The random salt of the hashes and keys, written by glossa seal.',
  'quiz.questions[].sealed.right': 'Written by glossa seal: a salted SHA-256 hash of each right answer.',
  'quiz.questions[].sealed.explanation':
    'Written by glossa seal: the explanation and evidence, encrypted once per right answer, opened by it.',
  '*.evidence': 'The paragraphs, figures or quotes that support this, so readers can check it in the article.',
  '*.evidence[]': EVIDENCE_PARAGRAPH,
  '*.evidence[].paragraph': EVIDENCE_PARAGRAPH,
  '*.evidence[].quote':
    'The words of that paragraph or caption that support this; typographic quotes and dashes may differ.',
  '*.evidence[].figure': 'The id of the figure whose caption supports this.',
  '*.evidence[].said': 'The id of the quote (in quotes) that supports this.',
};
