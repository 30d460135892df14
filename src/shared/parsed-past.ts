/**
 * An element defined while the HTML parser is still reading the page (by a loader included with
 * `async`, which runs as soon as it arrives) upgrades as soon as it is parsed, maybe before its
 * children are: its inline article may not be there yet.
 */

/** The elements waiting for the parser to read past them, each with what to call then. */
const waiting = new Map<Element, () => void>();
let observer: MutationObserver | undefined;

/**
 * Whether the parser has read past the end of `element`: the page is parsed, the element was not put
 * there by the parser's reading of the document, or something already follows it in the document.
 */
export function parsedPast(element: Element): boolean {
  if (document.readyState !== 'loading' || element.getRootNode() !== document) return true;
  for (let node: Node | null = element; node; node = node.parentNode) if (node.nextSibling) return true;
  return false;
}

function stop(): void {
  observer?.disconnect();
  observer = undefined;
  document.removeEventListener('DOMContentLoaded', check);
}

function check(): void {
  for (const [element, done] of waiting) {
    if (!parsedPast(element)) continue;
    waiting.delete(element);
    done();
  }
  if (waiting.size === 0) stop();
}

/**
 * Calls `done` once the parser has read past `element` (see `parsedPast`). One observer of the
 * document serves every element waiting, and only while one does. Returns the function that stops
 * waiting.
 */
export function whenParsedPast(element: Element, done: () => void): () => void {
  waiting.set(element, done);
  if (!observer) {
    observer = new MutationObserver(check);
    observer.observe(document, { childList: true, subtree: true });
    document.addEventListener('DOMContentLoaded', check);
  }
  return () => {
    waiting.delete(element);
    if (waiting.size === 0) stop();
  };
}
