import { embeddedTag, readEmbedQuery } from './embed-query.js';
import type { GlossaLoader } from '../loader/index.js';
import { reportHeight } from './report-height.js';
import { observedAttributesOf } from '../shared/observed-attributes.js';

/**
 * The script of dist/embed.html, the page a locked-down CMS frames: it puts the widget its address asks
 * for in the page (glossa.js, beside it, loads the element), names the page after the article,
 * and, once the widget shows its article (or says why it cannot), tells the framing page its height
 * whenever it changes, for the resizer there: a frame that starts at its widget's measured height is
 * then never resized to the widget's loading state and back, which would move the page around it.
 */
const main = document.querySelector('main')!;
const tag = embeddedTag(location.search);
// glossa.js defines an element once its tag is in the page; the attributes it observes are needed before.
if (tag) await ((await import(new URL('./glossa.js', import.meta.url).href)) as GlossaLoader).load(tag);
const request = readEmbedQuery(location.search, (tag) => observedAttributesOf(tag) ?? []);

if (typeof request === 'string') {
  const message = document.createElement('p');
  message.textContent = request;
  main.append(message);
  reportHeight();
} else {
  const widget = document.createElement(request.tag);
  for (const [name, value] of request.attributes) widget.setAttribute(name, value);
  widget.addEventListener('glossa-ready', (event) => {
    const { article } = (event as CustomEvent<{ article: { title: string; lang: string } }>).detail;
    document.title = article.title;
    document.documentElement.lang = widget.getAttribute('lang') ?? article.lang;
  });
  const settled = new AbortController();
  const startReporting = () => {
    settled.abort();
    reportHeight();
  };
  widget.addEventListener('glossa-ready', startReporting, { signal: settled.signal });
  widget.addEventListener('glossa-error', startReporting, { signal: settled.signal });
  main.append(widget);
}
