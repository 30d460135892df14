import { expect } from '@open-wc/testing';
import { parseArticle } from '../../src/model/index.js';

describe('the README', () => {
  it('shows an article that is valid', async () => {
    const readme = await (await fetch('/README.md')).text();
    const example = /```json\n([\s\S]*?)\n```/.exec(readme)?.[1];
    expect(example, 'no json example in the README').to.be.a('string');
    const result = parseArticle(example!);
    expect(result.ok ? [] : result.issues).to.deep.equal([]);
  });
});
