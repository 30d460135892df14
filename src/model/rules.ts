import { formatPath, type ArticleIssue, type PathKey } from './issues.js';
import type { Article, Evidence, OpenQuestion, Question, Quiz, SealedQuestion, TimelineEvent } from './types.js';
import { BLANK } from './primitives.js';
import { evidenceIndex, evidenceTarget, type EvidenceIndex } from './evidence-target.js';
import { quoteDivergence, quoteDivergenceMessage } from './quote-match.js';

/** Records one issue at a path. */
export type Report = (keys: readonly PathKey[], message: string) => void;

function checkUniqueIds(items: readonly { id: string }[], at: readonly PathKey[], report: Report): void {
  const firstIndex = new Map<string, number>();
  items.forEach((item, index) => {
    const first = firstIndex.get(item.id);
    if (first === undefined) firstIndex.set(item.id, index);
    else report([...at, index, 'id'], `repeats the id "${item.id}" of ${formatPath([...at, first])}`);
  });
}

/** `quote` is in `text` (`where`, e.g. `paragraph "p3"`), typographic variants aside, or an issue says where it leaves it. */
function checkQuoted(text: string, quote: string, where: string, at: readonly PathKey[], report: Report): void {
  const divergence = quoteDivergence(text, quote);
  if (divergence) report(at, quoteDivergenceMessage(where, divergence));
}

function checkEvidence(
  evidence: readonly Evidence[] | undefined,
  at: readonly PathKey[],
  index: EvidenceIndex,
  report: Report,
): void {
  evidence?.forEach((item, position) => {
    const here = [...at, 'evidence', position];
    const target = evidenceTarget(index, item);
    if ('said' in item) {
      if (!target) report([...here, 'said'], `points at quote "${item.said}", which does not exist`);
    } else if ('figure' in item) {
      if (!target) report([...here, 'figure'], `points at figure "${item.figure}", which does not exist`);
      else if (item.quote !== undefined)
        checkQuoted(target.text, item.quote, `the caption of figure "${item.figure}"`, [...here, 'quote'], report);
    } else if (!target) {
      const figure = index.figures.has(item.paragraph)
        ? `; "${item.paragraph}" is a figure: write { "figure": "${item.paragraph}" }`
        : '';
      report(here, `points at paragraph "${item.paragraph}", which does not exist${figure}`);
    } else if (item.quote !== undefined) {
      checkQuoted(target.text, item.quote, `paragraph "${item.paragraph}"`, [...here, 'quote'], report);
    }
  });
}

function checkQuestion(question: Question, at: readonly PathKey[], report: Report): void {
  if (question.sealed) checkSealed(question, at, report);
  else checkOpenAnswer(question, at, report);
  switch (question.type) {
    case 'single':
    case 'multiple':
      checkUniqueIds(question.choices, [...at, 'choices'], report);
      break;
    case 'fill-blank': {
      const blanks = question.prompt.split(BLANK).length - 1;
      if (blanks === 0) report([...at, 'prompt'], `must contain "${BLANK}" where the answer goes`);
      if (blanks > 1) {
        report(
          [...at, 'prompt'],
          `has ${blanks} "${BLANK}" blanks; a fill-in question has one, so make one question of each blank`,
        );
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
  }
}

/** The answer key names the question's own choices. */
function checkOpenAnswer(question: OpenQuestion, at: readonly PathKey[], report: Report): void {
  switch (question.type) {
    case 'single': {
      if (!question.choices.some((choice) => choice.id === question.answer)) {
        report([...at, 'answer'], `must be the id of one of the choices (got "${question.answer}")`);
      }
      break;
    }
    case 'multiple': {
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
  }
}

/**
 * A sealed question keeps nothing of its key in the open: no explanation, no feedback; one hash per right
 * answer (several only for fill-in forms), one explanation box per hash, feedback boxes for its own choices.
 */
function checkSealed(question: SealedQuestion, at: readonly PathKey[], report: Report): void {
  const { right, explanation, feedback } = question.sealed;
  if (question.explanation !== undefined) report([...at, 'explanation'], 'is sealed: it goes in "sealed.explanation"');
  if (question.evidence !== undefined) report([...at, 'evidence'], 'is sealed: it goes in "sealed.explanation"');
  if (question.type !== 'fill-blank' && right.length > 1) report([...at, 'sealed', 'right'], 'must hold one hash');
  if (explanation && explanation.length !== right.length) {
    report([...at, 'sealed', 'explanation'], `must hold one box per right answer (${right.length})`);
  }
  const choices = question.type === 'single' || question.type === 'multiple' ? question.choices : [];
  choices.forEach((choice, index) => {
    if (choice.feedback !== undefined) {
      report([...at, 'choices', index, 'feedback'], 'is sealed: it goes in "sealed.feedback"');
    }
  });
  const ids = new Set(choices.map((choice) => choice.id));
  for (const id of Object.keys(feedback ?? {})) {
    if (!ids.has(id)) report([...at, 'sealed', 'feedback', id], `must be the id of one of the choices (got "${id}")`);
  }
}

/** Runs `check` and returns the issues it reported, each with its JSON path. */
export function collectIssues(check: (report: Report) => void): ArticleIssue[] {
  const issues: ArticleIssue[] = [];
  check((keys, message) => issues.push({ path: formatPath(keys), message }));
  return issues;
}

/**
 * The rules of a quiz that need no article: question ids are unique, and each question's own rules
 * (unique choice and item ids, answers that name choices, a blank in a fill-in prompt, unique match
 * sides). `at` is where the quiz sits, `['quiz']` in an article.
 */
export function checkQuiz(quiz: Quiz, at: readonly PathKey[], report: Report): void {
  checkUniqueIds(quiz.questions, [...at, 'questions'], report);
  const sealed = quiz.questions.findIndex((question) => question.sealed);
  if (sealed !== -1 && !quiz.seal) {
    report([...at, 'questions', sealed, 'sealed'], 'needs the quiz\'s "seal", which holds its salt');
  }
  quiz.questions.forEach((question, index) => checkQuestion(question, [...at, 'questions', index], report));
}

/** Every question's evidence names a paragraph, figure or quote of the article, and each quote is where it says. */
export function checkQuestionEvidence(quiz: Quiz, at: readonly PathKey[], index: EvidenceIndex, report: Report): void {
  quiz.questions.forEach((question, position) =>
    checkEvidence(question.evidence, [...at, 'questions', position], index, report),
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
  const index = evidenceIndex(article);
  const { paragraphs } = index;
  const entityIds = new Set(article.entities.map((entity) => entity.id));

  checkUniqueIds(article.paragraphs, ['paragraphs'], report);

  const figures = article.figures ?? [];
  checkUniqueIds(figures, ['figures'], report);
  figures.forEach((figure, position) => {
    if (figure.after !== undefined && !paragraphs.has(figure.after)) {
      report(['figures', position, 'after'], `points at paragraph "${figure.after}", which does not exist`);
    }
    if (figure.src !== undefined && figure.alt === undefined) {
      report(
        ['figures', position, 'alt'],
        'is needed with an image ("src"): say what it shows, for readers who cannot see it',
      );
    }
  });

  checkUniqueIds(article.entities, ['entities'], report);
  article.entities.forEach((entity, position) => {
    const at = ['entities', position];
    entity.related?.forEach((related, relatedIndex) => {
      if (related.id === entity.id) {
        report([...at, 'related', relatedIndex, 'id'], 'points at the entity itself');
      } else if (!entityIds.has(related.id)) {
        report([...at, 'related', relatedIndex, 'id'], `points at entity "${related.id}", which does not exist`);
      }
    });
    checkEvidence(entity.evidence, at, index, report);
  });

  const quotes = article.quotes ?? [];
  checkUniqueIds(quotes, ['quotes'], report);
  quotes.forEach((quote, position) => {
    const at = ['quotes', position];
    if (!entityIds.has(quote.speaker)) {
      report([...at, 'speaker'], `points at entity "${quote.speaker}", which does not exist`);
    }
    const paragraph = paragraphs.get(quote.paragraph);
    if (!paragraph) report([...at, 'paragraph'], `points at paragraph "${quote.paragraph}", which does not exist`);
    else checkQuoted(paragraph.item.text, quote.words, `paragraph "${quote.paragraph}"`, [...at, 'words'], report);
  });

  const { sections, keyFacts = [] } = article.explainer;
  checkUniqueIds(sections, ['explainer', 'sections'], report);
  sections.forEach((section, position) =>
    checkEvidence(section.evidence, ['explainer', 'sections', position], index, report),
  );
  checkUniqueIds(keyFacts, ['explainer', 'keyFacts'], report);
  keyFacts.forEach((fact, position) => {
    const at = ['explainer', 'keyFacts', position];
    if ((fact.value === undefined) === (fact.number === undefined)) {
      report(at, 'needs either a "value" to show as it is or a "number" to format for the reader, not both');
    }
    if (fact.number === undefined) {
      if (fact.unit !== undefined) report([...at, 'unit'], 'goes with a "number"');
      if (fact.about !== undefined) report([...at, 'about'], 'goes with a "number"');
    }
    checkEvidence(fact.evidence, at, index, report);
  });

  const timeline = article.timeline ?? [];
  checkUniqueIds(timeline, ['timeline'], report);
  timeline.forEach((event, position) => {
    const at = ['timeline', position];
    checkTime(event, at, report);
    checkEvidence(event.evidence, at, index, report);
  });

  if (article.quiz) {
    checkQuiz(article.quiz, ['quiz'], report);
    checkQuestionEvidence(article.quiz, ['quiz'], index, report);
  }
}

/** A range starts with `when` and does not end before it; a time zone needs a time to apply to. */
function checkTime(event: TimelineEvent, at: readonly PathKey[], report: Report): void {
  const { when, until, timeZone } = event;
  if (until !== undefined) {
    if (when === undefined) report([...at, 'until'], 'needs a "when" for the range to start at');
    else {
      const shared = Math.min(when.length, until.length);
      if (until.slice(0, shared) < when.slice(0, shared))
        report([...at, 'until'], `must not be before "when" (${when})`);
    }
  }
  if (timeZone !== undefined && !`${when ?? ''}${until ?? ''}`.includes('T')) {
    report([...at, 'timeZone'], 'needs a time in "when", such as "2023-07-12T14:00", to apply to');
  }
}
