/**
 * What is never annotated: links, headings, controls, code, scripts, existing terms, and editable
 * regions. Their text stays the page's own, untouched.
 */
export const SKIPPED =
  'a, h1, h2, h3, h4, h5, h6, button, code, pre, kbd, samp, script, style, textarea, input, select, option, label, ' +
  'summary, svg, math, noscript, template, glossa-term, [data-glossa-term], glossa-annotate, [contenteditable]:not([contenteditable="false"])';

/** Elements inside a line of text: a word can continue across them, so their edges are no word boundary. */
const PHRASING = new Set([
  'a',
  'abbr',
  'b',
  'bdi',
  'bdo',
  'cite',
  'code',
  'data',
  'del',
  'dfn',
  'em',
  'font',
  'i',
  'ins',
  'kbd',
  'label',
  'mark',
  'q',
  's',
  'samp',
  'small',
  'span',
  'strong',
  'sub',
  'sup',
  'time',
  'u',
  'var',
  'wbr',
  'glossa-term',
]);

/** A run of text in document order; `node` is set when the run may be annotated. */
export interface TextSegment {
  readonly text: string;
  readonly node: Text | null;
}

const BLOCK_EDGE: TextSegment = { text: '', node: null };

/** The next node after `walker.currentNode`'s subtree, or null at the end of the root. */
function nextAfterSubtree(walker: TreeWalker): Node | null {
  let next = walker.nextSibling();
  while (!next) {
    if (!walker.parentNode()) return null;
    next = walker.nextSibling();
  }
  return next;
}

/**
 * The text under `root` in document order, one pass: annotatable text nodes, the text of skipped
 * elements (as context only), and empty runs where a block starts, so matching knows the characters
 * on either side of each text node.
 */
export function textSegments(root: Element): TextSegment[] {
  const segments: TextSegment[] = [];
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_ELEMENT | NodeFilter.SHOW_TEXT);
  let node = walker.nextNode();
  while (node) {
    if (node.nodeType === Node.TEXT_NODE) {
      const text = (node as Text).data;
      if (text.length > 0) segments.push({ text, node: node as Text });
      node = walker.nextNode();
      continue;
    }
    const element = node as Element;
    const inline = PHRASING.has(element.localName);
    if (!inline) segments.push(BLOCK_EDGE);
    if (element.matches(SKIPPED)) {
      segments.push({ text: element.textContent ?? '', node: null });
      if (!inline) segments.push(BLOCK_EDGE);
      node = nextAfterSubtree(walker);
    } else {
      node = walker.nextNode();
    }
  }
  return segments;
}
