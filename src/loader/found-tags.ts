import { MARKERS, readMarker } from '../shared/upgrade-markers.js';

/**
 * The tags of Glossa's elements that `root` holds, as themselves or as the sanitizer-safe markers that
 * become them (`data-glossa="quiz"`, a `#glossa=quiz` link), counting `root` itself when it is an element.
 */
export function foundTags(root: ParentNode, tags: Iterable<string>): Set<string> {
  const selector = [...tags, MARKERS].join(',');
  const found = new Set<string>();
  const elements = root.querySelectorAll(selector);
  for (const element of root instanceof Element && root.matches(selector) ? [root, ...elements] : elements) {
    found.add(element.localName.startsWith('glossa-') ? element.localName : `glossa-${readMarker(element).name}`);
  }
  return found;
}
