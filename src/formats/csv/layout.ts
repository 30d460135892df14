import type { CsvCell } from './lexer.js';
import { FormatSyntaxError } from '../types.js';

/** The columns of the layout (see README.md): one row per question. */
export type CsvField = 'id' | 'type' | 'prompt' | 'answer' | 'explanation' | `choice ${number}` | `feedback ${number}`;

/** Names a teacher may give a column, as the header reads once folded (lower case, spaces single). */
const FIELD_NAMES: Readonly<Record<string, CsvField>> = {
  id: 'id',
  type: 'type',
  prompt: 'prompt',
  question: 'prompt',
  answer: 'answer',
  answers: 'answer',
  explanation: 'explanation',
};

const NUMBERED = /^(choice|feedback) ?(\d+)$/;

function fold(name: string): string {
  return name
    .trim()
    .toLowerCase()
    .replace(/[\s_#.]+/g, ' ')
    .trim();
}

/** Column letters as a spreadsheet shows them: A, B, … Z, AA. */
export function columnLetter(index: number): string {
  const letter = String.fromCharCode(65 + (index % 26));
  return index < 26 ? letter : columnLetter(Math.floor(index / 26) - 1) + letter;
}

export interface CsvLayout {
  /** Each column's field, by position; undefined for a column the layout has not. */
  readonly fields: readonly (CsvField | undefined)[];
  readonly ignored: readonly string[];
}

/** The layout a header row gives; throws when it lacks the `type` or `prompt` column, or repeats one. */
export function layoutOf(header: readonly CsvCell[]): CsvLayout {
  const ignored: string[] = [];
  const seen = new Map<CsvField, CsvCell>();
  const fields = header.map((cell, index) => {
    const name = fold(cell.value);
    const numbered = NUMBERED.exec(name);
    const field: CsvField | undefined = numbered
      ? (`${numbered[1]} ${Number(numbered[2])}` as CsvField)
      : FIELD_NAMES[name];
    if (field === undefined) {
      if (name !== '') ignored.push(`"${cell.value.trim()}" (column ${columnLetter(index)})`);
      return undefined;
    }
    if (seen.has(field))
      throw new FormatSyntaxError(`the header names the column "${field}" twice`, cell.line, cell.column);
    seen.set(field, cell);
    return field;
  });
  for (const required of ['type', 'prompt'] as const) {
    if (!seen.has(required)) {
      throw new FormatSyntaxError(
        `expected a header row naming the columns, with at least "type" and "prompt" (see the CSV layout)`,
        header[0]?.line ?? 1,
        1,
      );
    }
  }
  return { fields, ignored };
}
