import { isEmbedHeightMessage } from './embed-message.js';

/** The frames of a host page that show an embedded Glossa widget, and so may be resized. */
export const EMBED_FRAMES = 'iframe[data-glossa-embed]';

/**
 * Fits the frame that sent `event` to the height it reports. Only a message from the window of one of
 * the page's `data-glossa-embed` frames counts, and only from the origin that frame was given: another
 * frame, another window, or the frame after it navigated elsewhere resizes nothing.
 * Returns the frame resized, if any.
 */
export function resizeFrame(event: MessageEvent, root: ParentNode): HTMLIFrameElement | undefined {
  if (!isEmbedHeightMessage(event.data) || event.source === null) return undefined;
  const frame = [...root.querySelectorAll<HTMLIFrameElement>(EMBED_FRAMES)].find(
    (candidate) => candidate.contentWindow === event.source,
  );
  if (!frame || new URL(frame.src, document.baseURI).origin !== event.origin) return undefined;
  frame.style.height = `${event.data.height}px`;
  return frame;
}
