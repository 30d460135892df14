import { expect } from '@open-wc/testing';
import { escapeXml, xmlDocument, xmlElement } from '../../src/lms/xml.js';

describe('XML writing', () => {
  it('escapes markup in text and attribute values', () => {
    expect(escapeXml('a < b & "c" > d')).to.equal('a &lt; b &amp; &quot;c&quot; &gt; d');
  });

  it('replaces what XML 1.0 cannot hold, even as a reference', () => {
    expect(escapeXml('a\u0000b\u001bc\ufffed\ud800')).to.equal('a\ufffdb\ufffdc\ufffdd\ufffd');
    expect(escapeXml('tab\tnew\nline\r😀')).to.equal('tab\tnew\nline\r😀');
  });

  it('writes elements with their attributes in order, leaving out undefined ones', () => {
    const root = xmlElement('a', { x: '1', y: undefined, z: '<' }, [
      xmlElement('b', {}, ['t & u']),
      xmlElement('c', { href: 'x.js' }),
    ]);
    expect(xmlDocument(root)).to.equal(
      '<?xml version="1.0" encoding="UTF-8"?>\n<a x="1" z="&lt;">\n  <b>t &amp; u</b>\n  <c href="x.js"/>\n</a>\n',
    );
  });
});
