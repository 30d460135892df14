import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import {
  foldName,
  hasNumber,
  isPathIn,
  questionProblems,
  scoreDraft,
  scoreEntities,
  scoreFigures,
  scoreKeyFacts,
  scoreParagraphs,
  scoreQuestions,
  scoreTimeline,
  seedTargets,
} from './draft-quality-scores.mjs';

const paragraphs = (...texts) => texts.map((text, index) => ({ id: `p${index + 1}`, text }));
const entity = (kind, name, aliases) => ({
  id: foldName(name).replace(/\W+/g, '-'),
  kind,
  name,
  aliases,
  summary: '.',
});

describe('scoreParagraphs', () => {
  const hand = paragraphs('One.', 'Two.', 'Three.');

  it('is exact when the draft has the same texts in the same order, whatever the ids', () => {
    const drafted = hand.map((paragraph, index) => ({ id: `x${index}`, text: paragraph.text }));
    assert.deepEqual(scoreParagraphs(hand, drafted), { hand: 3, drafted: 3, same: 3, exact: true });
  });

  it('is not exact with a paragraph more, one less, one changed or two swapped', () => {
    assert.equal(scoreParagraphs(hand, paragraphs('One.', 'Two.', 'Three.', 'About the author')).exact, false);
    assert.equal(scoreParagraphs(hand, paragraphs('One.', 'Two.')).exact, false);
    assert.deepEqual(scoreParagraphs(hand, paragraphs('One.', 'Two!', 'Three.')), {
      hand: 3,
      drafted: 3,
      same: 2,
      exact: false,
    });
    assert.equal(scoreParagraphs(hand, paragraphs('Two.', 'One.', 'Three.')).same, 1);
  });
});

describe('scoreFigures', () => {
  const hand = {
    paragraphs: paragraphs('One.', 'Two.'),
    figures: [
      { id: 'photo', caption: 'A caption.', credit: 'AP', after: 'p1' },
      { id: 'lead', caption: 'A lead image.', credit: 'ESA' },
    ],
  };
  const draftWith = (figures) => ({
    paragraphs: [
      { id: 'a', text: 'One.' },
      { id: 'b', text: 'Two.' },
    ],
    figures,
  });

  it('compares captions, credits and the paragraph a figure follows by its text, not its id', () => {
    const draft = draftWith([
      { id: 'figure-1', caption: 'A caption.', credit: 'AP', after: 'a' },
      { id: 'figure-2', caption: ['A lead image.'], credit: 'ESA' },
    ]);
    assert.deepEqual(scoreFigures(hand, draft), { hand: 2, drafted: 2, same: 2, exact: true });
  });

  it('is not exact when a credit is lost, a figure is after another paragraph or before none, or is missing', () => {
    const [photo, lead] = [
      { id: 'f1', caption: 'A caption.', credit: 'AP', after: 'a' },
      { id: 'f2', caption: 'A lead image.', credit: 'ESA' },
    ];
    assert.equal(scoreFigures(hand, draftWith([{ ...photo, credit: undefined }, lead])).same, 1);
    assert.equal(scoreFigures(hand, draftWith([{ ...photo, after: 'b' }, lead])).same, 1);
    assert.equal(scoreFigures(hand, draftWith([photo, { ...lead, after: 'a' }])).same, 1);
    assert.equal(scoreFigures(hand, draftWith([photo, { ...lead, after: 'nowhere' }])).same, 1);
    assert.deepEqual(scoreFigures(hand, draftWith([photo])), { hand: 2, drafted: 1, same: 1, exact: false });
    assert.equal(scoreFigures(hand, draftWith([photo, lead, { id: 'f3', caption: 'Share this' }])).exact, false);
  });

  it('is exact for an article without figures drafted without figures', () => {
    assert.deepEqual(scoreFigures({ paragraphs: [] }, { paragraphs: [] }), {
      hand: 0,
      drafted: 0,
      same: 0,
      exact: true,
    });
  });
});

describe('scoreEntities', () => {
  const hand = [
    entity('person', 'Kassym-Jomart Tokayev', ['Tokayev']),
    entity('person', 'Antony Blinken', ['Blinken']),
    entity('organization', 'Collective Security Treaty Organization', ['CSTO']),
    entity('place', 'Kazakhstan'),
    entity('place', 'Nur-Sultan'),
    entity('object', 'Telegram'),
    entity('term', 'state fund'),
  ];

  it('finds a hand entity by its name or an alias, case and quotes aside, drafted as any kind', () => {
    const drafted = [
      entity('person', 'tokayev'),
      entity('organization', 'CSTO'),
      entity('place', 'KAZAKHSTAN'),
      entity('organization', 'Nur‐Sultan'),
    ];
    const { all, person, place } = scoreEntities(hand, drafted);
    assert.equal(all.found, 4);
    assert.equal(all.hand, 5);
    assert.equal(all.recall, 0.8);
    assert.deepEqual(all.missed, ['Antony Blinken']);
    assert.equal(person.recall, 0.5);
    assert.equal(place.recall, 1);
    assert.equal(place.drafted, 1, 'a drafted entity counts in the kind it was drafted as');
  });

  it('counts a drafted person, organization or place right when it is any hand entity, and wrong otherwise', () => {
    const drafted = [
      entity('person', 'Antony Blinken'),
      entity('organization', 'Telegram'),
      entity('place', 'Moscow'),
      entity('person', 'Check Also'),
      entity('term', 'peace mission'),
    ];
    const { all } = scoreEntities(hand, drafted);
    assert.equal(all.drafted, 4, 'a drafted term is not counted');
    assert.equal(all.right, 2);
    assert.equal(all.precision, 0.5);
    assert.deepEqual(all.wrong, ['Moscow', 'Check Also']);
  });

  it('does not take a name that only contains a hand name, or is contained in one', () => {
    const { all } = scoreEntities(hand, [entity('person', 'President Tokayev'), entity('place', 'Kazakh')]);
    assert.equal(all.found, 0);
    assert.equal(all.right, 0);
  });

  it('has no precision when nothing is drafted, and no recall when the hand model has none of the kinds', () => {
    assert.equal(scoreEntities(hand, []).all.precision, undefined);
    assert.equal(scoreEntities([entity('term', 'sol')], [entity('place', 'Mars')]).all.recall, undefined);
  });
});

describe('scoreKeyFacts and hasNumber', () => {
  const hand = [
    { id: 'arrested', number: 10_000, about: true, label: 'people arrested' },
    { id: 'killed', value: 'Dozens', label: 'likely killed' },
    { id: 'start', number: 2, unit: 'day', label: 'until the withdrawal' },
    { id: 'end', number: 10, unit: 'day', label: 'at most' },
  ];

  it('finds the hand numbers among the drafted ones, with their unit in the singular or plural', () => {
    const drafted = [
      { id: 'a', number: 10_000, label: 'people arrested' },
      { id: 'b', number: 2, unit: 'Days', label: 'until' },
      { id: 'c', number: 10, label: 'days' },
    ];
    const scores = scoreKeyFacts(hand, drafted);
    assert.deepEqual(
      { hand: scores.hand, drafted: scores.drafted, found: scores.found, withUnit: scores.withUnit },
      { hand: 3, drafted: 3, found: 3, withUnit: 2 },
    );
    assert.deepEqual(scores.numbers[2], { number: 10, unit: 'day', found: true, withUnit: false });
  });

  it('does not take a number in another unit, nor a different number', () => {
    assert.equal(hasNumber([{ number: 10, unit: 'year' }], { number: 10, unit: 'day' }), false);
    assert.equal(hasNumber([{ number: 1_000 }], { number: 10_000 }), false);
    assert.equal(hasNumber([{ value: '10,000' }], { number: 10_000 }), false);
    assert.equal(hasNumber([{ number: 10, unit: 'days' }], { number: 10, unit: 'day' }), true);
  });
});

describe('questionProblems and scoreQuestions', () => {
  const article = {
    paragraphs: paragraphs('Officials arrested nearly 10,000 people.', 'He said “no more than 10 days.”'),
    figures: [{ id: 'photo', caption: 'A woman walks past a peacekeeper.' }],
    quotes: [{ id: 'ten-days', speaker: 'tokayev', words: 'no more than 10 days.', paragraph: 'p2' }],
  };
  const question = (evidence) => ({ id: 'q', type: 'true-false', prompt: 'True?', answer: true, evidence });

  it('accepts a question whose quotes are word for word in their paragraph, caption or quote', () => {
    for (const evidence of [
      [{ paragraph: 'p1', quote: 'nearly 10,000 people' }],
      [{ figure: 'photo', quote: 'walks past a peacekeeper' }],
      [{ said: 'ten-days' }, 'p1'],
    ]) {
      assert.deepEqual(questionProblems(article, question(evidence), 0, []), [], JSON.stringify(evidence));
    }
  });

  it('refuses a question without a quote, with a quote elsewhere or changed, or pointing at nothing', () => {
    const problems = (evidence) => questionProblems(article, question(evidence), 3, []);
    assert.deepEqual(problems(['p1']), ['quiz.questions[3] quotes no words of the article']);
    assert.deepEqual(problems(undefined), ['quiz.questions[3] quotes no words of the article']);
    assert.deepEqual(problems([{ paragraph: 'p2', quote: 'nearly 10,000 people' }]), [
      'quiz.questions[3]: “nearly 10,000 people” is not in paragraph "p2"',
    ]);
    assert.equal(problems([{ paragraph: 'p2', quote: 'He said "no more' }]).length, 1, 'straight for curly quotes');
    assert.equal(problems([{ paragraph: 'p9', quote: 'nearly' }]).length, 1);
    assert.equal(problems([{ figure: 'map', quote: 'A woman' }]).length, 1);
    assert.equal(problems([{ said: 'missing' }]).length, 1);
  });

  it('refuses a question parseArticle found an issue in, and only that one', () => {
    const valid = question([{ paragraph: 'p1', quote: 'nearly 10,000 people' }]);
    const quizArticle = { ...article, quiz: { questions: Array.from({ length: 12 }, () => valid) } };
    const issues = [
      { path: 'quiz.questions[1].answer', message: 'must be the id of one of the choices' },
      { path: 'quiz.questions[10]', message: 'is not valid' },
      { path: 'entities[1].evidence[0]', message: 'points at paragraph "p9", which does not exist' },
    ];
    const scores = scoreQuestions(quizArticle, issues);
    assert.equal(scores.drafted, 12);
    assert.equal(scores.valid, 10);
    assert.deepEqual(scores.problems, [
      'quiz.questions[1].answer: must be the id of one of the choices',
      'quiz.questions[10]: is not valid',
    ]);
  });

  it('reads paths by their keys: questions[2] is not in questions[20], nor questions2', () => {
    assert.equal(isPathIn('quiz.questions[2].choices[0]', 'quiz.questions[2]'), true);
    assert.equal(isPathIn('quiz.questions[2]', 'quiz.questions[2]'), true);
    assert.equal(isPathIn('quiz.questions[20]', 'quiz.questions[2]'), false);
    assert.equal(isPathIn('quiz.questions[2]x', 'quiz.questions[2]'), false);
  });
});

describe('scoreTimeline', () => {
  it('counts the events and the dated ones', () => {
    assert.deepEqual(scoreTimeline([{ when: '2022-01-11' }, { label: 'undated' }, { when: '2019' }]), {
      drafted: 3,
      dated: 2,
    });
    assert.deepEqual(scoreTimeline(undefined), { drafted: 0, dated: 0 });
  });
});

describe('seedTargets', () => {
  const hand = {
    paragraphs: paragraphs('Nearly 10,000 people were arrested.', 'Forces leave in two days, all in 10 days.'),
    figures: [{ id: 'photo', caption: 'Tokayev.', credit: 'AP', after: 'p1' }],
    entities: [entity('person', 'Kassym-Jomart Tokayev', ['Tokayev']), entity('place', 'Kazakhstan')],
    explainer: { summary: '.', sections: [] },
  };
  const goodDraft = {
    ...hand,
    entities: [entity('person', 'Tokayev'), entity('place', 'Kazakhstan')],
    explainer: {
      summary: '.',
      sections: [],
      keyFacts: [
        { id: 'a', number: 10_000, label: 'people arrested' },
        { id: 'b', number: 2, unit: 'day', label: 'until the forces leave' },
        { id: 'c', number: 10, unit: 'days', label: 'until all have left' },
      ],
    },
    quiz: {
      questions: [
        {
          id: 'q',
          type: 'fill-blank',
          prompt: 'Nearly ___ people were arrested.',
          accept: ['10,000'],
          evidence: [{ paragraph: 'p1', quote: 'Nearly 10,000 people were arrested' }],
        },
      ],
    },
  };
  const unmet = (draft, issues = []) =>
    seedTargets(scoreDraft(hand, draft, issues), draft)
      .filter((target) => !target.met)
      .map((target) => target.target);

  it('are all met by a draft that has everything', () => {
    assert.deepEqual(unmet(goodDraft), []);
  });

  it('are missed by a draft without figures, without a number, with a wrong entity or an invalid question', () => {
    assert.deepEqual(unmet({ ...goodDraft, figures: [] }), ['both figures exact']);
    const keyFacts = goodDraft.explainer.keyFacts.slice(0, 2);
    assert.deepEqual(unmet({ ...goodDraft, explainer: { ...goodDraft.explainer, keyFacts } }), ['key fact 10 days']);
    const entities = [...goodDraft.entities, entity('place', 'Check Also')];
    assert.deepEqual(unmet({ ...goodDraft, entities }), ['precision ≥ 70 %']);
    assert.deepEqual(unmet(goodDraft, [{ path: 'quiz.questions[0].prompt', message: 'needs a blank' }]), [
      'questions drafted, every one valid with its quote in its paragraph',
    ]);
  });

  it('are missed, but for the paragraphs, by a draft of paragraphs alone', () => {
    const stub = { paragraphs: hand.paragraphs, entities: [], explainer: { summary: '.', sections: [] } };
    assert.deepEqual(unmet(stub), [
      'both figures exact',
      'recall of people, organizations and places ≥ 85 %',
      'precision ≥ 70 %',
      'key fact 10,000',
      'key fact 10 days',
      'key fact 2 days',
      'questions drafted, every one valid with its quote in its paragraph',
    ]);
  });
});

describe('npm run draft:quality', () => {
  const run = (...args) =>
    spawnSync(process.execPath, ['scripts/draft-quality.mjs', ...args], { encoding: 'utf8', maxBuffer: 1e8 });

  it('scores every demo article that has its text beside its model, the seed first, and --check agrees', () => {
    const { status, stdout, stderr } = run('--json', '--check');
    const { articles, seedTargets: targets } = JSON.parse(stdout);
    assert.deepEqual(
      articles.map((article) => article.name),
      ['kazakhstan-2022', 'juice-lancement-2023', 'perseverance-bunsen-peak-2024'],
    );
    for (const { name, paragraphs, entities } of articles) {
      const model = JSON.parse(readFileSync(`demo/articles/${name}.json`, 'utf8'));
      assert.equal(paragraphs.hand, model.paragraphs.length, name);
      assert.ok(entities.all.hand > 0, name);
    }
    const met = targets.every((target) => target.met);
    assert.equal(status, met ? 0 : 1, stderr);
  });
});
