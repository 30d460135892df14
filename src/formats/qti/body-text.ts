import { isElement, type XmlElement, type XmlNode } from '../../shared/xml/xml-node.js';

/** HTML elements that end a line of text where they open and close. */
const BLOCKS = new Set([
  'address',
  'article',
  'aside',
  'blockquote',
  'dd',
  'div',
  'dl',
  'dt',
  'figcaption',
  'figure',
  'footer',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'header',
  'hr',
  'li',
  'ol',
  'p',
  'pre',
  'section',
  'table',
  'tr',
  'ul',
  'qti-prompt',
  'qti-content-body',
  'qti-feedback-block',
  'qti-rubric-block',
  'qti-choice-interaction',
  'qti-order-interaction',
  'qti-match-interaction',
]);

/** What is never text to read: code, styles, and the parts of an item that hold no wording. */
const SILENT = new Set(['script', 'style', 'template', 'qti-stylesheet', 'qti-catalog-info', 'object', 'math']);

/**
 * Marks where a block opens or closes, so that blocks become paragraphs (a blank line) however they
 * nest, while the line ends of `<br>` stay as many as written. XML text cannot hold U+0000.
 */
const BLOCK_EDGE = '\u0000';
// eslint-disable-next-line no-control-regex -- the mark is a control character, which no text holds
const BLOCK_EDGES = /[ \u0000]*\u0000[ \u0000]*/g;

export interface BodyText {
  readonly text: string;
  /** Elements whose content could not become text (images, media, maths), by name. */
  readonly dropped: readonly string[];
}

/**
 * The plain text of some item body content, as a reader sees it: whitespace collapsed as HTML does,
 * `<br>` and block elements as line ends, `<img>` by its `alt`. Never kept as HTML; what has no text
 * form is named in `dropped`. `replace` stands an element in for text (a blank for a text entry) or
 * leaves it out (`''`), such as feedback inside a choice.
 */
export function bodyText(
  nodes: readonly XmlNode[],
  replace: (node: XmlElement) => string | undefined = () => undefined,
): BodyText {
  const dropped: string[] = [];
  // Line ends are kept as \n; every other run of whitespace is one space, as in HTML.
  const walk = (node: XmlNode): string => {
    if (!isElement(node)) return node.replace(/[ \t\r\n]+/g, ' ');
    const replacement = replace(node);
    if (replacement !== undefined) return replacement;
    if (node.name === 'br') return '\n';
    if (node.name === 'img') {
      dropped.push('img');
      return node.attributes['alt'] ?? '';
    }
    if (SILENT.has(node.name)) {
      dropped.push(node.name);
      return '';
    }
    const inner = node.children.map(walk).join('');
    return BLOCKS.has(node.name) ? `${BLOCK_EDGE}${inner}${BLOCK_EDGE}` : inner;
  };
  const text = nodes
    .map(walk)
    .join('')
    .replace(BLOCK_EDGES, '\n\n')
    .split('\n')
    .map((line) => line.replace(/^ +| +$/g, ''))
    .join('\n')
    .replace(/^\n+|\n+$/g, '');
  return { text, dropped };
}
