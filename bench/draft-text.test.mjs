import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { longArticleText, wordCount } from './draft-text.mjs';

describe('longArticleText', () => {
  const seed = ['One two three.', 'Four five.'];
  const science = ['Six seven eight nine.'];

  it('deals real paragraphs from each article under a title until it has the words asked for', () => {
    const text = longArticleText([seed, science], { words: 20, title: 'Title' });
    const [title, ...blocks] = text.split('\n\n');
    assert.equal(title, 'Title');
    assert.ok(blocks.every((block) => [...seed, ...science].includes(block)));
    const words = wordCount(blocks.join(' '));
    assert.ok(words >= 20 && words < 20 + 4, `${words} words`);
    assert.deepEqual(blocks.slice(0, 5), [
      'One two three.',
      'Six seven eight nine.',
      'Four five.',
      'Four five.',
      'Six seven eight nine.',
    ]);
  });

  it('gives the same text for the same paragraphs', () => {
    assert.equal(longArticleText([seed, science], { words: 500 }), longArticleText([seed, science], { words: 500 }));
  });

  it('refuses lists without a word, rather than never ending', () => {
    assert.throws(() => longArticleText([[], ['  ']], { words: 10 }), /at least one paragraph/);
  });
});

describe('wordCount', () => {
  it('counts runs between spaces, no-break ones included, that hold a letter or a digit', () => {
    assert.equal(wordCount(' Juice, pour «\u00a0JUpiter ICy moons Explorer\u00a0» – 2023\n'), 7);
  });
});
