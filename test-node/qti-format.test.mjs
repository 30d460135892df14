import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { qtiFormat, readQtiPackage } from '../dist/formats/qti/index.js';
import { FormatSyntaxError } from '../dist/formats/types.js';
import { parseQuiz } from '../dist/model/index.js';

const SEED = JSON.parse(readFileSync('demo/articles/kazakhstan-2022.json', 'utf8'));
const OPTIONS = { articleId: SEED.id, lang: SEED.lang };
const QTI = 'http://www.imsglobal.org/xsd/imsqtiasi_v3p0';

/** A copy of `object` without its `key`. */
function without(object, key) {
  const copy = { ...object };
  delete copy[key];
  return copy;
}

/** What QTI can hold of a quiz: all but evidence. */
function withoutEvidence(quiz) {
  return { ...quiz, questions: quiz.questions.map((question) => without(question, 'evidence')) };
}

function roundTrip(quiz) {
  return readQtiPackage(qtiFormat.write(quiz, OPTIONS).files);
}

/** The fault an import throws, for its message and place. */
function faultOf(read) {
  try {
    read();
  } catch (error) {
    assert.ok(error instanceof FormatSyntaxError, `a FormatSyntaxError, not ${error}`);
    return error;
  }
  assert.fail('the file was read without a fault');
}

const item = (body, declarations = '', after = '') => `<?xml version="1.0" encoding="UTF-8"?>
<qti-assessment-item xmlns="${QTI}" identifier="item-1" title="t" adaptive="false" time-dependent="false">
${declarations}
  <qti-item-body>
${body}
  </qti-item-body>
${after}
</qti-assessment-item>`;

const choiceDeclaration = (
  correct,
) => `  <qti-response-declaration identifier="RESPONSE" cardinality="single" base-type="identifier">
    <qti-correct-response><qti-value>${correct}</qti-value></qti-correct-response>
  </qti-response-declaration>`;

describe('QTI export and import of the seed quiz', () => {
  it('keeps every question, choice, answer, explanation and feedback, and passes parseQuiz', () => {
    const { quiz, warnings } = roundTrip(SEED.quiz);
    assert.deepEqual(quiz, withoutEvidence(SEED.quiz));
    assert.deepEqual(warnings, []);
    assert.equal(parseQuiz(quiz).ok, true);
  });

  it('warns once per question whose evidence QTI cannot hold', () => {
    const { warnings } = qtiFormat.write(SEED.quiz, OPTIONS);
    assert.deepEqual(
      warnings.map((warning) => warning.question),
      SEED.quiz.questions.map((question) => question.id),
    );
    assert.match(warnings[0].message, /evidence/);
  });

  it('writes a content package: the manifest, one test, one item per question, each listed in the manifest', () => {
    const { files } = qtiFormat.write(SEED.quiz, OPTIONS);
    const paths = files.map((file) => file.path);
    assert.deepEqual(paths.slice(0, 2), ['imsmanifest.xml', 'assessment-test.xml']);
    assert.equal(paths.length, SEED.quiz.questions.length + 2);
    const manifest = files[0].content;
    for (const path of paths.slice(1)) assert.ok(manifest.includes(`href="${path}"`), path);
  });

  it('grades each item by a standard template or by its rules written out, with feedback that shows after', () => {
    const { files } = qtiFormat.write(
      {
        questions: [
          {
            id: 'bare',
            type: 'single',
            prompt: 'P?',
            choices: [
              { id: 'a', text: 'A' },
              { id: 'b', text: 'B' },
            ],
            answer: 'a',
          },
        ],
      },
      OPTIONS,
    );
    assert.match(
      files[2].content,
      /template="https:\/\/purl\.imsglobal\.org\/spec\/qti\/v3p0\/rptemplates\/match_correct\.xml"/,
    );
  });

  it('reads each item of the package on its own as the same question', () => {
    const { files } = qtiFormat.write(SEED.quiz, OPTIONS);
    const expected = withoutEvidence(SEED.quiz).questions;
    files.slice(2).forEach((file, index) => {
      assert.deepEqual(qtiFormat.read(file.content).quiz.questions, [expected[index]]);
    });
  });

  it('reads a test whose items are inline', () => {
    const { files } = qtiFormat.write(SEED.quiz, OPTIONS);
    const items = files.slice(2).map((file) => file.content.replace(/^<\?xml[^>]*\?>\n/, ''));
    const test = `<qti-assessment-test xmlns="${QTI}" identifier="t" title="Inline">
  <qti-test-part identifier="p" navigation-mode="linear" submission-mode="individual">
    <qti-assessment-section identifier="s" title="s" visible="true">
${items.join('\n')}
    </qti-assessment-section>
  </qti-test-part>
</qti-assessment-test>`;
    const { quiz } = qtiFormat.read(test);
    assert.deepEqual(quiz, { ...without(withoutEvidence(SEED.quiz), 'passPercent'), title: 'Inline' });
  });
});

describe('QTI round trips of texts', () => {
  it('keeps XML special characters, unicode and line ends in every kind of text', () => {
    const text = 'Tom & "Jerry" <3 \'quotes\' ]]> a > b\nsecond line: Ünïcödé 中文 עברית 😀\n\nafter a blank line';
    const quiz = {
      title: `Quiz ${text.split('\n')[0]}`,
      passPercent: 50,
      questions: [
        {
          id: 'single',
          type: 'single',
          prompt: text,
          explanation: text,
          choices: [
            { id: 'a', text, feedback: text },
            { id: 'b', text: 'B' },
          ],
          answer: 'b',
        },
        {
          id: 'multiple',
          type: 'multiple',
          prompt: text,
          choices: [
            { id: 'x', text },
            { id: 'y', text: 'y', feedback: text },
          ],
          answers: ['x', 'y'],
        },
        { id: 'tf', type: 'true-false', prompt: text, answer: true, explanation: text },
        { id: 'blank', type: 'fill-blank', prompt: `${text} ___ & more`, accept: [text.split('\n')[0], '"&"'] },
        {
          id: 'order',
          type: 'order',
          prompt: text,
          items: [
            { id: 'i1', text },
            { id: 'i2', text: 'two', feedback: text },
            { id: 'i3', text: 'three' },
          ],
        },
        {
          id: 'match',
          type: 'match',
          prompt: text,
          pairs: [
            { left: text, right: text },
            { left: 'L', right: 'R & "r"' },
            { left: 'L2', right: 'R & "r"' },
          ],
        },
      ],
    };
    assert.deepEqual(roundTrip(quiz).quiz, quiz);
  });

  it('keeps any text of words that are single-spaced, whatever characters they hold', () => {
    const character = fc.constantFrom(
      '<',
      '&',
      '"',
      "'",
      '>',
      ';',
      '#',
      ']',
      'a',
      'Z',
      '0',
      'é',
      'ß',
      '中',
      '😀',
      '\u05D0',
      '\u0301',
      '\u00A0',
    );
    const word = fc.array(character, { minLength: 1, maxLength: 6 }).map((characters) => characters.join(''));
    const line = fc.array(word, { minLength: 1, maxLength: 5 }).map((words) => words.join(' '));
    const text = fc.array(line, { minLength: 1, maxLength: 3 }).map((lines) => lines.join('\n'));
    fc.assert(
      fc.property(text, text, (prompt, choice) => {
        const quiz = {
          questions: [
            {
              id: 'q',
              type: 'single',
              prompt,
              choices: [
                { id: 'a', text: choice, feedback: prompt },
                { id: 'b', text: 'b' },
              ],
              answer: 'a',
            },
          ],
        };
        assert.deepEqual(roundTrip(quiz).quiz, quiz);
      }),
      { numRuns: 200 },
    );
  });
});

describe('QTI files that Glossa cannot read', () => {
  it('names the line and column of an unclosed tag', () => {
    const fault = faultOf(() => qtiFormat.read(item('    <p>Unclosed <b>bold</p>')));
    assert.equal(fault.line, 5);
    assert.match(fault.message, /closing tag/);
  });

  it('names the interaction whose response has no declaration, where it is', () => {
    const body =
      '    <qti-choice-interaction response-identifier="RESPONSE">\n      <qti-simple-choice identifier="a">A</qti-simple-choice>\n    </qti-choice-interaction>';
    const fault = faultOf(() => qtiFormat.read(item(body)));
    assert.deepEqual([fault.line, fault.column], [5, 5]);
    assert.match(fault.message, /"RESPONSE" has no qti-response-declaration/);
  });

  it('names an interaction it does not read, and the ones it does', () => {
    const fault = faultOf(() =>
      qtiFormat.read(
        item('    <p>x</p>\n      <qti-hotspot-interaction response-identifier="RESPONSE"/>', choiceDeclaration('a')),
      ),
    );
    assert.deepEqual([fault.line, fault.column], [8, 7]);
    assert.match(fault.message, /qti-hotspot-interaction is not an interaction Glossa reads.*qti-choice-interaction/);
  });

  it('refuses a correct response that is not a choice, and an item without one', () => {
    const body =
      '    <qti-choice-interaction response-identifier="RESPONSE"><qti-simple-choice identifier="a">A</qti-simple-choice><qti-simple-choice identifier="b">B</qti-simple-choice></qti-choice-interaction>';
    assert.match(
      faultOf(() => qtiFormat.read(item(body, choiceDeclaration('z')))).message,
      /names "z", which is not one of the choices/,
    );
    const undeclared = '<qti-response-declaration identifier="RESPONSE" cardinality="single" base-type="identifier"/>';
    assert.match(faultOf(() => qtiFormat.read(item(body, undeclared))).message, /no qti-correct-response/);
  });

  it('says that a QTI 2 file is QTI 2', () => {
    const fault = faultOf(() =>
      qtiFormat.read('<assessmentItem xmlns="http://www.imsglobal.org/xsd/imsqti_v2p1" identifier="i"/>'),
    );
    assert.match(fault.message, /QTI 2/);
  });

  it('asks for the package when a test read alone refers to item files, at the reference', () => {
    const { files } = qtiFormat.write(SEED.quiz, OPTIONS);
    const fault = faultOf(() => qtiFormat.read(files[1].content));
    assert.match(fault.message, /refers to the file "items\/01-trigger\.xml".*readQtiPackage/);
    assert.equal(fault.line, files[1].content.split('\n').findIndex((line) => line.includes('01-trigger')) + 1);
  });

  it('names the file of a package where a fault is, with its line', () => {
    const { files } = qtiFormat.write(SEED.quiz, OPTIONS);
    const broken = files.map((file) =>
      file.path === 'items/03-who-is-nazarbayev.xml'
        ? { ...file, content: file.content.replace('</qti-prompt>', '') }
        : file,
    );
    const fault = faultOf(() => readQtiPackage(broken));
    assert.match(fault.message, /^items\/03-who-is-nazarbayev\.xml: /);
    assert.ok(fault.line > 1);
    const missing = files.filter((file) => file.path !== 'items/02-who-sent-troops.xml');
    assert.match(
      faultOf(() => readQtiPackage(missing)).message,
      /"items\/02-who-sent-troops\.xml", which is not in the package/,
    );
  });
});

describe('QTI written by others', () => {
  it('reads item body HTML as text, a True/False pair by its words, and feedback as an explanation', () => {
    const body = `    <div><p>Is <strong>water</strong> wet?<br/>Think&#160;first.</p><img src="w.png" alt="a glass"/><script>alert(1)</script></div>
    <qti-choice-interaction response-identifier="RESPONSE" max-choices="1">
      <qti-simple-choice identifier="A">True</qti-simple-choice>
      <qti-simple-choice identifier="B">False</qti-simple-choice>
    </qti-choice-interaction>`;
    const after = `<qti-modal-feedback outcome-identifier="FEEDBACK" identifier="correct" show-hide="show"><p>Right.</p></qti-modal-feedback>
<qti-modal-feedback outcome-identifier="FEEDBACK" identifier="incorrect" show-hide="show"><p>Wrong.</p></qti-modal-feedback>`;
    const { quiz, warnings } = qtiFormat.read(item(body, choiceDeclaration('A'), after));
    assert.deepEqual(quiz.questions, [
      {
        id: 'item-1',
        type: 'true-false',
        prompt: 'Is water wet?\nThink\u00A0first.\n\na glass',
        answer: true,
        explanation: 'Right.\n\nWrong.',
      },
    ]);
    assert.deepEqual(
      warnings.map((warning) => warning.message).filter((message) => /img|script|joined/.test(message)).length,
      2,
    );
  });

  it('gives a choice the modal feedback shown for it, and Glossa ids to identifiers that are not', () => {
    const body = `<qti-choice-interaction response-identifier="R" max-choices="0"><qti-prompt>Pick</qti-prompt>
      <qti-simple-choice identifier="c.1">One</qti-simple-choice><qti-simple-choice identifier="_2">Two</qti-simple-choice><qti-simple-choice identifier="c3">Three</qti-simple-choice>
    </qti-choice-interaction>`;
    const declaration =
      '<qti-response-declaration identifier="R" cardinality="multiple" base-type="identifier"><qti-correct-response><qti-value>c.1</qti-value><qti-value>c3</qti-value></qti-correct-response></qti-response-declaration>';
    const after =
      '<qti-modal-feedback outcome-identifier="FEEDBACK" identifier="_2" show-hide="show">Not two.</qti-modal-feedback>';
    const { quiz } = qtiFormat.read(item(body, declaration, after));
    assert.deepEqual(quiz.questions[0], {
      id: 'item-1',
      type: 'multiple',
      prompt: 'Pick',
      choices: [
        { id: 'c1', text: 'One' },
        { id: 'c2', text: 'Two', feedback: 'Not two.' },
        { id: 'c3', text: 'Three' },
      ],
      answers: ['c1', 'c3'],
    });
  });

  it('warns of a match distractor and of partial credit, which Glossa cannot hold', () => {
    const body = `<qti-match-interaction response-identifier="RESPONSE" max-associations="2"><qti-prompt>Match</qti-prompt>
      <qti-simple-match-set><qti-simple-associable-choice identifier="L1" match-max="1">a</qti-simple-associable-choice><qti-simple-associable-choice identifier="L2" match-max="1">b</qti-simple-associable-choice></qti-simple-match-set>
      <qti-simple-match-set><qti-simple-associable-choice identifier="R1" match-max="1">A</qti-simple-associable-choice><qti-simple-associable-choice identifier="R2" match-max="1">B</qti-simple-associable-choice><qti-simple-associable-choice identifier="R3" match-max="1">C</qti-simple-associable-choice></qti-simple-match-set>
    </qti-match-interaction>`;
    const declaration = `<qti-response-declaration identifier="RESPONSE" cardinality="multiple" base-type="directedPair">
      <qti-correct-response><qti-value>L1 R1</qti-value><qti-value>L2 R2</qti-value></qti-correct-response>
      <qti-mapping default-value="0"><qti-map-entry map-key="L1 R1" mapped-value="0.5"/><qti-map-entry map-key="L2 R2" mapped-value="0.5"/></qti-mapping>
    </qti-response-declaration>`;
    const { quiz, warnings } = qtiFormat.read(item(body, declaration));
    assert.deepEqual(quiz.questions[0].pairs, [
      { left: 'a', right: 'A' },
      { left: 'b', right: 'B' },
    ]);
    const messages = warnings.map((warning) => warning.message).join('\n');
    assert.match(messages, /"C" matches nothing/);
    assert.match(messages, /qti-mapping/);
  });
});
