import { expect } from '@open-wc/testing';
import { splitSentences } from '../../src/draft/sentences.js';

const texts = (text: string, lang = 'en') => splitSentences(text, lang).map((sentence) => sentence.text);

describe('splitSentences', () => {
  it('splits at full stops, question and exclamation marks', () => {
    expect(texts('It rained. Did it? Yes! Then it stopped.')).to.deep.equal([
      'It rained.',
      'Did it?',
      'Yes!',
      'Then it stopped.',
    ]);
  });

  it('does not split after a title, an abbreviated month or a saint', () => {
    expect(texts('Dr. Smith met Mr. Jones on Jan. 5 in St. Louis. They talked.')).to.deep.equal([
      'Dr. Smith met Mr. Jones on Jan. 5 in St. Louis.',
      'They talked.',
    ]);
  });

  it('does not split after initials', () => {
    expect(texts('J. R. R. Tolkien wrote it. Readers loved it.')).to.deep.equal([
      'J. R. R. Tolkien wrote it.',
      'Readers loved it.',
    ]);
  });

  it('keeps an acronym in mid-sentence, and a break after one before a new sentence', () => {
    expect(texts('The U.S. Army came. It left the U.S. He stayed.')).to.deep.equal([
      'The U.S. Army came.',
      'It left the U.S.',
      'He stayed.',
    ]);
  });

  it('keeps decimals and closing quotes with their sentence', () => {
    expect(texts('“It cost $1.6 billion,” he said. “It is done.” She left.')).to.deep.equal([
      '“It cost $1.6 billion,” he said.',
      '“It is done.”',
      'She left.',
    ]);
  });

  it('keeps "No." before a number, and ends a sentence at "no." elsewhere', () => {
    expect(texts('He lives at No. 5 now. She said no. Then she left.')).to.deep.equal([
      'He lives at No. 5 now.',
      'She said no.',
      'Then she left.',
    ]);
  });

  it('keeps a German ordinal and "z. B." inside the sentence', () => {
    expect(texts('Er kam am 3. Januar 2022 an. Das ist z. B. gut.', 'de')).to.deep.equal([
      'Er kam am 3. Januar 2022 an.',
      'Das ist z. B. gut.',
    ]);
  });

  it('gives where each sentence is, so that its text is exactly that slice of the paragraph', () => {
    const text = '  First one.   Second one.  ';
    for (const sentence of splitSentences(text, 'en')) {
      expect(text.slice(sentence.start, sentence.end)).to.equal(sentence.text);
    }
    expect(splitSentences(text, 'en').map((sentence) => sentence.start)).to.deep.equal([2, 15]);
  });
});
