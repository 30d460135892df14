import { COMMANDS } from './specs.mjs';

/** Help fits a terminal of 100 columns, the width the rest of the CLI's messages are written for. */
const WIDTH = 100;
const OPTION_COLUMN = 30;

/** `text` in lines of at most `WIDTH` columns, each after `indent` spaces. */
function wrap(text, indent) {
  const lines = [];
  let line = '';
  for (const word of text.split(' ')) {
    if (line && indent + line.length + 1 + word.length > WIDTH) {
      lines.push(line);
      line = word;
    } else line = line ? `${line} ${word}` : word;
  }
  lines.push(line);
  return lines.map((part) => `${' '.repeat(indent)}${part}`);
}

/** One option: its flags and value, then its text, beside them when they are short enough, else below. */
function optionLines({ flags, value, text }) {
  const head = `      ${flags.join(', ')}${value ? ` ${value}` : ''}`;
  const [first, ...rest] = wrap(text, OPTION_COLUMN);
  if (head.length < OPTION_COLUMN) return [`${head.padEnd(OPTION_COLUMN)}${first.trimStart()}`, ...rest];
  return [head, first, ...rest];
}

/** The usage line of a command. */
export const usageOf = (spec) => commandHelp(spec, 'Usage: glossa ').split('\n')[0];

/** A command's help: its usage (after `head`), what it does, and each of its options. */
export function commandHelp(spec, head = '  glossa ') {
  return [
    `${head}${spec.name}${spec.synopsis ? ` ${spec.synopsis}` : ''}`,
    ...wrap(spec.summary, 6),
    ...spec.options.flatMap(optionLines),
  ].join('\n');
}

/** `glossa --help`: every command with every option. */
export function helpText() {
  return `Usage: glossa <command> [options]; glossa <command> --help shows one command.

Commands:
${COMMANDS.map((spec) => commandHelp(spec, '  ')).join('\n\n')}

Options:
      -h, --help              Show this help, or with a command, that command's.
`;
}
