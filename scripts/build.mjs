import { execFileSync } from 'node:child_process';
import { cpSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { articleJsonSchemaText } from './article-schema.mjs';
import { customDataFiles, typingFiles } from './generate-types.mjs';
import { minifyLibrary } from './minify-library.mjs';
import { themeFiles } from './theme-files.mjs';

/**
 * `node scripts/build.mjs`: the library (tsc, then its templates minified), the CDN bundles and the
 * learning-platform bridge of `glossa package` and the iframe embed page with its resizer (rollup),
 * the React and Vue typings in dist/types/, and the generated files that are committed:
 * article.schema.json, custom-elements.json, VS Code's custom data and the theme files in themes/.
 * `--lib-only` leaves the committed files alone, so the tests can check them.
 */
const libOnly = process.argv.includes('--lib-only');
const run = (command, ...args) => execFileSync(command, args, { stdio: 'inherit' });

rmSync('dist', { recursive: true, force: true });
run('npx', 'tsc', '-p', 'tsconfig.json');
minifyLibrary('dist');
run('npx', 'rollup', '-c', '--silent');
run('npx', 'rollup', '-c', 'rollup.hydrate.config.mjs', '--silent');
run('npx', 'rollup', '-c', 'rollup.package.config.mjs', '--silent');
run('npx', 'rollup', '-c', 'rollup.embed.config.mjs', '--silent');
cpSync('src/embed/embed.html', 'dist/embed.html');
run('node', 'scripts/build-studio.mjs');
if (!libOnly) {
  writeFileSync('article.schema.json', await articleJsonSchemaText());
  mkdirSync('themes', { recursive: true });
  for (const [file, text] of Object.entries(await themeFiles())) writeFileSync(file, text);
  run('npx', 'cem', 'analyze');
}
const manifest = JSON.parse(readFileSync('custom-elements.json', 'utf8'));
mkdirSync('dist/types', { recursive: true });
for (const [file, text] of Object.entries(typingFiles(manifest))) writeFileSync(file, text);
if (!libOnly) for (const [file, text] of Object.entries(customDataFiles(manifest))) writeFileSync(file, text);
