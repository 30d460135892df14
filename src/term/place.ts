/** A box in viewport coordinates. */
export interface Box {
  readonly top: number;
  readonly bottom: number;
  readonly left: number;
  readonly right: number;
}

export interface Placement {
  readonly top: number;
  readonly left: number;
  readonly side: 'below' | 'above';
}

/**
 * Where a card of `width` × `height` goes beside the `anchor` term, for browsers without CSS anchor
 * positioning: below the term, or above when only there it fits (or has more room); never over the
 * term, `gap` from it. Along the line it starts where the term starts (its right edge in right-to-left
 * text), kept `edge` inside the viewport's sides.
 */
export function placeCard(
  anchor: Box,
  card: { readonly width: number; readonly height: number },
  viewport: { readonly width: number; readonly height: number },
  { gap, edge = gap, rtl = false }: { gap: number; edge?: number; rtl?: boolean },
): Placement {
  const roomBelow = viewport.height - anchor.bottom - gap;
  const roomAbove = anchor.top - gap;
  const side = card.height <= roomBelow || (card.height > roomAbove && roomBelow >= roomAbove) ? 'below' : 'above';
  const top = side === 'below' ? anchor.bottom + gap : anchor.top - gap - card.height;
  const preferred = rtl ? anchor.right - card.width : anchor.left;
  const left = Math.max(edge, Math.min(preferred, viewport.width - card.width - edge));
  return { top, left, side };
}
