import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { parse as pegParse } from 'gift-pegjs';
import { QUIZ_FORMATS, FormatSyntaxError } from '../dist/formats/index.js';
import { parseQuiz } from '../dist/model/index.js';
import { editQuiz } from './formats-edge-cases.mjs';

const gift = QUIZ_FORMATS.gift;
const SEEDS = ['kazakhstan-2022', 'perseverance-bunsen-peak-2024', 'juice-lancement-2023'].map(
  (name) => JSON.parse(readFileSync(`demo/articles/${name}.json`, 'utf8')).quiz,
);
const write = (quiz) => gift.write(quiz, { articleId: 'test-article', lang: 'en' });

/** The quiz as GIFT can hold it: no evidence, no pass mark, no order questions. */
function asGiftHoldsIt(quiz) {
  return quiz.questions
    .filter((question) => question.type !== 'order')
    .map((question) => ({ ...question, evidence: undefined }));
}

/**
 * gift-pegjs 1.0.2 leaves the right side of a matching pair with its escapes as its own placeholders
 * (`\{` as `&&123;`): decoded here as its grammar decodes every other text.
 */
const PEGJS_PLACEHOLDERS = {
  '&&092;': '\\',
  '&&058;': ':',
  '&&035;': '#',
  '&&061;': '=',
  '&&123;': '{',
  '&&125;': '}',
  '&&126;': '~',
  '&&010': '\n',
};
const decodePlaceholders = (text) => text.replace(/&&010|&&\d{3};/g, (code) => PEGJS_PLACEHOLDERS[code] ?? code);

/** What gift-pegjs, an independent GIFT parser, reads from our GIFT: one record per question, in Glossa's terms. */
function readByGiftPegjs(text) {
  return pegParse(text)
    .filter((question) => question.type !== 'Category')
    .map((question) => {
      const explanation = question.globalFeedback?.text;
      const base = { id: question.title, prompt: question.stem.text.replace(/_____ ?/, '___'), explanation };
      switch (question.type) {
        case 'TF':
          return { ...base, type: 'true-false', answer: question.isTrue };
        case 'Short':
          return { ...base, type: 'fill-blank', accept: question.choices.map((choice) => choice.text.text) };
        case 'Matching':
          return {
            ...base,
            type: 'match',
            pairs: question.matchPairs.map((pair) => ({
              left: pair.subquestion.text,
              right: decodePlaceholders(pair.subanswer),
            })),
          };
        case 'MC': {
          const right = question.choices.filter((choice) => choice.isCorrect || choice.weight > 0);
          return {
            ...base,
            type: right.length === 1 && right[0].isCorrect ? 'single' : 'multiple',
            choices: question.choices.map((choice) => ({ text: choice.text.text, feedback: choice.feedback?.text })),
            right: right.map((choice) => choice.text.text),
            weights: question.choices.map((choice) => choice.weight),
          };
        }
        default:
          return { ...base, type: question.type };
      }
    });
}

/** The same record from a Glossa question. */
function glossaRecord(question) {
  const base = { id: question.id, prompt: question.prompt, explanation: question.explanation };
  switch (question.type) {
    case 'single':
    case 'multiple': {
      const right = question.type === 'single' ? [question.answer] : question.answers;
      return {
        ...base,
        type: question.type,
        choices: question.choices.map((choice) => ({ text: choice.text, feedback: choice.feedback })),
        right: question.choices.filter((choice) => right.includes(choice.id)).map((choice) => choice.text),
      };
    }
    case 'fill-blank':
      return {
        ...base,
        prompt: question.prompt.replace(/ *___ */, (blank) => blank.trim()),
        accept: question.accept,
        type: question.type,
      };
    default:
      return { ...question, evidence: undefined, explanation: question.explanation };
  }
}

const withoutUndefined = (value) => JSON.parse(JSON.stringify(value));

function assertPegjsReadsAsWritten(quiz) {
  const records = readByGiftPegjs(write(quiz).files[0].content);
  const expected = asGiftHoldsIt(quiz).map(glossaRecord);
  assert.equal(records.length, expected.length);
  records.forEach((record, index) => {
    const { weights, ...rest } = record;
    if (record.type === 'multiple') {
      const sum = weights.filter((weight) => weight > 0).reduce((total, weight) => total + weight, 0);
      assert.ok(Math.abs(sum - 100) < 0.001, `the right answers of ${record.id} weigh ${sum} %`);
    }
    const ours = withoutUndefined(expected[index]);
    // gift-pegjs reads a missing word's prompt with spaces around the blank.
    if (ours.type === 'fill-blank') rest.prompt = rest.prompt.replace(/ *___ */, (blank) => blank.trim());
    assert.deepEqual(withoutUndefined(rest), ours, `question ${record.id}`);
  });
}

describe('GIFT written by Glossa, read by gift-pegjs', () => {
  it('gives every question of the demo articles with its type, prompt, choices, right answers and feedback', () => {
    for (const quiz of SEEDS) assertPegjsReadsAsWritten(quiz);
  });

  it('keeps texts that need escaping, in every script, on several lines', () => {
    fc.assert(
      fc.property(editQuiz, (quiz) => assertPegjsReadsAsWritten(quiz)),
      { numRuns: 60 },
    );
  });
});

describe('GIFT round trip (Glossa → GIFT → Glossa)', () => {
  it('keeps every question GIFT can hold, with its id, choices, answers, feedback and explanation', () => {
    for (const quiz of [...SEEDS]) {
      const back = gift.read(write(quiz).files[0].content);
      assert.deepEqual(back.warnings, []);
      assert.equal(back.quiz.title, quiz.title);
      assert.deepEqual(withoutUndefined(back.quiz.questions), withoutUndefined(asGiftHoldsIt(quiz)));
      assert.ok(parseQuiz(back.quiz).ok);
    }
  });

  it('keeps edge-case texts', () => {
    fc.assert(
      fc.property(editQuiz, (quiz) => {
        const back = gift.read(write(quiz).files[0].content);
        assert.deepEqual(back.quiz.questions, withoutUndefined(asGiftHoldsIt(quiz)));
      }),
      { numRuns: 100 },
    );
  });

  it('warns of what GIFT cannot carry: order questions, evidence (once, naming each question), the pass mark', () => {
    const { warnings } = write(SEEDS[0]);
    assert.deepEqual(
      warnings.filter((warning) => /order question/.test(warning.message)).map((warning) => warning.question),
      SEEDS[0].questions.filter((question) => question.type === 'order').map((question) => question.id),
    );
    const evidence = warnings.filter((warning) => /evidence/.test(warning.message));
    assert.equal(evidence.length, 1);
    assert.equal(evidence[0].question.split(', ').length, SEEDS[0].questions.filter((q) => q.evidence).length);
    assert.ok(warnings.some((warning) => /pass mark \(70 %\)/.test(warning.message)));
  });
});

/** Reads `text` and returns its questions, failing on any syntax error. */
const read = (text) => gift.read(text);

describe('GIFT import', () => {
  it("reads Moodle's examples of every question type", () => {
    const { quiz, warnings } = read(
      [
        '// a comment line',
        '$CATEGORY: $course$/top/History quiz',
        '',
        "::Q1:: Who's buried in Grant's tomb?{~Grant#No, he is elsewhere =no one#Right ~Napoleon####General feedback}",
        '',
        "Grant is buried in Grant's tomb.{F#Wrong#Right}",
        '',
        "Who's buried in Grant's tomb?{=no one =nobody}",
        '',
        'Moodle costs {~lots of money =nothing ~a small amount} to download.',
        '',
        '::Matching:: Match the countries.{',
        '   =Canada -> Ottawa',
        '   =Italy  -> Rome',
        '   =Japan  -> Tokyo',
        '}',
        '',
        "What two people are entombed in Grant's tomb? {",
        '   ~%-100%No one',
        '   ~%50%Grant',
        "   ~%50%Grant's wife",
        '}',
        '',
        'When was Ulysses S. Grant born?{#1822}',
        '',
        'Write a short biography of Dag Hammarskjöld. {}',
        '',
        'You can use your pencil and paper for these next math questions.',
      ].join('\n'),
    );
    assert.equal(quiz.title, 'History quiz');
    assert.deepEqual(
      quiz.questions.map((question) => [question.id, question.type]),
      [
        ['Q1', 'single'],
        ['q2', 'true-false'],
        ['q3', 'fill-blank'],
        ['q4', 'single'],
        ['Matching', 'match'],
        ['q6', 'multiple'],
        ['q7', 'fill-blank'],
      ],
    );
    const [single, truth, short, missing, match, multiple, numeric] = quiz.questions;
    assert.deepEqual(single.choices[0], { id: 'a', text: 'Grant', feedback: 'No, he is elsewhere' });
    assert.equal(single.answer, 'b');
    assert.equal(single.explanation, 'General feedback');
    assert.equal(truth.answer, false);
    assert.equal(short.prompt, "Who's buried in Grant's tomb? ___");
    assert.deepEqual(short.accept, ['no one', 'nobody']);
    assert.equal(missing.prompt, 'Moodle costs ___ to download.');
    assert.equal(missing.answer, 'b');
    assert.deepEqual(match.pairs[1], { left: 'Italy', right: 'Rome' });
    assert.deepEqual(multiple.answers, ['b', 'c']);
    assert.deepEqual(numeric.accept, ['1822']);
    assert.equal(numeric.prompt, 'When was Ulysses S. Grant born? ___');
    assert.ok(parseQuiz(quiz).ok, JSON.stringify(parseQuiz(quiz)));
    const messages = warnings.map((warning) => `${warning.question}: ${warning.message}`);
    assert.ok(
      messages.some((message) => /^question 2 \(line 6\): the feedback of its true and false/.test(message)),
      messages.join('\n'),
    );
    assert.ok(messages.some((message) => /^question 8 \(line 26\): an essay question is not imported/.test(message)));
    assert.ok(messages.some((message) => /^question 9 \(line 28\): a description/.test(message)));
  });

  it('reads escapes, [html] as its words, [markdown] and [plain], and keeps no markup', () => {
    const { quiz, warnings } = read(
      [
        '::Esc:: 1 \\= 1\\: \\{true\\} \\~ \\# \\\\ line\\nbreak {=a \\= b ~c\\}}',
        '',
        '::Html:: [html]<p>Is <b>this</b> &amp; <script>alert(1)</script>that &lt;i&gt; bold?</p> {T}',
        '',
        '::Plain:: [plain]Is <b> a tag? {T}',
      ].join('\n'),
    );
    assert.equal(quiz.questions[0].prompt, '1 = 1: {true} ~ # \\ line\nbreak');
    assert.deepEqual(
      quiz.questions[0].choices.map((choice) => choice.text),
      ['a = b', 'c}'],
    );
    assert.equal(quiz.questions[1].prompt, 'Is this & that < i> bold?');
    assert.equal(quiz.questions[2].prompt, 'Is < b> a tag?');
    assert.equal(warnings.length, 2);
    assert.ok(parseQuiz(quiz).ok);
  });

  it('gives each question a unique id from its title', () => {
    const { quiz } = read('::Capital cities:: Paris? {T}\n\n::Capital cities:: Rome? {T}\n\n::42:: Oslo? {T}');
    assert.deepEqual(
      quiz.questions.map((question) => question.id),
      ['capital-cities', 'capital-cities-2', 'q3'],
    );
  });

  it('warns of a tolerance and of partial credit it cannot keep', () => {
    const { quiz, warnings } = read('Pi? {#3.14:0.01}\n\nBest? {=a ~%50%b ~c}\n\nRange? {#1..5}');
    assert.deepEqual(quiz.questions[0].accept, ['3.14']);
    assert.equal(quiz.questions.length, 2);
    assert.deepEqual(
      warnings.map((warning) => warning.question),
      ['question 1 (line 1)', 'question 2 (line 3)', 'question 3 (line 5)', 'question 3 (line 5)'],
    );
  });
});

describe('GIFT import of malformed files', () => {
  const cases = [
    ['an answer block left open', 'Who? {=a ~b\n\nNext? {T}', 1, 6, /no "}" closes them/],
    ['a title left open', '\n::Title Who? {=a ~b}', 2, 1, /no "::" closes it/],
    ['a stray closing brace', 'Who } is it? {=a ~b}', 1, 5, /"}" with no "{"/],
    ['a second answer block', 'Who {=a ~b} and {=c ~d}', 1, 17, /a second "{"/],
    ['a brace inside the answers', 'Who? {=a {~b}', 1, 10, /"\{" inside the answers/],
    ['text before the first answer', 'Who? {  x =a ~b}', 1, 9, /expected "=" or "~" to start an answer, found "x"/],
    ['no right answer', '// comment\nWho? {~a ~b}', 2, 6, /expected a right answer/],
    ['an answer without text', 'Who? {=a ~}', 1, 10, /expected the text of this answer/],
    ['a matching answer without its arrow', 'Match {=a -> b =c d}', 1, 16, /expected "=left -> right"/],
    ['a broken weight', 'Who? {~%fifty%a =b}', 1, 8, /expected a weight such as %50%/],
    ['CRLF line ends', 'A? {T}\r\n\r\nB? {=a\r\n~b', 3, 4, /no "}" closes them/],
  ];
  for (const [what, text, line, column, message] of cases) {
    it(`names the line and column of ${what}`, () => {
      assert.throws(
        () => read(text),
        (error) => {
          assert.ok(error instanceof FormatSyntaxError, String(error));
          assert.deepEqual([error.line, error.column], [line, column], error.message);
          assert.match(error.message, message);
          return true;
        },
      );
    });
  }
});
