import { termLookStyles } from '../term/term.styles.js';

/** The attribute that makes a span of the body a term; its value is the entity's id. */
export const MARK_ATTRIBUTE = 'data-glossa-term';

/**
 * The terms are the page's own spans, out of reach of the element's shadow styles, so their look goes
 * to the page: once per document or shadow root, at zero specificity so that any page rule wins. The
 * focus ring's colours are the element's tokens, which the spans inherit.
 */
const markStyles = termLookStyles(`:where([${MARK_ATTRIBUTE}])`);

export function adoptMarkStyles(root: Node): void {
  const sheet = markStyles.styleSheet;
  if (!sheet || !(root instanceof Document || root instanceof ShadowRoot) || root.adoptedStyleSheets.includes(sheet))
    return;
  root.adoptedStyleSheets = [...root.adoptedStyleSheets, sheet];
}
