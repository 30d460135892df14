import { element, type XmlNode } from '../../shared/xml/xml-node.js';

/** A model text as item body content: its line ends as `<br/>`, which HTML's whitespace rules keep. */
export function writtenText(text: string): XmlNode[] {
  return text.split(/\r\n|\r|\n/).flatMap((line, index) => (index === 0 ? [line] : [element('br'), line]));
}
