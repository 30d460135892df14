import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';

let built;

/**
 * glossa.js's own choice of files (`filesFor` over dist/glossa-chunks.json), from the build, read when
 * first asked: scripts/test-wordpress.mjs builds dist/ first when it is missing.
 */
function loaderChoice() {
  built ??= import('../../dist/loader/chunk-manifest.js').then(({ filesFor }) => {
    const manifest = JSON.parse(readFileSync('dist/glossa-chunks.json', 'utf8'));
    return { tags: Object.keys(manifest.elements), filesOf: (tags) => filesFor(tags, manifest) };
  });
  return built;
}

/**
 * The plugin's preloads on a post against what glossa.js's own choice fetches for the widgets on the
 * page, none where a marker is (the plugin cannot tell its widget); and each preloaded file fetched once,
 * so glossa.js took the preload and did not fetch the file again.
 */
export async function preloadProblems(page, post) {
  const { filesOf } = await loaderChoice();
  const { tags, preloads, fetched } = await page.evaluate(() => ({
    tags: [
      ...new Set([...document.querySelectorAll('*')].map((e) => e.localName).filter((n) => n.startsWith('glossa-'))),
    ],
    preloads: [...document.querySelectorAll('link[rel="modulepreload"]')].map((link) => link.href),
    fetched: performance.getEntriesByType('resource').map((entry) => entry.name),
  }));
  const js = preloads[0]?.slice(0, preloads[0].lastIndexOf('/js/') + 4);
  const expected = (post.kind === 'markup' ? [] : filesOf(tags).map((file) => file.slice(2))).sort();
  const got = preloads.map((href) => href.slice(js.length)).sort();
  const problems = [];
  if (JSON.stringify(got) !== JSON.stringify(expected))
    problems.push(`preloads ${JSON.stringify(got)}, where glossa.js fetches ${JSON.stringify(expected)} for ${tags}`);
  for (const href of preloads) {
    const times = fetched.filter((name) => name === href).length;
    if (times !== 1) problems.push(`${href} fetched ${times} times`);
  }
  return problems;
}

/** The plugin's glossa_files_for() (scripts/wordpress/files-for.php) against glossa.js's choice, for every set of the manifest's tags. */
export async function filesForProblems(wordpress) {
  const { tags, filesOf } = await loaderChoice();
  const php = JSON.parse(
    execFileSync('php', ['scripts/wordpress/files-for.php', wordpress.root], { encoding: 'utf8', env: wordpress.env }),
  );
  const sets = Object.entries(php);
  if (sets.length !== 2 ** tags.length - 1) return [`${sets.length} sets of tags`];
  return sets.flatMap(([set, files]) => {
    const expected = filesOf(set.split(','));
    return JSON.stringify(files) === JSON.stringify(expected)
      ? []
      : [`${set}: the plugin preloads ${JSON.stringify(files)}, glossa.js fetches ${JSON.stringify(expected)}`];
  });
}
