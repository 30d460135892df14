#!/usr/bin/env node
import { readFileSync } from 'node:fs';
import { writeLine } from './terminal-text.mjs';

/**
 * `glossa`, the command line: checks article files before they are published, prints the JSON Schema,
 * renders widgets to HTML for pages that show them before any JavaScript runs, and packages a quiz for
 * a learning platform.
 */
const HELP = `Usage: glossa <command> [options]

Commands:
  validate <file>...                 Check article JSON files. Prints "file: path: message" for each
                                     problem and exits with 1, or prints "file: OK" and exits with 0.
  schema                             Print the JSON Schema of the article model (article.schema.json).
  render <file> --widget <name>      Print the widget as HTML with declarative shadow DOM, ready before
                                     any JavaScript runs. <name>: quiz, explainer, timeline, whos-who.
  draft <file> [--lang <tag>]        Draft an article model from a .txt, .md, .html or .docx file (- reads
        [--published YYYY-MM-DD]     standard input), on this machine: prints its JSON; what it drafted
        [--id <id>]                  and what to check go to standard error.
  import <file> [--format <name>]    Read a question bank, GIFT (.gift), Aiken (.txt), CSV (.csv) or QTI (.xml, or a package folder), and print an
        [--article <article.json>]   article holding its quiz: the --article with its quiz replaced, or one made
        [--id <id>] [--lang <tag>]   for the quiz alone. A .txt is Aiken when it has Aiken's shape; --format
                                     aiken reads it as Aiken whatever. What is not kept goes to standard error.
  export <file> --format <name>      Write the article's quiz as gift, aiken, csv or qti (a folder, with -o), to standard output or -o
        [-o <file>]                  <file>; what the format cannot carry goes to standard error.
  seal <file> [-o <out>]             Seal the quiz's answer key: right answers as salted hashes,
        [--key <key.json>]           explanations and feedback encrypted; --key writes the key file.
  seal --open <file> --key <key>     The article as it was before sealing, from its key file.
  package <file> --scorm12|--scorm2004|--cmi5
          [-o <out.zip>] [--theme <name>]
          [--lang <tag>] [--widget quiz]
          [--activity-base <url>]    Write a zip a learning platform (LMS) imports: the article's quiz on
                                     a launch page that reports answers, score, pass or fail and
                                     completion, and resumes from the platform's suspend data (SCORM)
                                     or its state (cmi5, whose ids start with --activity-base).
                                     <name>: light, dark, auto, contrast. Default out: <id>-scorm12.zip.
  studio [--port <n>] [--no-open]    Serve Glossa Studio on 127.0.0.1, print its address and open it.

Options:
  -h, --help                         Show this help.
`;

const [command, ...args] = process.argv.slice(2);

// Output piped into a command that stops reading early (`glossa render … | head`) is not an error.
process.stdout.on('error', (error) => {
  if (error.code !== 'EPIPE') throw error;
  process.exit(process.exitCode ?? 0);
});

async function main() {
  if (command === undefined || command === '-h' || command === '--help' || command === 'help') {
    process.stdout.write(HELP);
    return 0;
  }
  if (command === 'validate') return (await import('./commands/validate.mjs')).validate(args);
  if (command === 'schema') {
    process.stdout.write(readFileSync(new URL('../article.schema.json', import.meta.url), 'utf8'));
    return 0;
  }
  if (command === 'render') return (await import('./commands/render.mjs')).render(args);
  if (command === 'draft') return (await import('./commands/draft.mjs')).draft(args);
  if (command === 'import') return (await import('./commands/import.mjs')).importQuiz(args);
  if (command === 'export') return (await import('./commands/export.mjs')).exportQuiz(args);
  if (command === 'seal') return (await import('./commands/seal.mjs')).sealCommand(args);
  if (command === 'package') return (await import('./commands/package.mjs')).packageArticle(args);
  if (command === 'studio') return (await import('./commands/studio.mjs')).studio(args);
  writeLine(process.stderr, `glossa: unknown command "${command}"`);
  process.stderr.write(`\n${HELP}`);
  return 2;
}

process.exitCode = await main();
