import { foldQuoted } from '../dist/model/quote-match.js';

/**
 * How a drafted article compares with the same article modelled by hand: pure functions over two
 * article models (JSON values as written, evidence still possibly bare paragraph ids), for
 * scripts/draft-quality.mjs. `npm run build:lib` first: names are folded as the model folds quotes.
 */

/** The kinds of entity the issue measures recall and precision on. */
export const SCORED_KINDS = ['person', 'organization', 'place'];

/**
 * The least precision of the terms drafted from any demo article: a false term costs a teacher time,
 * so the rules draft only what a text plainly defines.
 */
export const TERM_PRECISION_FLOOR = 0.75;

/** What the seed's draft must reach (issue 15, "Must show"). */
export const SEED_TARGETS = {
  recall: 0.85,
  precision: 0.7,
  numbers: [{ number: 10_000 }, { number: 10, unit: 'day' }, { number: 2, unit: 'day' }],
};

/** A name as names are compared: case, curly or straight quotes, dashes and runs of spaces aside. */
export function foldName(name) {
  return foldQuoted(name).toLowerCase();
}

/** A unit as units are compared: as a name, and one "day" the same as "days". */
export function foldUnit(unit) {
  return unit === undefined ? undefined : foldName(unit).replace(/s$/, '');
}

const namesOf = (entity) => [entity.name, ...(entity.aliases ?? [])].map(foldName);

const ratio = (part, whole) => (whole === 0 ? undefined : part / whole);

/** Drafted paragraphs equal to the hand ones, place by place: `exact` when all are, and no more or fewer. */
export function scoreParagraphs(hand, drafted) {
  const same = hand.filter((paragraph, index) => drafted[index]?.text === paragraph.text).length;
  return { hand: hand.length, drafted: drafted.length, same, exact: same === hand.length && drafted.length === same };
}

const captionOf = (figure) => (Array.isArray(figure.caption) ? figure.caption.join('\n\n') : figure.caption);

/** The text of the paragraph a figure follows: ids differ between a draft and a hand model, texts do not. */
function afterText(article, figure) {
  if (figure.after === undefined) return undefined;
  return (
    article.paragraphs.find((paragraph) => paragraph.id === figure.after)?.text ?? `(no paragraph ${figure.after})`
  );
}

/** Drafted figures whose caption, credit and place (the paragraph they follow) equal the hand ones, in order. */
export function scoreFigures(handArticle, draftArticle) {
  const hand = handArticle.figures ?? [];
  const drafted = draftArticle.figures ?? [];
  const same = hand.filter((figure, index) => {
    const draft = drafted[index];
    return (
      draft !== undefined &&
      captionOf(draft) === captionOf(figure) &&
      draft.credit === figure.credit &&
      afterText(draftArticle, draft) === afterText(handArticle, figure)
    );
  }).length;
  return { hand: hand.length, drafted: drafted.length, same, exact: same === hand.length && drafted.length === same };
}

/**
 * Recall and precision of the people, organizations and places, and of the terms. A hand one is found
 * when a drafted entity of any kind has its name or an alias as its own name or alias; a drafted one is
 * right when a hand entity of any kind shares a name or alias with it. Per kind, and over the three
 * named kinds together (terms stay apart: they are drafted by other rules, and only where a text defines them).
 */
export function scoreEntities(hand, drafted) {
  const handNames = new Set(hand.flatMap(namesOf));
  const draftedNames = new Set(drafted.flatMap(namesOf));
  const score = (kinds) => {
    const handOfKind = hand.filter((entity) => kinds.includes(entity.kind));
    const draftedOfKind = drafted.filter((entity) => kinds.includes(entity.kind));
    const missed = handOfKind.filter((entity) => !namesOf(entity).some((name) => draftedNames.has(name)));
    const wrong = draftedOfKind.filter((entity) => !namesOf(entity).some((name) => handNames.has(name)));
    const found = handOfKind.length - missed.length;
    const right = draftedOfKind.length - wrong.length;
    return {
      hand: handOfKind.length,
      drafted: draftedOfKind.length,
      found,
      right,
      recall: ratio(found, handOfKind.length),
      precision: ratio(right, draftedOfKind.length),
      missed: missed.map((entity) => entity.name),
      wrong: wrong.map((entity) => entity.name),
    };
  };
  return {
    all: score(SCORED_KINDS),
    ...Object.fromEntries([...SCORED_KINDS, 'term'].map((kind) => [kind, score([kind])])),
  };
}

/** A drafted fact gives `number`, and `unit` too when one is asked for. */
export function hasNumber(facts, { number, unit }) {
  return facts.some((fact) => fact.number === number && (unit === undefined || foldUnit(fact.unit) === foldUnit(unit)));
}

/** The hand key facts' numbers among the drafted ones: by number alone, and with the hand fact's unit. */
export function scoreKeyFacts(hand, drafted) {
  const numbers = hand
    .filter((fact) => fact.number !== undefined)
    .map(({ number, unit }) => ({
      number,
      unit,
      found: hasNumber(drafted, { number }),
      withUnit: hasNumber(drafted, { number, unit }),
    }));
  return {
    hand: numbers.length,
    drafted: drafted.length,
    found: numbers.filter((number) => number.found).length,
    withUnit: numbers.filter((number) => number.withUnit).length,
    numbers,
  };
}

/** `issue.path` is at `prefix` or inside it (`quiz.questions[2]`, not `quiz.questions[20]`). */
export function isPathIn(path, prefix) {
  return path === prefix || path.startsWith(`${prefix}.`) || path.startsWith(`${prefix}[`);
}

/** The text a piece of evidence points at and the words it quotes there, or why it has none. */
function quoted(article, evidence) {
  const item = typeof evidence === 'string' ? { paragraph: evidence } : evidence;
  if ('said' in item) {
    const said = (article.quotes ?? []).find((quote) => quote.id === item.said);
    if (!said) return { problem: `quote "${item.said}" does not exist` };
    return quoted(article, { paragraph: said.paragraph, quote: said.words });
  }
  if (item.quote === undefined) return undefined;
  const where = 'figure' in item ? `figure "${item.figure}"` : `paragraph "${item.paragraph}"`;
  const figure = 'figure' in item ? (article.figures ?? []).find(({ id }) => id === item.figure) : undefined;
  const text =
    'figure' in item
      ? figure && captionOf(figure)
      : article.paragraphs.find((paragraph) => paragraph.id === item.paragraph)?.text;
  if (text === undefined) return { problem: `${where} does not exist` };
  return text.includes(item.quote) ? { ok: true } : { problem: `“${item.quote}” is not in ${where}` };
}

/**
 * Why a question fails the issue's rule, "valid, with evidence whose quote is in its paragraph": the
 * issues `parseArticle` found in it, and its quotes checked word for word (the model forgives
 * typographic variants; a quote captured from the text needs none).
 */
export function questionProblems(article, question, index, issues) {
  const at = `quiz.questions[${index}]`;
  const problems = issues.filter((issue) => isPathIn(issue.path, at)).map((issue) => `${issue.path}: ${issue.message}`);
  const quotes = (question.evidence ?? []).map((evidence) => quoted(article, evidence)).filter(Boolean);
  if (quotes.length === 0) problems.push(`${at} quotes no words of the article`);
  for (const { problem } of quotes) if (problem) problems.push(`${at}: ${problem}`);
  return problems;
}

/** Questions drafted, and how many are valid with their quotes in their paragraphs. */
export function scoreQuestions(article, issues) {
  const questions = article.quiz?.questions ?? [];
  const problems = questions.map((question, index) => questionProblems(article, question, index, issues));
  return {
    drafted: questions.length,
    valid: problems.filter((list) => list.length === 0).length,
    types: [...new Set(questions.map((question) => question.type))],
    problems: problems.flat(),
  };
}

/** Timeline events drafted, and how many have a date. */
export function scoreTimeline(events = []) {
  return { drafted: events.length, dated: events.filter((event) => event.when !== undefined).length };
}

/** Every figure of a draft against its hand model; `issues` are what `parseArticle` found in the draft. */
export function scoreDraft(handArticle, draftArticle, issues) {
  return {
    paragraphs: scoreParagraphs(handArticle.paragraphs, draftArticle.paragraphs),
    figures: scoreFigures(handArticle, draftArticle),
    entities: scoreEntities(handArticle.entities, draftArticle.entities),
    keyFacts: scoreKeyFacts(handArticle.explainer.keyFacts ?? [], draftArticle.explainer?.keyFacts ?? []),
    questions: scoreQuestions(draftArticle, issues),
    timeline: scoreTimeline(draftArticle.timeline),
    issues: issues.map((issue) => `${issue.path}: ${issue.message}`),
  };
}

const percent = (value) => (value === undefined ? 'none drafted' : `${Math.round(value * 1000) / 10} %`);

/**
 * The precision of the terms drafted from all the articles together, against its floor: pooled, since
 * an article defines few terms and one false term in three would say more about the article than the rules.
 */
export function termPrecisionTarget(articleScores) {
  const right = articleScores.reduce((sum, scores) => sum + scores.entities.term.right, 0);
  const drafted = articleScores.reduce((sum, scores) => sum + scores.entities.term.drafted, 0);
  const precision = ratio(right, drafted);
  return {
    target: `precision of the terms drafted from every article ≥ ${percent(TERM_PRECISION_FLOOR)}`,
    met: precision === undefined || precision >= TERM_PRECISION_FLOOR,
    got: `${percent(precision)} (${right} of ${drafted})`,
  };
}

/** The issue's targets for the seed, each met or not, with what the draft got. */
export function seedTargets(scores, draftArticle) {
  const { paragraphs, figures, entities, questions } = scores;
  const facts = draftArticle.explainer?.keyFacts ?? [];
  return [
    {
      target: 'paragraphs exact',
      met: paragraphs.exact,
      got: `${paragraphs.same} of ${paragraphs.hand} the same, ${paragraphs.drafted} drafted`,
    },
    {
      target: 'both figures exact',
      met: figures.exact,
      got: `${figures.same} of ${figures.hand} the same, ${figures.drafted} drafted`,
    },
    {
      target: `recall of people, organizations and places ≥ ${percent(SEED_TARGETS.recall)}`,
      met: (entities.all.recall ?? 0) >= SEED_TARGETS.recall,
      got: `${percent(entities.all.recall)} (${entities.all.found} of ${entities.all.hand})`,
    },
    {
      target: `precision ≥ ${percent(SEED_TARGETS.precision)}`,
      met: (entities.all.precision ?? 0) >= SEED_TARGETS.precision,
      got: `${percent(entities.all.precision)} (${entities.all.right} of ${entities.all.drafted})`,
    },
    ...SEED_TARGETS.numbers.map((wanted) => ({
      target: `key fact ${wanted.number.toLocaleString('en')}${wanted.unit ? ` ${wanted.unit}s` : ''}`,
      met: hasNumber(facts, wanted),
      got: hasNumber(facts, wanted) ? 'drafted' : 'not drafted',
    })),
    {
      target: 'questions drafted, every one valid with its quote in its paragraph',
      met: questions.drafted > 0 && questions.valid === questions.drafted,
      got: `${questions.valid} of ${questions.drafted} valid`,
    },
  ];
}
