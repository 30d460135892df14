import { resizeFrame } from './resize-frame.js';

/**
 * The host page's resizer (dist/embed-resizer.js): one script tag beside any number of embedded widgets
 * fits each `<iframe data-glossa-embed>` to its content as the reader answers, opens and closes things.
 */
addEventListener('message', (event) => resizeFrame(event, document));
