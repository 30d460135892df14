/**
 * What an embedded widget's page tells the page that frames it: its height, so the frame fits it. A
 * plain object of a known shape, read only from the frame's own window and origin (see resize-frame.ts).
 */
export interface EmbedHeightMessage {
  readonly glossa: 'embed-height';
  /** The document's height in CSS pixels. */
  readonly height: number;
}

/** The tallest height a frame is given: a message claiming more is not one of ours. */
export const MAX_EMBED_HEIGHT = 100_000;

export const embedHeightMessage = (height: number): EmbedHeightMessage => ({
  glossa: 'embed-height',
  height: Math.ceil(height),
});

export function isEmbedHeightMessage(data: unknown): data is EmbedHeightMessage {
  if (typeof data !== 'object' || data === null) return false;
  const { glossa, height } = data as Record<string, unknown>;
  return (
    glossa === 'embed-height' &&
    typeof height === 'number' &&
    Number.isFinite(height) &&
    height >= 0 &&
    height <= MAX_EMBED_HEIGHT
  );
}
