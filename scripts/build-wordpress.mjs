import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { zipSync } from 'fflate';
import { moduleFiles } from '../bin/package/module-files.mjs';

/**
 * `npm run build:wordpress`: copies what the WordPress plugin enqueues into
 * integrations/wordpress/glossa/js/ (not committed): dist/glossa.js with the files it loads, the
 * build's list of those files (glossa-chunks.json, from which the plugin prints their preloads), and each
 * language module of dist/lang/ (one per code; the plugin's glossa_languages() lists the same) with the modules it imports. Run `npm run build` first.
 */
const PLUGIN = 'integrations/wordpress/glossa';
const PLUGIN_JS = `${PLUGIN}/js`;
const ZIP = 'dist/glossa-wordpress.zip';

export function buildWordPressScripts() {
  if (!existsSync('dist/glossa.js')) throw new Error('dist/glossa.js is missing: run npm run build first');
  const languages = readdirSync('dist/lang').filter((file) => /^[a-z]{2}\.js$/.test(file));
  const files = [
    ...moduleFiles('dist', ['glossa.js', ...languages.map((language) => `lang/${language}`)]),
    'glossa-chunks.json',
  ];
  rmSync(PLUGIN_JS, { recursive: true, force: true });
  for (const file of files) {
    mkdirSync(dirname(join(PLUGIN_JS, file)), { recursive: true });
    cpSync(join('dist', file), join(PLUGIN_JS, file));
  }
  return { files, languages };
}

/** The plugin folder as a zip whose one top folder is glossa/, as WordPress expects. */
export function zipPlugin() {
  const entries = {};
  for (const file of readdirSync(PLUGIN, { recursive: true, withFileTypes: true })) {
    if (!file.isFile()) continue;
    const path = join(file.parentPath, file.name);
    entries[join('glossa', relative(PLUGIN, path))] = readFileSync(path);
  }
  writeFileSync(ZIP, zipSync(entries, { level: 9 }));
  return { zip: ZIP, count: Object.keys(entries).length };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const { files, languages } = buildWordPressScripts();
  console.log(
    `${PLUGIN_JS}/: ${files.length} files (glossa.js, its chunks and their list, ${languages.length} languages)`,
  );
  console.log(`${ZIP}: the plugin, ${zipPlugin().count} files`);
}
