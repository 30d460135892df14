import { parseArticle } from '../model/parse.js';
import type { ArticleInput } from '../model/types.js';
import { draftEntities } from './entities/index.js';
import { importArticle } from './import/index.js';
import { draftKeyFacts } from './key-facts.js';
import { draftQuestions } from './questions.js';
import { draftSummary } from './summary.js';
import { draftTimeline } from './timeline.js';
import { idFrom } from '../shared/slug.js';
import type { ArticleBody, DraftedParts, DraftOptions, DraftSource, DraftStage, PendingItems } from './types.js';

export type * from './types.js';
export { DRAFT_STAGES } from './types.js';
export { DraftInputError, importArticle, sourceFromFile } from './import/index.js';
export { detectLanguage } from './language.js';
export { draftContents } from './draft-contents.js';

/** An article drafted from its text: valid as it stands, with every drafted item pending review. */
export interface Draft {
  readonly article: ArticleInput;
  readonly pending: PendingItems;
  /** What the import and the drafting could not do, for the person to check. */
  readonly notes: readonly string[];
}

/**
 * Drafts an article model from an article's text, on the device: no server, no network. The text is
 * kept as written; entities, key facts, timeline, quiz and summary are drafted from it and marked
 * pending until a person accepts them.
 */
export async function draftArticle(source: DraftSource, options: DraftOptions = {}): Promise<Draft> {
  options.onStage?.({ stage: 'reading' });
  const body = await importArticle(source, options);
  const stage = (name: DraftStage) => options.onStage?.({ stage: name, paragraphs: body.paragraphs.length });
  const context = { lang: body.lang, published: body.published };
  stage('names');
  const entities = await draftEntities(body.paragraphs, body.figures, context);
  stage('facts');
  const keyFacts = draftKeyFacts(body.paragraphs, context);
  stage('timeline');
  const timeline = await draftTimeline(body.paragraphs, body.figures, context);
  stage('questions');
  const questions = draftQuestions({ paragraphs: body.paragraphs, entities, keyFacts, timeline }, context);
  stage('summary');
  const summary = draftSummary(body.paragraphs, context);
  const article = assemble(body, { entities, keyFacts, timeline, questions, summary }, options.id);
  stage('checking');
  const result = parseArticle(article);
  const notes = result.ok
    ? body.notes
    : [...body.notes, ...result.issues.map((issue) => `The draft has a problem at ${issue.path}: ${issue.message}`)];
  return {
    article,
    pending: {
      entities: entities.map((entity) => entity.id),
      keyFacts: keyFacts.map((fact) => fact.id),
      timeline: timeline.map((event) => event.id),
      questions: questions.map((question) => question.id),
      summary: true,
    },
    notes,
  };
}

function assemble(body: ArticleBody, parts: DraftedParts, id: string | undefined): ArticleInput {
  return {
    schemaVersion: 1,
    id: id ?? idFrom(body.title, 'article', 60),
    lang: body.lang,
    title: body.title,
    ...(body.dek === undefined ? {} : { dek: body.dek }),
    ...(body.dateline === undefined ? {} : { dateline: body.dateline }),
    ...(body.published === undefined ? {} : { published: body.published }),
    ...(body.byline === undefined ? {} : { byline: body.byline }),
    paragraphs: [...body.paragraphs],
    ...(body.figures.length > 0 ? { figures: [...body.figures] } : {}),
    entities: [...parts.entities],
    explainer: {
      summary: parts.summary,
      sections: [],
      ...(parts.keyFacts.length > 0 ? { keyFacts: [...parts.keyFacts] } : {}),
    },
    ...(parts.timeline.length > 0 ? { timeline: [...parts.timeline] } : {}),
    ...(parts.questions.length > 0 ? { quiz: { questions: [...parts.questions] } } : {}),
  };
}
