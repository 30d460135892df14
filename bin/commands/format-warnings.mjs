import { writeLine } from '../terminal-text.mjs';

/** Each warning of an import or export on standard error: `where: question: message`. */
export function writeWarnings(where, warnings) {
  for (const warning of warnings) {
    writeLine(
      process.stderr,
      `${where}: ${warning.question === undefined ? '' : `${warning.question}: `}${warning.message}`,
    );
  }
}
