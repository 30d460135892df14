import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';

/**
 * `npm run check`: svelte-check over the app, which must find no error but one on each line that
 * follows an `expect-error` comment of src/typing-mistakes/Mistakes.svelte (Svelte's markup has no
 * directive of its own for an expected type error).
 */
const MISTAKES = 'src/typing-mistakes/Mistakes.svelte';

const expected = readFileSync(MISTAKES, 'utf8')
  .split('\n')
  .flatMap((line, index) => (line.includes('<!-- expect-error:') ? [`${MISTAKES}:${index + 2}`] : []));

let output;
try {
  output = execFileSync('npx', ['svelte-check', '--tsconfig', './tsconfig.json', '--output', 'machine'], {
    encoding: 'utf8',
  });
} catch (error) {
  output = error.stdout;
}
const errors = [...output.matchAll(/ ERROR "([^"]+)" (\d+):\d+ "(.*)"$/gm)].map(([, file, line, message]) => ({
  where: `${file}:${line}`,
  message,
}));
const unexpected = errors.filter(({ where }) => !expected.includes(where));
const missed = expected.filter((where) => !errors.some((error) => error.where === where));
for (const { where, message } of unexpected) console.error(`${where}: unexpected type error: ${message}`);
for (const where of missed) console.error(`${where}: a deliberate mistake is not a type error`);
if (unexpected.length || missed.length || expected.length === 0) process.exit(1);
console.log(`svelte-check: the ${expected.length} deliberate mistakes are type errors, and nothing else is`);
