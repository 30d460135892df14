/** An XML element: its name, its attributes in order, and its children (elements or text). */
export interface XmlElement {
  readonly name: string;
  readonly attributes: readonly (readonly [name: string, value: string])[];
  readonly children: readonly (XmlElement | string)[];
}

/** An element; `attributes` with an undefined value are left out. */
export function xmlElement(
  name: string,
  attributes: Readonly<Record<string, string | undefined>> = {},
  children: readonly (XmlElement | string)[] = [],
): XmlElement {
  const given = Object.entries(attributes).filter((entry): entry is [string, string] => entry[1] !== undefined);
  return { name, attributes: given, children };
}

/** Characters XML 1.0 cannot hold, even as references: they become U+FFFD. */
const NOT_XML = /[^\t\n\r\u0020-\ud7ff\ue000-\ufffd\u{10000}-\u{10ffff}]/gu;

const ESCAPES: Readonly<Record<string, string>> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' };

/** Text or an attribute value as XML: the one place markup characters are escaped. */
export const escapeXml = (text: string): string =>
  text.replace(NOT_XML, '\ufffd').replace(/[&<>"]/g, (character) => ESCAPES[character]!);

function serialize(element: XmlElement, depth: number): string {
  const indent = '  '.repeat(depth);
  const attributes = element.attributes.map(([name, value]) => ` ${name}="${escapeXml(value)}"`).join('');
  const open = `${indent}<${element.name}${attributes}`;
  if (!element.children.length) return `${open}/>`;
  if (element.children.every((child) => typeof child === 'string'))
    return `${open}>${element.children.map((child) => escapeXml(child)).join('')}</${element.name}>`;
  const children = element.children.map((child) =>
    typeof child === 'string' ? `${indent}  ${escapeXml(child)}` : serialize(child, depth + 1),
  );
  return `${open}>\n${children.join('\n')}\n${indent}</${element.name}>`;
}

/** A whole document in UTF-8, with its declaration. */
export const xmlDocument = (root: XmlElement): string =>
  `<?xml version="1.0" encoding="UTF-8"?>\n${serialize(root, 0)}\n`;
