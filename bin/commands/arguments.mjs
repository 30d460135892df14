/**
 * The files and options of a command line: `--name value` or `--name=value` for each flag of `options`
 * (flag → option name), and everything else that does not start with `-` (or is `-`, standard input) a
 * file. Returns `{ files, options }`, or `{ error }` saying what is wrong.
 */
export function readArguments(args, flags) {
  const options = {};
  const files = [];
  for (let index = 0; index < args.length; index += 1) {
    const arg = args[index];
    const [flag, inline] = arg.startsWith('--') ? arg.split(/=(.*)/s) : [arg];
    if (flag in flags) {
      const value = inline ?? args[(index += 1)];
      if (value === undefined || value === '') return { error: `${flag} needs a value` };
      options[flags[flag]] = value;
    } else if (arg.startsWith('-') && arg !== '-') {
      return { error: `unknown option "${arg}"` };
    } else files.push(arg);
  }
  return { files, options };
}
