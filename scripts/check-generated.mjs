import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { articleJsonSchemaText } from './article-schema.mjs';
import { customDataFiles } from './generate-types.mjs';
import { themeFiles } from './theme-files.mjs';

/**
 * Fails when a committed generated file no longer matches the source: custom-elements.json is
 * regenerated into a cache folder and compared, and so are article.schema.json, VS Code's custom data
 * (from the fresh manifest) and the theme files. `npm run build` updates them.
 */
// The analyzer takes its outdir relative to the project.
const outdir = 'node_modules/.cache/glossa-generated';
mkdirSync(outdir, { recursive: true });
execFileSync('npx', ['cem', 'analyze', '--quiet', '--outdir', outdir], { stdio: 'inherit' });

const manifestText = readFileSync(join(outdir, 'custom-elements.json'), 'utf8');
const stale = [
  ['custom-elements.json', manifestText],
  ...Object.entries(customDataFiles(JSON.parse(manifestText))),
  ['article.schema.json', await articleJsonSchemaText()],
  ...Object.entries(await themeFiles()),
].filter(([file, expected]) => !existsSync(file) || readFileSync(file, 'utf8') !== expected);

if (stale.length > 0) {
  console.error(`Out of date: ${stale.map(([file]) => file).join(', ')}. Run \`npm run build\` and commit them.`);
  process.exit(1);
}
console.log('custom-elements.json, article.schema.json, vscode.*-custom-data.json and themes/ are current.');
