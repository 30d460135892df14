/**
 * Text as compared for a reader, whatever its case, accents or spacing: decomposed, without combining
 * marks, lower-case, spaces folded ("  Tōkyō " → "tokyo"). Fill-in answers and the who's who search
 * both compare through it.
 */
export function foldText(text: string): string {
  return text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase().replace(/\s+/g, ' ').trim();
}
