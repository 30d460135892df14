import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { articleJsonSchemaText } from './article-schema.mjs';
import { themeFiles } from './theme-files.mjs';

/**
 * Fails when a committed generated file no longer matches the source: custom-elements.json and
 * article.schema.json are regenerated into a cache folder and compared, and so are the theme files. `npm run build` updates them.
 */
// The analyzer takes its outdir relative to the project.
const outdir = 'node_modules/.cache/glossa-generated';
mkdirSync(outdir, { recursive: true });
execFileSync('npx', ['cem', 'analyze', '--quiet', '--outdir', outdir], { stdio: 'inherit' });

const stale = [
  ['custom-elements.json', readFileSync(join(outdir, 'custom-elements.json'), 'utf8')],
  ['article.schema.json', await articleJsonSchemaText()],
  ...Object.entries(await themeFiles()),
].filter(([file, expected]) => !existsSync(file) || readFileSync(file, 'utf8') !== expected);

if (stale.length > 0) {
  console.error(`Out of date: ${stale.map(([file]) => file).join(', ')}. Run \`npm run build\` and commit them.`);
  process.exit(1);
}
console.log('custom-elements.json, article.schema.json and themes/ are current.');
