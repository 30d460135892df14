import { expect } from '@open-wc/testing';
import {
  escapeXml,
  holdsCharactersXmlCannot,
  replaceCharactersXmlCannotHold,
} from '../../src/shared/xml/escape-xml.js';
import { serializeXml } from '../../src/shared/xml/serialize-xml.js';
import { element } from '../../src/shared/xml/xml-node.js';

describe('XML writing (QTI, SCORM manifests, cmi5.xml)', () => {
  it('escapes markup in text, and quotes and whitespace in attribute values too', () => {
    expect(escapeXml('a < b & "c" > d\r', 'text')).to.equal('a &lt; b &amp; "c" &gt; d&#13;');
    expect(escapeXml('a < b & "c" > d\r\n\t', 'attribute')).to.equal(
      'a &lt; b &amp; &quot;c&quot; &gt; d&#13;&#10;&#9;',
    );
    expect(escapeXml('tab\tnew\nline😀', 'text')).to.equal('tab\tnew\nline😀');
  });

  it('replaces what XML 1.0 cannot hold, even as a reference, and keeps paired surrogates', () => {
    const unheld = 'a\u0000b\u0008c\u000bd\u000ce\u001bf\ufffeg\uffffh\ud800i\udc00j';
    expect(holdsCharactersXmlCannot(unheld)).to.equal(true);
    expect(replaceCharactersXmlCannotHold(unheld)).to.equal(
      'a\ufffdb\ufffdc\ufffdd\ufffde\ufffdf\ufffdg\ufffdh\ufffdi\ufffdj',
    );
    expect(escapeXml(unheld, 'text')).to.equal(replaceCharactersXmlCannotHold(unheld));
    for (const held of ['\t\n\r', ' ~\u00a0\ud7ff\ue000\ufffd', '😀']) {
      expect(holdsCharactersXmlCannot(held), JSON.stringify(held)).to.equal(false);
      expect(replaceCharactersXmlCannotHold(held)).to.equal(held);
    }
  });

  it('writes elements with their attributes in order, leaving out undefined ones, indented where there is no text', () => {
    const root = element('a', { x: '1', y: undefined, z: '<"' }, [
      element('b', {}, ['t & u']),
      element('c', { href: 'x.js' }),
      element('d', {}, ['mixed ', element('e', {}, ['content']), ' stays on one line']),
    ]);
    expect(serializeXml(root)).to.equal(
      [
        '<?xml version="1.0" encoding="UTF-8"?>',
        '<a x="1" z="&lt;&quot;">',
        '  <b>t &amp; u</b>',
        '  <c href="x.js"/>',
        '  <d>mixed <e>content</e> stays on one line</d>',
        '</a>',
        '',
      ].join('\n'),
    );
  });
});
