import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { FormatSyntaxError } from '../../types.js';
import type { XmlElement, XmlNode, XmlPosition } from '../../../shared/xml/xml-node.js';

/** fast-xml-parser's ordered form: one key naming the element (or `#text`), its attributes under `:@`. */
type OrderedNode = Record<string | symbol, unknown>;

const ATTRIBUTES = ':@';
const TEXT = '#text';
const CDATA = '#cdata';

/** Text kept as written (no trimming, no numbers), entities and character references decoded. */
const parser = new XMLParser({
  preserveOrder: true,
  captureMetaData: true,
  ignoreAttributes: false,
  attributeNamePrefix: '',
  parseTagValue: false,
  parseAttributeValue: false,
  trimValues: false,
  cdataPropName: CDATA,
  commentPropName: false,
  processEntities: true,
  htmlEntities: true,
  ignoreDeclaration: true,
  ignorePiTags: true,
});
// Typed as the `Symbol` wrapper, which cannot index; it is a symbol.
const META = XMLParser.getMetaDataSymbol() as unknown as symbol;

/** The 1-based line and column of `index` in `text`. */
function positionOf(text: string, index: number): XmlPosition {
  const before = text.slice(0, index).split(/\r\n|\r|\n/);
  return { line: before.length, column: (before.at(-1)?.length ?? 0) + 1 };
}

function nameOf(node: OrderedNode): string {
  return Object.keys(node).find((key) => key !== ATTRIBUTES) ?? TEXT;
}

/** The text of a text node: a string, as the parser is told not to read numbers or booleans. */
function textOf(node: OrderedNode): string {
  const value = node[TEXT];
  return typeof value === 'string' ? value : '';
}

/** Namespace prefixes in scope: `''` for the default namespace. */
type Scope = ReadonlyMap<string, string>;

function scopeWith(scope: Scope, attributes: Readonly<Record<string, string>>): Scope {
  const declared = Object.entries(attributes).filter(([name]) => name === 'xmlns' || name.startsWith('xmlns:'));
  if (declared.length === 0) return scope;
  return new Map([...scope, ...declared.map(([name, uri]) => [name === 'xmlns' ? '' : name.slice(6), uri] as const)]);
}

function toElement(node: OrderedNode, scope: Scope, text: string): XmlElement {
  const qualified = nameOf(node);
  const written = (node[ATTRIBUTES] ?? {}) as Record<string, string>;
  const inScope = scopeWith(scope, written);
  const [prefix, local] = qualified.includes(':') ? qualified.split(':', 2) : ['', qualified];
  const attributes = Object.fromEntries(
    Object.entries(written).filter(([name]) => name !== 'xmlns' && !name.startsWith('xmlns:')),
  );
  const startIndex = (node[META] as { startIndex?: number } | undefined)?.startIndex ?? 0;
  const children = ((node[qualified] ?? []) as OrderedNode[]).flatMap((child): XmlNode[] => {
    const name = nameOf(child);
    if (name === TEXT) return [textOf(child)];
    if (name === CDATA) return ((child[CDATA] ?? []) as OrderedNode[]).map(textOf);
    return [toElement(child, inScope, text)];
  });
  return {
    name: local ?? qualified,
    namespace: inScope.get(prefix ?? ''),
    attributes,
    children,
    at: positionOf(text, startIndex),
  };
}

/**
 * Reads `text` as XML into a tree of elements that know their namespace and where they start.
 * fast-xml-parser's validator finds the first fault (an unclosed or mismatched tag, a repeated
 * attribute) and throws it as a `FormatSyntaxError` at its line and column. HTML's named entities are
 * read as HTML reads them, for files written by hand; comments and processing instructions are dropped,
 * CDATA is text. `file` names the file in the messages, for a file of a package.
 */
export function parseXml(text: string, file?: string): XmlElement {
  const where = (message: string) => (file === undefined ? message : `${file}: ${message}`);
  const source = text.replace(/^\uFEFF/, '');
  const valid = XMLValidator.validate(source);
  if (valid !== true)
    throw new FormatSyntaxError(where(valid.err.msg.replace(/\.$/, '')), valid.err.line || 1, valid.err.col || 1);
  const root = (parser.parse(source) as OrderedNode[]).find((node) => ![TEXT, CDATA].includes(nameOf(node)));
  if (!root) throw new FormatSyntaxError(where('the file holds no XML element'), 1, 1);
  return toElement(root, new Map([['xml', 'http://www.w3.org/XML/1998/namespace']]), source);
}
