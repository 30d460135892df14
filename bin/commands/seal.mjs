import { readFileSync, writeFileSync } from 'node:fs';
import { parseArticle } from '../../dist/model/index.js';
import { sealArticle, unsealQuiz } from '../../dist/seal/index.js';
import { writeLine } from '../terminal-text.mjs';
import { readArguments } from './arguments.mjs';
import { usageOf } from './help.mjs';
import { commandSpec } from './specs.mjs';

const SPEC = commandSpec('seal');

/** The file and options named on the command line, or a message saying what is wrong with them. */
function sealArguments(args) {
  const { files, options, error } = readArguments(args, SPEC);
  if (error) return { error };
  if (options.open !== undefined) {
    if (files.length || options.key === undefined) return { error: '--open needs the key file: --key <key.json>' };
    return { options };
  }
  if (files.length !== 1) return { error: 'name one article file' };
  return { file: files[0], options };
}

class SealError extends Error {}

function readJson(file) {
  try {
    return JSON.parse(readFileSync(file, 'utf8'));
  } catch (error) {
    throw new SealError(`${file}: cannot be read (${error.code ?? error.message})`);
  }
}

function readArticle(file) {
  const result = parseArticle(readJson(file));
  if (!result.ok) throw new SealError(`${file}: ${result.issues[0].path || '(document)'}: ${result.issues[0].message}`);
  return result.article;
}

function write(text, out) {
  if (out === undefined) process.stdout.write(text);
  else writeFileSync(out, text);
}

const json = (value) => `${JSON.stringify(value, null, 2)}\n`;

/** The sealed article, and with `--key` its key file: the right answers stay with the teacher. */
async function seal(file, { out, key, salt }) {
  const article = readArticle(file);
  if (!article.quiz) throw new SealError(`${file}: has no quiz to seal`);
  if (article.quiz.seal) throw new SealError(`${file}: is already sealed`);
  if (salt !== undefined && !/^[A-Za-z0-9_-]{22,}$/.test(salt)) {
    throw new SealError('--salt must be at least 22 characters of base64url (A-Z, a-z, 0-9, - and _)');
  }
  const sealed = await sealArticle(article, salt);
  write(json(sealed.article), out);
  if (key !== undefined) writeFileSync(key, json(sealed.key));
  const kept = key === undefined ? 'no key file written (--key keeps one)' : `the key in ${key}`;
  writeLine(process.stderr, `Sealed ${article.quiz.questions.length} questions; ${kept}.`);
}

/** The article as it was before sealing, from the sealed one and its key file, checked against its hashes. */
async function open({ open: file, key: keyFile, out }) {
  const article = readArticle(file);
  if (!article.quiz?.seal) throw new SealError(`${file}: is not sealed`);
  const quiz = await unsealQuiz(article.quiz, readJson(keyFile));
  if (typeof quiz === 'string') throw new SealError(`${keyFile}: ${quiz}`);
  write(json({ ...article, quiz }), out);
}

/**
 * `glossa seal <file>`: writes the article with its answer key sealed (see docs/sealing.md), and with
 * `--key` the key file; `glossa seal --open` opens a sealed article with its key file.
 */
export async function sealCommand(args) {
  const { file, options, error } = sealArguments(args);
  if (error) {
    writeLine(process.stderr, `glossa seal: ${error}`);
    writeLine(process.stderr, usageOf(SPEC));
    return 2;
  }
  try {
    await (options.open === undefined ? seal(file, options) : open(options));
    return 0;
  } catch (failure) {
    if (!(failure instanceof SealError)) throw failure;
    writeLine(process.stderr, `glossa seal: ${failure.message}`);
    return 1;
  }
}
