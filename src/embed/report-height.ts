import { embedHeightMessage } from './embed-message.js';

/**
 * Tells the page that frames this one its height, now and whenever it changes, for the resizer there
 * (resizer.ts). Height is no secret, so any framing page may hear it; only the resizer's checks decide
 * what it changes. Does nothing in a page that is not framed.
 */
export function reportHeight(): void {
  if (parent === window) return;
  new ResizeObserver(() => {
    parent.postMessage(embedHeightMessage(document.documentElement.getBoundingClientRect().height), '*');
  }).observe(document.documentElement);
}
