import { expect } from '@open-wc/testing';
import { escapeHtml } from '../../src/shared/escape-html.js';

describe('escapeHtml', () => {
  it('writes the characters that could end text or a quoted attribute as references, every one of them', () => {
    expect(escapeHtml('a & b < c > d "e" & <f>')).to.equal('a &amp; b &lt; c &gt; d &quot;e&quot; &amp; &lt;f&gt;');
    expect(escapeHtml("it's fine: 'single' quotes, é, 😀")).to.equal("it's fine: 'single' quotes, é, 😀");
  });

  it('reads back as written through the HTML parser, in an attribute and as text', () => {
    const hostile = '"><script>alert(1)</script> & &amp; <!-- -->';
    const page = new DOMParser().parseFromString(
      `<p title="${escapeHtml(hostile)}">${escapeHtml(hostile)}</p>`,
      'text/html',
    );
    const paragraph = page.querySelector('p')!;
    expect(paragraph.title).to.equal(hostile);
    expect(paragraph.textContent).to.equal(hostile);
    expect(page.querySelector('script')).to.equal(null);
  });
});
