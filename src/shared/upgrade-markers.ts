/**
 * The forms of a widget that sanitizers keep (README, "In a CMS"): an element with `data-glossa="quiz"`
 * and the widget's attributes as `data-glossa-*`, or a link to the article whose fragment names the
 * widget and its attributes, `article.json#glossa=quiz&layout=list`.
 */
import { observedAttributesOf } from './observed-attributes.js';

export const MARKERS = '[data-glossa],a[href*="#glossa="]';
const PREFIX = 'data-glossa-';
/** The marker's own attributes that the widget keeps: how the page finds, styles and reads it. */
const KEPT = ['id', 'class', 'lang', 'dir'];

export interface Marker {
  /** The widget's name without `glossa-`, or null when the marker names none. */
  readonly name: string | null;
  /** Each setting as written: `src` and the fragment's of a link, then the `data-glossa-*` attributes. */
  readonly settings: readonly (readonly [string, string])[];
}

/** What a marker asks for. A link is a marker only when its fragment has `glossa=`; its path is the `src`. */
export function readMarker(marker: Element): Marker {
  const settings: [string, string][] = [];
  let name = marker.getAttribute('data-glossa');
  const [path = '', fragment] = (marker.localName === 'a' && marker.getAttribute('href')?.split('#')) || [];
  const link = new URLSearchParams(fragment);
  if (link.has('glossa')) {
    name ??= link.get('glossa');
    link.delete('glossa');
    settings.push(['src', path], ...link);
  }
  for (const { name: attribute, value } of marker.attributes) {
    if (attribute.startsWith(PREFIX)) settings.push([attribute.slice(PREFIX.length), value]);
  }
  return { name, settings };
}

/**
 * Replaces a marker with its widget, whose light DOM takes the marker's children: the fallback text of
 * a card, the name of a term, the body an annotation wraps. A setting the widget has no attribute for
 * is left out with a warning, so a misspelt one is seen in the console. URLs are the widget's to check,
 * as any `src` is: one that fails `isSafeUrl` shows its error in the page.
 */
function upgrade(marker: Element): void {
  const { name, settings } = readMarker(marker);
  const tag = `glossa-${name}`;
  // Not defined: an unknown name, or a widget whose entry loads later and looks again when it defines it.
  const observed = observedAttributesOf(tag);
  if (!observed) return;
  const element = document.createElement(tag) as HTMLElement & { article?: unknown };
  for (const attribute of KEPT) {
    const value = marker.getAttribute(attribute);
    if (value !== null) element.setAttribute(attribute, value);
  }
  for (const [key, value] of settings) {
    if (key === 'article') element.article = value;
    else if (observed.includes(key)) element.setAttribute(key, value);
    else console.warn(`<${tag}> has no attribute "${key}": ${PREFIX}${key} is left out`);
  }
  element.append(...marker.childNodes);
  marker.replaceWith(element);
}

let observer: MutationObserver | undefined;

/**
 * Upgrades the page's markers of every defined widget, now and whenever content is added later, as
 * CMSs inject blocks after the page loads. While the page is parsed it waits for the end, so that no
 * marker is taken before its children are there.
 */
export function upgradeMarkers(): void {
  // A server renderer (`glossa render`) defines the elements with no page to look in.
  if (typeof document !== 'object') return;
  if (document.readyState === 'loading') return document.addEventListener('DOMContentLoaded', upgradeMarkers);
  document.querySelectorAll(MARKERS).forEach(upgrade);
  observer ??= new MutationObserver(upgradeMarkers);
  observer.observe(document, { childList: true, subtree: true });
}
