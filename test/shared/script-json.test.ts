import { expect } from '@open-wc/testing';
import { scriptJson } from '../../src/shared/script-json.js';

describe('JSON for an inline script element', () => {
  const tricky = { text: '</script><!-- \u202e\u200b\u2028\u0085 end', list: [1, 2] };

  it('holds nothing that could close the script or hide in an editor, and reads back the same', () => {
    const json = scriptJson(tricky);
    expect(json).not.to.match(/[<\u202e\u200b\u2028\u0085]/u);
    expect(json).to.include('\\u003c/script>');
    expect(JSON.parse(json)).to.deep.equal(tricky);
  });

  it('keeps the layout’s own newlines when indented', () => {
    const json = scriptJson(tricky, 2);
    expect(json.split('\n')).to.have.length(7);
    expect(JSON.parse(json)).to.deep.equal(tricky);
  });

  it('parses back in a script element of the page', () => {
    const script = document.createElement('script');
    script.type = 'application/json';
    script.textContent = scriptJson(tricky);
    document.body.append(script);
    expect(JSON.parse(document.querySelector('script[type="application/json"]')!.textContent)).to.deep.equal(tricky);
    script.remove();
  });
});
