import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { QUIZ_FORMATS, FormatSyntaxError, looksLikeAiken } from '../dist/formats/index.js';
import { editQuiz } from './formats-edge-cases.mjs';

const aiken = QUIZ_FORMATS.aiken;
const SEED = JSON.parse(readFileSync('demo/articles/kazakhstan-2022.json', 'utf8')).quiz;
const write = (quiz) => aiken.write(quiz, { articleId: 'test-article', lang: 'en' });

/** What Aiken holds of a quiz: its single-choice questions' prompts, choices and answers, each on one line. */
function asAikenHoldsIt(quiz) {
  const line = (text) => text.replace(/\s*\n\s*/g, ' ');
  return quiz.questions
    .filter((question) => question.type === 'single')
    .map((question) => {
      const position = question.choices.findIndex((choice) => choice.id === question.answer);
      return {
        prompt: line(question.prompt),
        choices: question.choices.map((choice) => line(choice.text)),
        answer: position,
      };
    });
}
const asRead = (quiz) =>
  quiz.questions.map((question) => ({
    prompt: question.prompt,
    choices: question.choices.map((choice) => choice.text),
    answer: question.choices.findIndex((choice) => choice.id === question.answer),
  }));

describe('Aiken', () => {
  it('reads Moodle\'s example, with "." and ")" after the letters', () => {
    const text = [
      'What is the correct answer to this question?',
      'A. Is it this one?',
      'B. Maybe this answer?',
      'C. Possibly this one?',
      'D. Must be this one!',
      'ANSWER: D',
      '',
      'Which LMS has the most quiz import formats?',
      'A) Moodle',
      'B) ATutor',
      'ANSWER: A',
    ].join('\r\n');
    assert.ok(looksLikeAiken(text));
    const { quiz, warnings } = aiken.read(text);
    assert.deepEqual(warnings, []);
    assert.deepEqual(quiz.questions[1], {
      id: 'q2',
      type: 'single',
      prompt: 'Which LMS has the most quiz import formats?',
      choices: [
        { id: 'a', text: 'Moodle' },
        { id: 'b', text: 'ATutor' },
      ],
      answer: 'a',
    });
    assert.equal(quiz.questions[0].answer, 'd');
  });

  it('round trips the single-choice questions of the seed, and warns of everything else', () => {
    const { files, warnings } = write(SEED);
    assert.deepEqual(asRead(aiken.read(files[0].content).quiz), asAikenHoldsIt(SEED));
    for (const question of SEED.questions.filter((question) => question.type !== 'single')) {
      assert.ok(
        warnings.some(
          (warning) =>
            warning.question === question.id && /left out: Aiken has only single-choice/.test(warning.message),
        ),
        question.id,
      );
    }
    const single = SEED.questions.find((question) => question.type === 'single');
    assert.ok(
      warnings.some(
        (warning) =>
          warning.question === single.id && /feedback of its choices and its explanation/.test(warning.message),
      ),
    );
  });

  it('round trips edge-case texts, their line breaks written as spaces with a warning', () => {
    fc.assert(
      fc.property(editQuiz, (quiz) => {
        const { files, warnings } = write(quiz);
        assert.deepEqual(asRead(aiken.read(files[0].content).quiz), asAikenHoldsIt(quiz));
        const broken = [quiz.questions[0].prompt, ...quiz.questions[0].choices.map((choice) => choice.text)].some(
          (text) => text.includes('\n'),
        );
        assert.equal(
          warnings.some((warning) => /line breaks became spaces/.test(warning.message)),
          broken,
        );
      }),
      { numRuns: 100 },
    );
  });

  it("does not take an article's text for Aiken", () => {
    assert.equal(looksLikeAiken(readFileSync('demo/articles/kazakhstan-2022.txt', 'utf8')), false);
  });

  const cases = [
    [
      'choices before any question',
      'A. Yes\nB. No\nANSWER: A',
      1,
      1,
      /expected the question's text before its choices/,
    ],
    ['a letter out of order', 'Which?\nA. Yes\nC. No\nANSWER: A', 3, 1, /expected choice "B\." here, found "C"/],
    [
      'an answer that is no choice',
      'Which?\nA. Yes\nB. No\nANSWER:  E',
      4,
      10,
      /expected the letter of one of the choices \(A–B\), found "E"/,
    ],
    [
      'an answer line without choices',
      'Which?\nANSWER: A',
      2,
      1,
      /expected choices such as "A\. …" before the answer line/,
    ],
    ['one choice', 'Which?\nA. Yes\nANSWER: A', 3, 1, /expected at least two choices/],
    ['a line after the choices', 'Which?\nA. Yes\nB. No\n  Maybe\nANSWER: A', 4, 3, /expected the next choice/],
    [
      'a missing answer line',
      'Which?\nA. Yes\nB. No\n',
      4,
      1,
      /expected the answer line \("ANSWER: A"\) of the question at line 1/,
    ],
  ];
  for (const [what, text, line, column, message] of cases) {
    it(`names the line and column of ${what}`, () => {
      assert.throws(
        () => aiken.read(text),
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
