import { readFileSync } from 'node:fs';
import { draftArticle, draftContents, DraftInputError, sourceFromFile } from '../../dist/draft/index.js';
import { writeLine } from '../terminal-text.mjs';
import { readArguments } from './arguments.mjs';
import { usageOf } from './help.mjs';
import { commandSpec } from './specs.mjs';

const SPEC = commandSpec('draft');

/** The file and options named on the command line, or a message saying what is wrong with them. */
function draftArguments(args) {
  const { files, options, error } = readArguments(args, SPEC);
  if (error) return { error };
  if (files.length !== 1) return { error: 'name one article file (.txt, .md, .html, .docx), or - for standard input' };
  if (options.published !== undefined && !/^\d{4}-\d{2}-\d{2}$/.test(options.published)) {
    return { error: `--published must be a date written YYYY-MM-DD, not "${options.published}"` };
  }
  return { file: files[0], options };
}

/** Standard input's bytes, all of them. */
function readStandardInput() {
  return readFileSync(0);
}

/**
 * `glossa draft <file>`: drafts an article model from a .txt, .md, .html or .docx file (or standard
 * input, read as text), on this machine, without the network. Prints the model's JSON to standard output,
 * and what it holds and the notes to standard error; exits with 1 for input it cannot read.
 */
export async function draft(args) {
  const { file, options, error } = draftArguments(args);
  if (error) {
    writeLine(process.stderr, `glossa draft: ${error}`);
    writeLine(process.stderr, usageOf(SPEC));
    return 2;
  }
  let bytes;
  try {
    bytes = file === '-' ? readStandardInput() : readFileSync(file);
  } catch (readError) {
    writeLine(process.stderr, `glossa draft: ${file}: cannot be read (${readError.code ?? readError.message})`);
    return 1;
  }
  try {
    const source = sourceFromFile(file === '-' ? 'standard-input.txt' : file, bytes);
    const { article, notes } = await draftArticle(source, options);
    process.stdout.write(`${JSON.stringify(article, null, 2)}\n`);
    writeLine(process.stderr, `${draftContents(article)}; every drafted item is marked for review in the Studio.`);
    for (const note of notes) writeLine(process.stderr, `- ${note}`);
    return 0;
  } catch (draftError) {
    if (!(draftError instanceof DraftInputError)) throw draftError;
    writeLine(process.stderr, `glossa draft: ${file}: ${draftError.message}`);
    return 1;
  }
}
