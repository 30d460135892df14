import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import {
  formatOfFile,
  FormatSyntaxError,
  QUIZ_FORMATS,
  quizArticle,
  readQtiPackage,
} from '../../dist/formats/index.js';
import { parseArticle } from '../../dist/model/index.js';
import { writeLine } from '../terminal-text.mjs';
import { readArguments } from './arguments.mjs';
import { usageOf } from './help.mjs';
import { commandSpec } from './specs.mjs';
import { writeWarnings } from './format-warnings.mjs';

const FORMAT_NAMES = Object.keys(QUIZ_FORMATS).join(', ');
const SPEC = commandSpec('import');

/** The format to read `file` with: the one `--format` names, else the one its extension (and, for .txt, its shape) says. */
function chooseFormat(file, text, name) {
  if (name !== undefined) {
    return QUIZ_FORMATS[name] ?? { error: `--format must be one of ${FORMAT_NAMES}, not "${name}"`, usage: true };
  }
  const format = formatOfFile(file, text);
  if (format) return format;
  if (/\.txt$/i.test(file)) {
    return {
      error: `${file}: does not have the shape of Aiken (choice lines "A. …" and an answer line "ANSWER: A"); give --format aiken to read it as Aiken, or draft an article from its text with glossa draft`,
    };
  }
  return {
    error: `${file}: cannot tell its format from its extension; give --format ${FORMAT_NAMES.replace(/, /g, ', ')}`,
    usage: true,
  };
}

/** The text files of a folder and its subfolders, with their paths inside it: a QTI content package unpacked. */
function folderFiles(folder) {
  return readdirSync(folder, { recursive: true })
    .map((path) => join(folder, path))
    .filter((path) => statSync(path).isFile() && /\.xml$/i.test(path))
    .map((path) => ({ path: relative(folder, path).split('\\').join('/'), content: readFileSync(path, 'utf8') }));
}

/** The quiz in `file` (a folder is read as a QTI content package), or the error a person can act on. */
function readQuestions(file, formatName) {
  if (statSync(file).isDirectory()) {
    if (formatName !== undefined && formatName !== 'qti')
      return { error: `${file}: a folder is read as a QTI package only`, usage: true };
    return { format: QUIZ_FORMATS.qti, read: () => readQtiPackage(folderFiles(file)) };
  }
  const text = readFileSync(file, 'utf8');
  const format = chooseFormat(file, text, formatName);
  return format.error ? format : { format, read: () => format.read(text, file) };
}

/** The article given with `--article`, parsed, or a message saying why it cannot take the quiz. */
function readArticle(file) {
  try {
    return JSON.parse(readFileSync(file, 'utf8').replace(/^\uFEFF/, ''));
  } catch (error) {
    return { error: `${file}: ${error.code ? `cannot be read (${error.code})` : `is not JSON (${error.message})`}` };
  }
}

/**
 * `glossa import <file>`: reads a question bank (GIFT, Aiken, CSV, a QTI 3.0 item, test or unpacked content package) and prints an article holding its quiz,
 * one that passes `glossa validate`: the article given with `--article` with its quiz replaced, or one
 * made for the quiz alone. What the file holds that Glossa cannot keep goes to standard error, naming the
 * question; a file that does not parse gives `file:line:column: what was expected` and exit code 1.
 */
export function importQuiz(args) {
  const { files, options, error } = readArguments(args, SPEC);
  const usageError =
    error ??
    (files.length !== 1
      ? 'name one question file (.gift, .txt in Aiken, .csv, QTI .xml) or a QTI package folder'
      : undefined);
  if (usageError) {
    writeLine(process.stderr, `glossa import: ${usageError}`);
    writeLine(process.stderr, usageOf(SPEC));
    return 2;
  }
  const [file] = files;
  let questions;
  try {
    questions = readQuestions(file, options.format);
  } catch (readError) {
    writeLine(process.stderr, `glossa import: ${file}: cannot be read (${readError.code ?? readError.message})`);
    return 1;
  }
  if (questions.error) {
    writeLine(process.stderr, `glossa import: ${questions.error}`);
    if (questions.usage) writeLine(process.stderr, usageOf(SPEC));
    return questions.usage ? 2 : 1;
  }
  const { format } = questions;
  let imported;
  try {
    imported = questions.read();
  } catch (syntaxError) {
    if (!(syntaxError instanceof FormatSyntaxError)) throw syntaxError;
    const message = syntaxError.message.replace(/ \(line \d+, column \d+\)$/, '');
    writeLine(process.stderr, `${file}:${syntaxError.line}:${syntaxError.column}: ${message}`);
    return 1;
  }
  writeWarnings(file, imported.warnings);
  if (imported.quiz.questions.length === 0) {
    writeLine(process.stderr, `glossa import: ${file}: holds no question Glossa can import`);
    return 1;
  }
  let article;
  if (options.article === undefined) {
    article = quizArticle(imported.quiz, { fileName: file, lang: options.lang ?? 'en', id: options.id });
  } else {
    const base = readArticle(options.article);
    if (base.error) {
      writeLine(process.stderr, `glossa import: ${base.error}`);
      return 1;
    }
    const kept = base.quiz ?? {};
    const title = imported.quiz.title ?? kept.title;
    article = {
      ...base,
      ...(options.id === undefined ? {} : { id: options.id }),
      quiz: {
        ...(title === undefined ? {} : { title }),
        ...(kept.passPercent === undefined ? {} : { passPercent: kept.passPercent }),
        questions: imported.quiz.questions,
      },
    };
  }
  const result = parseArticle(article);
  if (!result.ok) {
    for (const issue of result.issues)
      writeLine(process.stderr, `${file}: ${issue.path || '(document)'}: ${issue.message}`);
    return 1;
  }
  process.stdout.write(`${JSON.stringify(article, null, 2)}\n`);
  const count = imported.quiz.questions.length;
  writeLine(process.stderr, `${file}: ${count} ${count === 1 ? 'question' : 'questions'} imported (${format.name})`);
  return 0;
}
