/** A place in a file, 1-based, as an editor shows it. */
export interface Position {
  readonly line: number;
  readonly column: number;
}

/** The line and column of `offset` in `text`; `\r\n`, `\n` and `\r` each end a line, as editors count them. */
export function positionAt(text: string, offset: number): Position {
  let line = 1;
  let lineStart = 0;
  for (let index = 0; index < offset && index < text.length; index += 1) {
    const character = text[index];
    if (character === '\n' || (character === '\r' && text[index + 1] !== '\n')) {
      line += 1;
      lineStart = index + 1;
    }
  }
  return { line, column: offset - lineStart + 1 };
}
