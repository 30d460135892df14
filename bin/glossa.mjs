#!/usr/bin/env node
import { readFileSync } from 'node:fs';
import { writeLine } from './terminal-text.mjs';
import { commandHelp, helpText, usageOf } from './commands/help.mjs';
import { commandSpec } from './commands/specs.mjs';

/**
 * `glossa`, the command line: checks article files before they are published, prints the JSON Schema,
 * renders widgets to HTML for pages that show them before any JavaScript runs, and packages a quiz for
 * a learning platform.
 */
const [command, ...args] = process.argv.slice(2);
const isHelp = (arg) => arg === '-h' || arg === '--help';

// Output piped into a command that stops reading early (`glossa render … | head`) is not an error.
process.stdout.on('error', (error) => {
  if (error.code !== 'EPIPE') throw error;
  process.exit(process.exitCode ?? 0);
});

async function main() {
  const spec = commandSpec(command === 'help' ? args[0] : command);
  if (spec && (command === 'help' || args.some(isHelp))) {
    process.stdout.write(`${commandHelp(spec, 'Usage: glossa ')}\n`);
    return 0;
  }
  if (command === undefined || command === 'help' || isHelp(command)) {
    process.stdout.write(helpText());
    return 0;
  }
  if (command === 'validate') return (await import('./commands/validate.mjs')).validate(args);
  if (command === 'schema') {
    if (args.length) {
      writeLine(process.stderr, `glossa schema: takes no file or option (got "${args[0]}")`);
      writeLine(process.stderr, usageOf(spec));
      return 2;
    }
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
  process.stderr.write(`\n${helpText()}`);
  return 2;
}

process.exitCode = await main();
