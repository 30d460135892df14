/** `a`, `b`, … `z`, `aa`, `ab`…: the ids of unnamed choices and items, by position. */
export function letterId(index: number): string {
  const letter = String.fromCharCode(97 + (index % 26));
  return index < 26 ? letter : letterId(Math.floor(index / 26) - 1) + letter;
}
