import { readFileSync } from 'node:fs';
import { dirname, join, normalize } from 'node:path';

/** A relative module specifier in a built file: `from"./x.js"`, `import("./x.js")`, `from '../a/b.js'`. */
const RELATIVE_MODULE = /["'](\.\.?\/[^"'\s]+\.js)["']/g;

/**
 * The built modules `entries` load, with every module they import by a relative path, as paths
 * relative to `root` (dist/): what must be copied beside them for them to run. Built files name their
 * imports as string literals, so reading those is enough; a name that is not a file of `root` fails.
 */
export function moduleFiles(root, entries) {
  const found = new Set();
  const visit = (file) => {
    if (found.has(file)) return;
    found.add(file);
    const text = readFileSync(join(root, file), 'utf8');
    for (const [, specifier] of text.matchAll(RELATIVE_MODULE)) visit(normalize(join(dirname(file), specifier)));
  };
  for (const entry of entries) visit(entry);
  return [...found];
}
