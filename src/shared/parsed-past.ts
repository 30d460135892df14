/**
 * An element defined while the HTML parser is still reading the page (by a loader included with
 * `async`, which runs as soon as it arrives) upgrades as soon as it is parsed, maybe before its
 * children are: its inline article may not be there yet.
 */

/**
 * Whether the parser has read past the end of `element`: the page is parsed, the element was not put
 * there by the parser's reading of the document, or something already follows it in the document.
 */
export function parsedPast(element: Element): boolean {
  if (document.readyState !== 'loading' || element.getRootNode() !== document) return true;
  for (let node: Node | null = element; node; node = node.parentNode) if (node.nextSibling) return true;
  return false;
}
