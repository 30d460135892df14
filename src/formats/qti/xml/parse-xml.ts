import { SaxesParser, type SaxesTagNS } from 'saxes';
import { FormatSyntaxError } from '../../types.js';
import type { XmlElement, XmlNode, XmlPosition } from './xml-node.js';

interface OpenElement {
  readonly name: string;
  readonly namespace: string;
  readonly attributes: Record<string, string>;
  readonly children: XmlNode[];
  readonly at: XmlPosition;
}

/** saxes prefixes its messages with the position, which `FormatSyntaxError` says in its own words. */
function withoutPosition(message: string): string {
  return message.replace(/^(?:[^:]*:)?\d+:\d+: /, '').replace(/\.$/, '');
}

/**
 * Reads `text` as namespaced XML into a tree of elements that know where they start. Strict XML
 * (saxes, which jsdom uses too): the first fault, such as an unclosed tag or an undefined entity, throws
 * a `FormatSyntaxError` at its line and column. Comments and processing instructions are dropped;
 * CDATA is text. `file` names the file in the messages, for a file of a package.
 */
export function parseXml(text: string, file?: string): XmlElement {
  const parser = new SaxesParser({ xmlns: true, position: true });
  const stack: OpenElement[] = [];
  let root: XmlElement | undefined;
  let start: XmlPosition = { line: 1, column: 1 };
  const addText = (value: string) => stack.at(-1)?.children.push(value);

  parser.on('opentagstart', (tag) => {
    // saxes reports the tag once past its name and the character after it: step back to its "<".
    start = { line: parser.line, column: Math.max(1, parser.column - tag.name.length - 1) };
  });
  parser.on('opentag', (tag: SaxesTagNS) => {
    const attributes = Object.fromEntries(
      Object.values(tag.attributes)
        .filter((attribute) => attribute.prefix !== 'xmlns' && attribute.name !== 'xmlns')
        .map((attribute) => [attribute.name, attribute.value]),
    );
    const open = { name: tag.local, namespace: tag.uri, attributes, children: [], at: start };
    stack.at(-1)?.children.push(open);
    stack.push(open);
  });
  parser.on('closetag', () => {
    const closed = stack.pop();
    if (stack.length === 0) root = closed;
  });
  parser.on('text', addText);
  parser.on('cdata', addText);
  parser.on('error', (error) => {
    const message = withoutPosition(error.message);
    throw new FormatSyntaxError(
      file === undefined ? message : `${file}: ${message}`,
      parser.line,
      Math.max(1, parser.column),
    );
  });
  parser.write(text.replace(/^\uFEFF/, '')).close();
  if (!root) throw new FormatSyntaxError(`${file === undefined ? '' : `${file}: `}the file holds no XML element`, 1, 1);
  return root;
}
