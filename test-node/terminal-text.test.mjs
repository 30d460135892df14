import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { forTerminal, replaceControlCharacters } from '../bin/terminal-text.mjs';

describe('forTerminal', () => {
  it('shows the sequences that steer a terminal as escapes', () => {
    assert.equal(forTerminal('\u001b[2J\u001b]0;pwned\u0007'), '\\x1b[2J\\x1b]0;pwned\\x07');
    assert.equal(forTerminal('bad\rfile.json: OK\n'), 'bad\\rfile.json: OK\\n');
    assert.equal(forTerminal('\u009b2J\u0085\u007f\u0000\t'), '\\x9b2J\\x85\\x7f\\x00\\t');
  });

  it('shows characters that reorder or hide text as escapes', () => {
    assert.equal(forTerminal('abc\u202Efdp.exe'), 'abc\\u202efdp.exe');
    assert.equal(
      forTerminal('\u2066\u200B\u200D\uFEFF\u00AD\u2028\u2029'),
      '\\u2066\\u200b\\u200d\\ufeff\\xad\\u2028\\u2029',
    );
    assert.equal(forTerminal('tag\u{E0041}\u{E007F}'), 'tag\\u{e0041}\\u{e007f}');
    assert.equal(forTerminal('lone \uD800 surrogate'), 'lone \\ud800 surrogate');
  });

  it('leaves readable text as it is', () => {
    const text =
      'kazakhstan-2022.json: quiz.questions[1].answer: must be "a" — Қазақстан, 東京, مرحبا, 👍, C:\\articles';
    assert.equal(forTerminal(text), text);
  });
});

describe('replaceControlCharacters', () => {
  it('hands each control character, astral ones whole, to the replacement', () => {
    const seen = [];
    assert.equal(
      replaceControlCharacters('a\u001bb\u{E0041}c', (character) => (seen.push(character), '_')),
      'a_b_c',
    );
    assert.deepEqual(seen, ['\u001b', '\u{E0041}']);
  });
});
