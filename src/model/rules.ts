import { formatPath, type ArticleIssue, type PathKey } from './issues.js';
import type { Article, Evidence, Question, Quiz } from './types.js';
import { BLANK } from './primitives.js';

/** Records one issue at a path. */
export type Report = (keys: readonly PathKey[], message: string) => void;

/** Paragraph texts by id: what evidence points at. */
export type ParagraphTexts = ReadonlyMap<string, string>;

/** Quotes are compared with runs of whitespace folded, so line wrapping in the JSON does not matter. */
function normalizeSpace(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

function checkUniqueIds(items: readonly { id: string }[], at: readonly PathKey[], report: Report): void {
  const firstIndex = new Map<string, number>();
  items.forEach((item, index) => {
    const first = firstIndex.get(item.id);
    if (first === undefined) firstIndex.set(item.id, index);
    else report([...at, index, 'id'], `repeats the id "${item.id}" of ${formatPath([...at, first])}`);
  });
}

function checkEvidence(
  evidence: readonly Evidence[] | undefined,
  at: readonly PathKey[],
  paragraphs: ParagraphTexts,
  report: Report,
): void {
  evidence?.forEach(({ paragraph, quote }, index) => {
    const text = paragraphs.get(paragraph);
    if (text === undefined) {
      report([...at, 'evidence', index], `points at paragraph "${paragraph}", which does not exist`);
    } else if (quote !== undefined && !normalizeSpace(text).includes(normalizeSpace(quote))) {
      report([...at, 'evidence', index, 'quote'], `is not in paragraph "${paragraph}": quote its exact words`);
    }
  });
}

function checkQuestion(question: Question, at: readonly PathKey[], report: Report): void {
  switch (question.type) {
    case 'single': {
      checkUniqueIds(question.choices, [...at, 'choices'], report);
      if (!question.choices.some((choice) => choice.id === question.answer)) {
        report([...at, 'answer'], `must be the id of one of the choices (got "${question.answer}")`);
      }
      break;
    }
    case 'multiple': {
      checkUniqueIds(question.choices, [...at, 'choices'], report);
      const choiceIds = new Set(question.choices.map((choice) => choice.id));
      const seen = new Set<string>();
      question.answers.forEach((answer, index) => {
        if (!choiceIds.has(answer)) {
          report([...at, 'answers', index], `must be the id of one of the choices (got "${answer}")`);
        } else if (seen.has(answer)) {
          report([...at, 'answers', index], `repeats the answer "${answer}"`);
        }
        seen.add(answer);
      });
      break;
    }
    case 'fill-blank': {
      if (!question.prompt.includes(BLANK)) {
        report([...at, 'prompt'], `must contain "${BLANK}" where the answer goes`);
      }
      break;
    }
    case 'order': {
      checkUniqueIds(question.items, [...at, 'items'], report);
      break;
    }
    case 'match': {
      for (const side of ['left', 'right'] as const) {
        const seen = new Set<string>();
        question.pairs.forEach((pair, index) => {
          if (seen.has(pair[side])) {
            report([...at, 'pairs', index, side], `repeats "${pair[side]}": each side of a match must be unique`);
          }
          seen.add(pair[side]);
        });
      }
      break;
    }
    case 'true-false':
      break;
  }
}

/** Runs `check` and returns the issues it reported, each with its JSON path. */
export function collectIssues(check: (report: Report) => void): ArticleIssue[] {
  const issues: ArticleIssue[] = [];
  check((keys, message) => issues.push({ path: formatPath(keys), message }));
  return issues;
}

export function paragraphTexts(article: Article): ParagraphTexts {
  return new Map(article.paragraphs.map((paragraph) => [paragraph.id, paragraph.text]));
}

/**
 * The rules of a quiz that need no article: question ids are unique, and each question's own rules
 * (unique choice and item ids, answers that name choices, a blank in a fill-in prompt, unique match
 * sides). `at` is where the quiz sits, `['quiz']` in an article.
 */
export function checkQuiz(quiz: Quiz, at: readonly PathKey[], report: Report): void {
  checkUniqueIds(quiz.questions, [...at, 'questions'], report);
  quiz.questions.forEach((question, index) => checkQuestion(question, [...at, 'questions', index], report));
}

/** Every question's evidence names a paragraph, and each quote is in its paragraph. */
export function checkQuestionEvidence(
  quiz: Quiz,
  at: readonly PathKey[],
  paragraphs: ParagraphTexts,
  report: Report,
): void {
  quiz.questions.forEach((question, index) =>
    checkEvidence(question.evidence, [...at, 'questions', index], paragraphs, report),
  );
}

/**
 * The rules a shape cannot express: ids are unique in their collection, and every evidence,
 * related entity, answer and figure position points at something that exists.
 */
export function checkReferences(article: Article): ArticleIssue[] {
  return collectIssues((report) => checkArticle(article, report));
}

function checkArticle(article: Article, report: Report): void {
  const paragraphs = paragraphTexts(article);
  const entityIds = new Set(article.entities.map((entity) => entity.id));

  checkUniqueIds(article.paragraphs, ['paragraphs'], report);

  const figures = article.figures ?? [];
  checkUniqueIds(figures, ['figures'], report);
  figures.forEach((figure, index) => {
    if (figure.after !== undefined && !paragraphs.has(figure.after)) {
      report(['figures', index, 'after'], `points at paragraph "${figure.after}", which does not exist`);
    }
  });

  checkUniqueIds(article.entities, ['entities'], report);
  article.entities.forEach((entity, index) => {
    const at = ['entities', index];
    entity.related?.forEach((related, relatedIndex) => {
      if (related.id === entity.id) {
        report([...at, 'related', relatedIndex, 'id'], 'points at the entity itself');
      } else if (!entityIds.has(related.id)) {
        report([...at, 'related', relatedIndex, 'id'], `points at entity "${related.id}", which does not exist`);
      }
    });
    checkEvidence(entity.evidence, at, paragraphs, report);
  });

  const { sections, keyFacts = [] } = article.explainer;
  checkUniqueIds(sections, ['explainer', 'sections'], report);
  sections.forEach((section, index) =>
    checkEvidence(section.evidence, ['explainer', 'sections', index], paragraphs, report),
  );
  checkUniqueIds(keyFacts, ['explainer', 'keyFacts'], report);
  keyFacts.forEach((fact, index) => checkEvidence(fact.evidence, ['explainer', 'keyFacts', index], paragraphs, report));

  const timeline = article.timeline ?? [];
  checkUniqueIds(timeline, ['timeline'], report);
  timeline.forEach((event, index) => checkEvidence(event.evidence, ['timeline', index], paragraphs, report));

  if (article.quiz) {
    checkQuiz(article.quiz, ['quiz'], report);
    checkQuestionEvidence(article.quiz, ['quiz'], paragraphs, report);
  }
}
