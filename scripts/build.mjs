import { execFileSync } from 'node:child_process';
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { articleJsonSchemaText } from './article-schema.mjs';
import { themeFiles } from './theme-files.mjs';

/**
 * `node scripts/build.mjs`: the library (tsc), the CDN bundle (rollup), and the two generated files
 * that are committed: article.schema.json, custom-elements.json and the theme files in themes/.
 * `--lib-only` leaves the committed files alone, so the tests can check them.
 */
const libOnly = process.argv.includes('--lib-only');
const run = (command, ...args) => execFileSync(command, args, { stdio: 'inherit' });

rmSync('dist', { recursive: true, force: true });
run('npx', 'tsc', '-p', 'tsconfig.json');
run('npx', 'rollup', '-c', '--silent');
if (!libOnly) {
  writeFileSync('article.schema.json', await articleJsonSchemaText());
  mkdirSync('themes', { recursive: true });
  for (const [file, text] of Object.entries(await themeFiles())) writeFileSync(file, text);
  run('npx', 'cem', 'analyze');
}
