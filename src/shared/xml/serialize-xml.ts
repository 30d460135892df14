import { escapeXml } from './escape-xml.js';
import { isElement, type XmlElement, type XmlNode } from './xml-node.js';

const INDENT = '  ';

function openingTag(node: XmlElement): string {
  const attributes = Object.entries(node.attributes)
    .map(([name, value]) => ` ${name}="${escapeXml(value, 'attribute')}"`)
    .join('');
  return `<${node.name}${attributes}`;
}

/** Mixed content is written on one line: indenting it would add spaces to the text. */
function inline(node: XmlNode): string {
  if (!isElement(node)) return escapeXml(node, 'text');
  if (node.children.length === 0) return `${openingTag(node)}/>`;
  return `${openingTag(node)}>${node.children.map(inline).join('')}</${node.name}>`;
}

function indented(node: XmlElement, depth: number): string {
  const indent = INDENT.repeat(depth);
  const hasText = node.children.some((child) => !isElement(child));
  if (node.children.length === 0 || hasText) return indent + inline(node);
  const children = node.children.filter(isElement).map((child) => indented(child, depth + 1));
  return `${indent}${openingTag(node)}>\n${children.join('\n')}\n${indent}</${node.name}>`;
}

/** A document of `root`, every name and text written through `escapeXml`, indented where no text is. */
export function serializeXml(root: XmlElement): string {
  return `<?xml version="1.0" encoding="UTF-8"?>\n${indented(root, 0)}\n`;
}
