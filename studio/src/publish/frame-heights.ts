import { SNIPPET_WIDGETS, type SnippetWidget } from './embed-snippet.js';

/** The column width frames are measured at: a usual article column; at others the resizer fits the frame once. */
export const MEASURED_COLUMN_WIDTH = 640;

/** dist/embed.html's `<main>` padding around its widget, which narrows it too (widgets lay out by their width). */
const EMBED_PAGE_PADDING = 2;

type Widget = HTMLElement & { article: unknown; updateComplete: Promise<unknown> };

/** Resolves once the browser has laid out and is about to paint what the widgets rendered. */
const nextFrame = () => new Promise((resolve) => requestAnimationFrame(resolve));

/**
 * The height each snippet widget's embed page will have, measured by rendering the widgets with the
 * article, out of sight, at MEASURED_COLUMN_WIDTH: a frame that starts at that height does not move
 * the host page when its widget shows, where a guessed height makes the page jump once. The stage is
 * styled as dist/embed.html styles its page (no font of its own, a 2 px inset), which the widgets inherit.
 */
export async function measureFrameHeights(article: unknown): Promise<Record<SnippetWidget, number>> {
  const stage = document.createElement('div');
  stage.setAttribute('aria-hidden', 'true');
  stage.inert = true;
  stage.style.cssText = `position:fixed;top:0;left:-10000px;box-sizing:border-box;width:${MEASURED_COLUMN_WIDTH}px;padding:0 ${EMBED_PAGE_PADDING}px;font:initial;visibility:hidden`;
  const widgets = SNIPPET_WIDGETS.map(([name, , attributes]) => {
    const widget = document.createElement(`glossa-${name}`) as Widget;
    for (const [attribute, value] of attributes) widget.setAttribute(attribute, value);
    widget.article = article;
    stage.append(widget);
    return [name, widget] as const;
  });
  document.body.append(stage);
  try {
    await Promise.all(widgets.map(([, widget]) => customElements.whenDefined(widget.localName)));
    await Promise.all(widgets.map(([, widget]) => widget.updateComplete));
    await nextFrame();
    return Object.fromEntries(
      widgets.map(([name, widget]) => [
        name,
        Math.ceil(widget.getBoundingClientRect().height + 2 * EMBED_PAGE_PADDING),
      ]),
    ) as Record<SnippetWidget, number>;
  } finally {
    stage.remove();
  }
}
