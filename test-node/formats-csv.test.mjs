import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { QUIZ_FORMATS, FormatSyntaxError } from '../dist/formats/index.js';
import { parseQuiz } from '../dist/model/index.js';
import { editQuiz } from './formats-edge-cases.mjs';

const csv = QUIZ_FORMATS.csv;
const SEED = JSON.parse(readFileSync('demo/articles/kazakhstan-2022.json', 'utf8')).quiz;
const withoutUndefined = (value) => JSON.parse(JSON.stringify(value));
const write = (quiz) => csv.write(quiz, { articleId: 'test-article', lang: 'en' }).files[0].content;
const fixture = (name) => readFileSync(`test-node/fixtures/csv/${name}`, 'utf8');

/** Every question of every type, without what the layout cannot hold (evidence). */
const asCsvHoldsIt = (quiz) => quiz.questions.map((question) => ({ ...question, evidence: undefined }));

/** The spreadsheet of the fixtures (every-type.fods), as Glossa should read it. */
const EVERY_TYPE = [
  {
    id: 'trigger',
    type: 'single',
    prompt: 'What set off the protests in Kazakhstan?',
    choices: [
      { id: 'a', text: 'A rapid rise in fuel prices' },
      { id: 'b', text: 'The arrival of Russian troops', feedback: 'The troops came later; “after” the protests.' },
      {
        id: 'c',
        text: 'The arrest of nearly 10,000 people',
        feedback: 'The arrests were part of the crackdown; not their cause.',
      },
    ],
    answer: 'a',
    explanation: 'The article says so: "soaring gas prices".',
  },
  {
    id: 'members',
    type: 'multiple',
    prompt: 'Which of these are members of the CSTO?\nChoose all that apply.',
    choices: [
      { id: 'a', text: 'Armenia' },
      { id: 'b', text: 'Kyrgyzstan' },
      { id: 'c', text: 'The US', feedback: 'The US is not a member.' },
    ],
    answers: ['a', 'b'],
  },
  {
    id: 'seen',
    type: 'true-false',
    prompt: 'Nazarbayev has appeared in public since the end of 2021.',
    answer: false,
    explanation: 'He has not been seen in public.',
  },
  {
    id: 'arrests',
    type: 'fill-blank',
    prompt: 'Officials arrested nearly ___ people.',
    accept: ['10,000', '10000', 'ten thousand'],
  },
  {
    id: 'sequence',
    type: 'order',
    prompt: 'Put these in order, earliest first.',
    items: [
      { id: 'a', text: 'Protests begin' },
      { id: 'b', text: 'Tokayev calls on the CSTO' },
      { id: 'c', text: 'Troops withdraw' },
    ],
  },
  {
    id: 'roles',
    type: 'match',
    prompt: 'Match each person to their role.',
    pairs: [
      { left: 'Tokayev', right: 'President of Kazakhstan' },
      { left: 'Blinken', right: 'US Secretary of State' },
      { left: 'Володин', right: 'Спикер Госдумы' },
    ],
  },
];

describe('CSV import of files saved by spreadsheets', () => {
  for (const name of [
    'libreoffice-semicolon.csv',
    'libreoffice-comma.csv',
    'libreoffice-minimal-quotes.csv',
    'excel-bom-semicolon-crlf.csv',
  ]) {
    it(`reads ${name}`, () => {
      const { quiz, warnings } = csv.read(fixture(name));
      assert.deepEqual(quiz.questions, EVERY_TYPE);
      assert.deepEqual(warnings, []);
      assert.ok(parseQuiz(quiz).ok);
    });
  }

  it('reads an Excel sep= line, tabs, CR line ends, columns in any order and texts as answers', () => {
    const { quiz } = csv.read('sep=\t\rPrompt\tANSWER\tType\tChoice1\tChoice2\rWhich?\tNo\tsingle\tYes\tNo\r');
    assert.deepEqual(quiz.questions[0], {
      id: 'q1',
      type: 'single',
      prompt: 'Which?',
      choices: [
        { id: 'a', text: 'Yes' },
        { id: 'b', text: 'No' },
      ],
      answer: 'b',
    });
  });

  it('warns of columns it does not know and of a fill-in prompt without its blank', () => {
    const { quiz, warnings } = csv.read('type,prompt,choice 1,points\nfill-blank,The capital of France?,Paris,3\n');
    assert.equal(quiz.questions[0].prompt, 'The capital of France? ___');
    assert.deepEqual(
      warnings.map((warning) => [warning.question, warning.message]),
      [
        [undefined, 'columns not in the layout are ignored: "points" (column D)'],
        ['row 2 (line 2)', 'its prompt has no "___": the blank is put at its end'],
      ],
    );
  });
});

describe('CSV round trip (Glossa → CSV → Glossa)', () => {
  it('keeps every question of the seed article, of every type, with its feedback and explanation', () => {
    const { quiz, warnings } = csv.read(write(SEED));
    assert.deepEqual(warnings, []);
    assert.deepEqual(quiz.questions, withoutUndefined(asCsvHoldsIt(SEED)));
  });

  it('keeps edge-case texts: delimiters, quotes, line breaks, every script', () => {
    fc.assert(
      fc.property(editQuiz, (quiz) => {
        assert.deepEqual(csv.read(write(quiz)).quiz.questions, withoutUndefined(asCsvHoldsIt(quiz)));
      }),
      { numRuns: 100 },
    );
  });

  it('writes UTF-8 with a byte-order mark and CRLF, and warns of the title, pass mark and evidence', () => {
    const { files, warnings } = csv.write(SEED, { articleId: 'kazakhstan-2022', lang: 'en' });
    assert.equal(files[0].path, 'kazakhstan-2022.csv');
    assert.ok(files[0].content.startsWith('\uFEFFid,type,prompt,choice 1,'));
    assert.ok(files[0].content.endsWith('\r\n'));
    assert.deepEqual(
      warnings.map((warning) => warning.message.replace(/:.*/, '')),
      [
        "the quiz's title is left out",
        'the evidence of these 19 questions is left out',
        'the pass mark (70 %) is left out',
      ],
    );
  });
});

describe('CSV export guarded against formulas (CSV injection)', () => {
  const single = (prompt) => ({
    id: 'q',
    type: 'single',
    prompt,
    choices: [
      { id: 'a', text: 'yes' },
      { id: 'b', text: 'no' },
    ],
    answer: 'a',
  });
  const dataRow = (quiz) => write(quiz).split('\r\n')[1];

  for (const [trigger, name] of [
    ['=', '='],
    ['+', '+'],
    ['-', '-'],
    ['@', '@'],
  ]) {
    it(`writes a cell that starts with ${name} behind a single quote, which spreadsheets show as text`, () => {
      assert.equal(dataRow({ questions: [single(`${trigger}1+1`)] }), `q,single,'${trigger}1+1,yes,no,1,`);
    });
  }
  for (const [trigger, name] of [
    ['\t', 'a tab'],
    ['\r', 'a carriage return'],
  ]) {
    it(`writes a cell that starts with ${name} behind a single quote, inside the quotes the character needs`, () => {
      assert.equal(dataRow({ questions: [single(`${trigger}1+1`)] }), `q,single,"'${trigger}1+1",yes,no,1,`);
    });
  }

  it('leaves a cell alone that starts otherwise, or has a formula character further in', () => {
    assert.equal(dataRow({ questions: [single('E=mc2, said he')] }), 'q,single,"E=mc2, said he",yes,no,1,');
  });

  it('keeps every text that starts like a formula through export and import, in every column', () => {
    const quiz = {
      questions: [
        {
          id: 'temperature',
          type: 'single',
          prompt: '-5 degrees: is that cold?',
          choices: [
            { id: 'a', text: '=mc2', feedback: '+1 for trying' },
            { id: 'b', text: '@home', feedback: "'=not a formula either" },
          ],
          answer: 'b',
          explanation: '-5 °C is below freezing.',
        },
        {
          id: 'sum',
          type: 'order',
          prompt: '=SUM(A1:A2)',
          items: [
            { id: 'a', text: '+1' },
            { id: 'b', text: '-1' },
          ],
        },
        {
          id: 'signs',
          type: 'match',
          prompt: '\'=HYPERLINK("x")',
          pairs: [
            { left: '-x', right: '=y' },
            { left: '@z', right: "'tis the season" },
          ],
        },
      ],
    };
    assert.ok(parseQuiz(quiz).ok);
    const { quiz: read, warnings } = csv.read(write(quiz));
    assert.deepEqual(warnings, []);
    assert.deepEqual(read.questions, quiz.questions);
  });

  it('keeps a negative number as the answer of a fill-in, written as text for the spreadsheet', () => {
    const quiz = {
      questions: [
        {
          id: 'coldest',
          type: 'fill-blank',
          prompt: 'The coldest temperature measured in Kazakhstan is ___ °C.',
          accept: ['-57', '-57.0', 'minus 57'],
        },
      ],
    };
    const content = write(quiz);
    assert.equal(
      content.split('\r\n')[1],
      "coldest,fill-blank,The coldest temperature measured in Kazakhstan is ___ °C.,'-57,'-57.0,minus 57,,",
    );
    assert.deepEqual(csv.read(content).quiz.questions, quiz.questions);
  });

  it('takes off only the quote the guard puts on: a file from a spreadsheet keeps its other quotes and minus signs', () => {
    const { quiz } = csv.read("type,prompt,choice 1,choice 2,choice 3\nfill-blank,Lowest? ___,-57,'57,''-57\n");
    assert.deepEqual(quiz.questions[0].accept, ['-57', "'57", "'-57"]);
  });
});

describe('CSV import of malformed files', () => {
  const header = 'type,prompt,choice 1,choice 2,answer\n';
  const cases = [
    ['a quote left open', `${header}single,"Who?,a,b,1\n`, 2, 8, /a quoted cell is opened here and never closed/],
    [
      'text after a closing quote',
      `${header}single,"Who" is it,a,b,1\n`,
      2,
      13,
      /expected "," or the end of the row after a quoted cell's closing "/,
    ],
    ['no header', 'single,Who?,a,b,1\n', 1, 1, /expected a header row/],
    ['an unknown type', `${header}essay,Who?,a,b,1\n`, 2, 1, /"type" \(column A\): expected single, .* found "essay"/],
    [
      'an answer that names no choice',
      `${header}single,Who?,a,b,3\n`,
      2,
      17,
      /"answer" \(column E\): names choice 3, which is empty/,
    ],
    [
      'a missing answer',
      `${header}single,"Who\nis it?",a,b,\n`,
      3,
      13,
      /"answer" \(column E\): expected the number of the right choice/,
    ],
    [
      'a true-false answer that is neither',
      `${header}true-false,Is it?,,,maybe\n`,
      2,
      21,
      /expected true or false, found "maybe"/,
    ],
    [
      'a pair without its arrow',
      `${header}match,Match,a -> b,c d,\n`,
      2,
      20,
      /"choice 2" \(column D\): expected a pair written "left -> right"/,
    ],
    ['one choice', `${header}single,Who?,a,,1\n`, 2, 13, /expected at least two choices/],
    ['two right answers of a single question', `${header}single,Who?,a,b,"1, 2"\n`, 2, 17, /has one right choice/],
    ['a column named twice', 'type,prompt,Type\n', 1, 13, /names the column "type" twice/],
  ];
  for (const [what, text, line, column, message] of cases) {
    it(`names the line and column of ${what}`, () => {
      assert.throws(
        () => csv.read(text),
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
