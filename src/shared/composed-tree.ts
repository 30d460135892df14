/** The nearest ancestor of `node` (or `node` itself) matching `test`, crossing shadow roots outwards. */
export function closestComposed(node: Node, test: (element: Element) => boolean): Element | null {
  let current: Node | null = node;
  while (current) {
    if (current instanceof Element && test(current)) return current;
    current = current.parentNode ?? (current instanceof ShadowRoot ? current.host : null);
  }
  return null;
}
