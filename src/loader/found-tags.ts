import { MARKERS, readMarker } from '../shared/upgrade-markers.js';

/**
 * The tags of Glossa's elements that `roots` hold, as themselves or as the sanitizer-safe markers that
 * become them (`data-glossa="quiz"`, a `#glossa=quiz` link), counting each root itself when it is an element.
 */
export function foundTags(roots: Iterable<ParentNode>, tags: Iterable<string>): Set<string> {
  const selector = [...tags, MARKERS].join(',');
  const found = new Set<string>();
  const add = (element: Element) =>
    found.add(element.localName.startsWith('glossa-') ? element.localName : `glossa-${readMarker(element).name}`);
  for (const root of roots) {
    if (root instanceof Element && root.matches(selector)) add(root);
    // Most elements a page adds at once are leaves (the terms of an annotated body): nothing to query in them.
    if (root.firstElementChild) root.querySelectorAll(selector).forEach(add);
  }
  return found;
}
