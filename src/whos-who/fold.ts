/** Text for matching a search: decomposed, without combining marks, lower-case ("Tōkyō" → "tokyo"). */
export function fold(text: string): string {
  return text.normalize('NFD').replace(/\p{M}/gu, '').toLocaleLowerCase();
}
