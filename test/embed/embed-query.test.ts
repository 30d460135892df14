import { expect } from '@open-wc/testing';
import { embedHeightMessage, isEmbedHeightMessage } from '../../src/embed/embed-message.js';
import { readEmbedQuery } from '../../src/embed/embed-query.js';

const QUIZ_ATTRIBUTES = ['src', 'for', 'theme', 'lang', 'layout', 'feedback', 'xapi-endpoint'];
const observed = (tag: string) => (tag === 'glossa-quiz' ? QUIZ_ATTRIBUTES : ['src', 'theme']);

describe('readEmbedQuery', () => {
  it('gives the tag and the documented attributes, in the order of the address', () => {
    expect(readEmbedQuery('?layout=list&src=a.json&theme=dark', observed)).to.deep.equal({
      tag: 'glossa-quiz',
      attributes: [
        ['layout', 'list'],
        ['src', 'a.json'],
        ['theme', 'dark'],
      ],
    });
    expect(readEmbedQuery('?widget=timeline&src=a.json&layout=list', observed)).to.deep.equal({
      tag: 'glossa-timeline',
      attributes: [['src', 'a.json']],
    });
  });

  it('sets no handler, style, provider or learning record store', () => {
    const request = readEmbedQuery('?src=a.json&onclick=x&style=x&for=a&xapi-endpoint=https://lrs.example', observed);
    expect(request).to.deep.equal({ tag: 'glossa-quiz', attributes: [['src', 'a.json']] });
    const everyQuizAttribute = () => [...QUIZ_ATTRIBUTES, 'xapi-activity-base', 'widget'];
    expect(
      readEmbedQuery('?src=a.json&xapi-activity-base=https://x.example&for=a&widget=quiz', everyQuizAttribute),
    ).to.deep.equal({ tag: 'glossa-quiz', attributes: [['src', 'a.json']] });
  });

  it('says why an address cannot work', () => {
    expect(readEmbedQuery('?widget=script&src=a.json', observed)).to.equal(
      'This embed shows quiz, explainer, timeline, whos-who, article, not "script".',
    );
    expect(readEmbedQuery('?src=a.json', observed), 'the quiz when no widget is named').to.have.property(
      'tag',
      'glossa-quiz',
    );
    expect(readEmbedQuery('?widget=quiz', observed)).to.match(/needs the address of an article/);
    expect(readEmbedQuery('?widget=quiz&src=', observed)).to.match(/needs the address of an article/);
  });
});

describe('isEmbedHeightMessage', () => {
  it('takes a height in range only', () => {
    expect(isEmbedHeightMessage({ glossa: 'embed-height', height: 480 })).to.equal(true);
    expect(isEmbedHeightMessage({ glossa: 'embed-height', height: 0 })).to.equal(true);
    expect(isEmbedHeightMessage({ glossa: 'embed-height', height: 100_000 })).to.equal(true);
    for (const height of [-1, 100_001, Number.NaN, Number.POSITIVE_INFINITY, '480'])
      expect(isEmbedHeightMessage({ glossa: 'embed-height', height }), String(height)).to.equal(false);
    for (const data of [null, undefined, 'embed-height', { glossa: 'other', height: 1 }, { height: 1 }])
      expect(isEmbedHeightMessage(data), JSON.stringify(data)).to.equal(false);
    const notAnObject = Object.assign(() => undefined, { glossa: 'embed-height', height: 1 });
    expect(isEmbedHeightMessage(notAnObject), 'a function with the fields').to.equal(false);
  });

  it('is made with the height rounded up to a whole pixel, so the frame never cuts a fraction off', () => {
    expect(embedHeightMessage(479.2)).to.deep.equal({ glossa: 'embed-height', height: 480 });
    expect(isEmbedHeightMessage(embedHeightMessage(479.2))).to.equal(true);
  });
});
