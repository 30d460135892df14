import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { openQuiz, QUIZ_FORMATS } from '../../dist/formats/index.js';
import { writeLine } from '../terminal-text.mjs';
import { readArguments } from './arguments.mjs';
import { usageOf } from './help.mjs';
import { commandSpec } from './specs.mjs';
import { writeWarnings } from './format-warnings.mjs';
import { readArticleFile } from './article-file.mjs';

const FORMAT_NAMES = Object.keys(QUIZ_FORMATS);
const SPEC = commandSpec('export');

function writeFiles(files, output) {
  if (output === undefined) {
    process.stdout.write(files[0].content);
    return;
  }
  if (files.length === 1) {
    writeFileSync(output, files[0].content);
    return;
  }
  for (const file of files) {
    const path = join(output, file.path);
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(path, file.content);
  }
}

/**
 * `glossa export <article.json> --format <name>`: writes the article's quiz in a question-bank format, to
 * standard output or to `-o` (a folder for a format that writes several files). Whatever the format cannot
 * carry is said on standard error, naming the question. An invalid article, or one without a quiz, exits with 1.
 */
export function exportQuiz(args) {
  const { files = [], options = {}, error } = readArguments(args, SPEC);
  const format = QUIZ_FORMATS[options.format];
  const usageError =
    error ??
    (files.length !== 1
      ? 'name one article file'
      : format === undefined
        ? `--format must be one of ${FORMAT_NAMES.join(', ')}${options.format === undefined ? '' : `, not "${options.format}"`}`
        : undefined);
  if (usageError) {
    writeLine(process.stderr, `glossa export: ${usageError}`);
    writeLine(process.stderr, usageOf(SPEC));
    return 2;
  }
  const [file] = files;
  const read = readArticleFile(file);
  if (!read) return 1;
  const { article } = read;
  if (article.quiz === undefined) {
    writeLine(process.stderr, `glossa export: ${file}: has no quiz to export`);
    return 1;
  }
  const quiz = openQuiz(article.quiz);
  if (quiz === undefined) {
    writeLine(
      process.stderr,
      `glossa export: ${file}: its answer key is sealed; open it first with glossa seal --open ${file} --key <key.json>`,
    );
    return 1;
  }
  const exported = format.write(quiz, { articleId: article.id, lang: article.lang });
  if (exported.files.length > 1 && options.out === undefined) {
    writeLine(
      process.stderr,
      `glossa export: ${format.name} writes ${exported.files.length} files: name a folder for them with -o`,
    );
    return 2;
  }
  writeWarnings(file, exported.warnings);
  writeFiles(exported.files, options.out);
  return 0;
}
