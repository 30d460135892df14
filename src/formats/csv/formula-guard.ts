/**
 * A cell that starts with one of these may be run as a formula by Excel, LibreOffice or Google Sheets
 * when the file is opened (CSV injection): OWASP's list.
 */
const FORMULA_START = /^'*[=+\-@\t\r]/;

/**
 * The text of a cell as the writer puts it in the file: a text that a spreadsheet could run as a formula
 * gets a single quote in front, which spreadsheets read as "this is text" (OWASP's advice). A text that
 * already starts with quotes before such a character gets one more, so that `withoutFormulaGuard` takes
 * off exactly what was put on.
 */
export function withFormulaGuard(text: string): string {
  return FORMULA_START.test(text) ? `'${text}` : text;
}

/** The text of a cell as it was before `withFormulaGuard`: one leading quote taken off a guarded cell. */
export function withoutFormulaGuard(cell: string): string {
  const unquoted = cell.slice(1);
  return cell.startsWith("'") && FORMULA_START.test(unquoted) ? unquoted : cell;
}
