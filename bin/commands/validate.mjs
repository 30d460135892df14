import { readFileSync } from 'node:fs';
import { parseArticle } from '../../dist/model/index.js';
import { writeLine } from '../terminal-text.mjs';
import { readArguments } from './arguments.mjs';
import { usageOf } from './help.mjs';
import { commandSpec } from './specs.mjs';

const SPEC = commandSpec('validate');

/** Where an issue is, for a reader of the command's output: the document itself has an empty path. */
const where = (path) => path || '(document)';

/**
 * `glossa validate <file>...`: one line per problem, `file: path: message`, and exit code 1 when any
 * file has one; `file: OK` for each valid file.
 */
export function validate(args) {
  const { files, error } = readArguments(args, SPEC);
  if (error || files.length === 0) {
    writeLine(
      process.stderr,
      `glossa validate: ${error ?? 'name at least one article file, such as `glossa validate article.json`'}`,
    );
    writeLine(process.stderr, usageOf(SPEC));
    return 2;
  }
  let failed = false;
  for (const file of files) {
    let text;
    try {
      text = readFileSync(file, 'utf8');
    } catch (error) {
      writeLine(process.stdout, `${file}: cannot be read (${error.code ?? error.message})`);
      failed = true;
      continue;
    }
    const result = parseArticle(text);
    if (result.ok) {
      writeLine(process.stdout, `${file}: OK`);
    } else {
      failed = true;
      for (const issue of result.issues) writeLine(process.stdout, `${file}: ${where(issue.path)}: ${issue.message}`);
    }
  }
  return failed ? 1 : 0;
}
