import { FormatSyntaxError } from '../types.js';

/** One cell of a CSV file, and where it starts (1-based), for errors a person can find in the file. */
export interface CsvCell {
  readonly value: string;
  readonly line: number;
  readonly column: number;
}

export type CsvDelimiter = ',' | ';' | '\t';
const DELIMITERS: readonly CsvDelimiter[] = [',', ';', '\t'];

/**
 * The delimiter of a file: Excel's `sep=` line when there is one, else the one found most often outside
 * quotes in the first line (Excel and LibreOffice write `;` where the decimal separator is a comma).
 */
function delimiterOf(firstLine: string): CsvDelimiter {
  const outsideQuotes = firstLine.replace(/"[^"]*"/g, '');
  const counts = DELIMITERS.map((delimiter) => outsideQuotes.split(delimiter).length - 1);
  const most = Math.max(...counts);
  return most === 0 ? ',' : DELIMITERS[counts.indexOf(most)]!;
}

const SEPARATOR_LINE = /^sep=([,;\t])(\r\n|\r|\n)/;

/**
 * The rows of a CSV file as Excel, LibreOffice and Google Sheets write it (RFC 4180): a byte-order mark
 * dropped, `,`, `;` or tab between cells, CRLF, LF or CR between rows, quoted cells that hold delimiters,
 * line breaks and doubled quotes. Throws `FormatSyntaxError` for a quote left open, or text after a closing quote.
 */
export function csvRows(fileText: string): CsvCell[][] {
  let text = fileText.replace(/^\uFEFF/, '');
  let line = 1;
  const separator = SEPARATOR_LINE.exec(text);
  const delimiter = separator ? (separator[1] as CsvDelimiter) : delimiterOf(text.split(/\r\n|\r|\n/, 1)[0] ?? '');
  if (separator) {
    text = text.slice(separator[0].length);
    line = 2;
  }
  const rows: CsvCell[][] = [];
  let row: CsvCell[] = [];
  let lineStart = 0;
  let index = 0;
  const newlineLength = (at: number) =>
    text[at] === '\r' && text[at + 1] === '\n' ? 2 : text[at] === '\r' || text[at] === '\n' ? 1 : 0;
  const breakLine = (at: number) => {
    line += 1;
    lineStart = at + newlineLength(at);
  };
  while (index <= text.length) {
    const cellLine = line;
    const cellColumn = index - lineStart + 1;
    let value = '';
    if (text[index] === '"') {
      index += 1;
      for (;;) {
        if (index >= text.length)
          throw new FormatSyntaxError('a quoted cell is opened here and never closed by a "', cellLine, cellColumn);
        if (text[index] === '"') {
          if (text[index + 1] !== '"') break;
          value += '"';
          index += 2;
        } else if (newlineLength(index) > 0) {
          value += '\n';
          const length = newlineLength(index);
          breakLine(index);
          index += length;
        } else {
          value += text[index];
          index += 1;
        }
      }
      index += 1;
      if (index < text.length && text[index] !== delimiter && newlineLength(index) === 0) {
        throw new FormatSyntaxError(
          `expected "${delimiter === '\t' ? 'tab' : delimiter}" or the end of the row after a quoted cell's closing "`,
          line,
          index - lineStart + 1,
        );
      }
    } else {
      while (index < text.length && text[index] !== delimiter && newlineLength(index) === 0) {
        value += text[index];
        index += 1;
      }
    }
    row.push({ value, line: cellLine, column: cellColumn });
    if (text[index] === delimiter) {
      index += 1;
      continue;
    }
    rows.push(row);
    row = [];
    if (index >= text.length) break;
    const length = newlineLength(index);
    breakLine(index);
    index += length;
    if (index >= text.length) break;
  }
  return rows.filter((cells) => cells.some((cell) => cell.value.trim() !== ''));
}
