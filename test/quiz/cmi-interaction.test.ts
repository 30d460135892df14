import { expect } from '@open-wc/testing';
import type { Question } from '../../src/model/types.js';
import { responseParts } from '../../src/quiz/cmi-interaction.js';
import { validMinimal } from '../fixtures/minimal-article.js';

const question = (id: string): Question => validMinimal().quiz!.questions.find((each) => each.id === id)!;

describe('the parts of a response, which SCORM and xAPI each write in their syntax', () => {
  it('names the chosen choices by id and place in the list, in the order given', () => {
    expect(responseParts(question('q1'), 'b')).to.deep.equal({ kind: 'items', items: [{ id: 'b', index: 1 }] });
    expect(responseParts(question('q2'), ['c', 'a'])).to.deep.equal({
      kind: 'items',
      items: [
        { id: 'c', index: 2 },
        { id: 'a', index: 0 },
      ],
    });
  });

  it('places a choice the question does not have nowhere in its list', () => {
    expect(responseParts(question('q2'), ['z'])).to.deep.equal({ kind: 'items', items: [{ id: 'z', index: -1 }] });
  });

  it('names the items of an order question as given, each with its place in the right order', () => {
    expect(responseParts(question('q5'), ['repairs', 'vote'])).to.deep.equal({
      kind: 'items',
      items: [
        { id: 'repairs', index: 1 },
        { id: 'vote', index: 0 },
      ],
    });
  });

  it('keeps a truth value and the text typed as they are', () => {
    expect(responseParts(question('q3'), false)).to.deep.equal({ kind: 'truth', value: false });
    expect(responseParts(question('q4'), ' Two ')).to.deep.equal({ kind: 'text', text: ' Two ' });
  });

  it('pairs each left-hand text with the place of the right-hand text matched to it, leaving out the unmatched', () => {
    expect(responseParts(question('q6'), ['Voted', 'Mayor'])).to.deep.equal({
      kind: 'pairs',
      pairs: [
        { left: 0, right: 1 },
        { left: 1, right: 0 },
      ],
    });
    expect(responseParts(question('q6'), ['', 'Voted'])).to.deep.equal({
      kind: 'pairs',
      pairs: [{ left: 1, right: 1 }],
    });
  });
});
