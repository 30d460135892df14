/**
 * A command's arguments read by its entry in specs.mjs: `{ files, options }`, where everything that does
 * not start with `-` (or is `-`, standard input) is a file and each option is under its `name`, or
 * `{ error }` saying what is wrong.
 */
export function readArguments(args, spec) {
  const options = {};
  const files = [];
  for (let index = 0; index < args.length; index += 1) {
    const arg = args[index];
    const [flag, inline] = arg.startsWith('--') ? arg.split(/=(.*)/s) : [arg];
    const option = spec.options.find(({ flags }) => flags.includes(flag));
    if (option === undefined) {
      if (arg.startsWith('-') && arg !== '-') return { error: `unknown option "${arg}"` };
      files.push(arg);
    } else if (option.value === undefined) {
      if (inline !== undefined) return { error: `${flag} takes no value` };
      options[option.name] = true;
    } else {
      const value = inline ?? args[(index += 1)];
      if (value === undefined || value === '') return { error: `${flag} needs a value` };
      if (option.repeat) (options[option.name] ??= []).push(value);
      else options[option.name] = value;
    }
  }
  return { files, options };
}
