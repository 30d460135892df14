import { readFileSync } from 'node:fs';
import { withoutByteOrderMark } from '../../dist/model/json-text.js';
import { parseArticle } from '../../dist/model/index.js';
import { writeLine } from '../terminal-text.mjs';

/**
 * The article in `file`, valid, with the text it was read from; undefined once what is wrong (a file
 * that cannot be read, each problem of the model at its path) is said on standard error.
 */
export function readArticleFile(file) {
  let text;
  try {
    text = withoutByteOrderMark(readFileSync(file, 'utf8'));
  } catch (error) {
    writeLine(process.stderr, `${file}: cannot be read (${error.code ?? error.message})`);
    return undefined;
  }
  const result = parseArticle(text);
  if (!result.ok) {
    for (const issue of result.issues)
      writeLine(process.stderr, `${file}: ${issue.path || '(document)'}: ${issue.message}`);
    return undefined;
  }
  return { article: result.article, text };
}
