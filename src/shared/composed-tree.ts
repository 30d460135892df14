/**
 * Duck-typed rather than `instanceof Element`: a server renderer (`@lit-labs/ssr`) gives elements
 * that have attributes but neither `nodeType` nor an `Element` global.
 */
const isElement = (node: Node): node is Element => typeof (node as Partial<Element>).getAttribute === 'function';

const DOCUMENT_FRAGMENT_NODE = 11;

/** The nearest ancestor of `node` (or `node` itself) matching `test`, crossing shadow roots outwards. */
export function closestComposed(node: Node, test: (element: Element) => boolean): Element | null {
  let current: Node | null = node;
  while (current) {
    if (isElement(current) && test(current)) return current;
    current =
      current.parentNode ??
      (current.nodeType === DOCUMENT_FRAGMENT_NODE ? ((current as ShadowRoot).host ?? null) : null);
  }
  return null;
}
