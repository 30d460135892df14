import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { execFileSync } from 'node:child_process';
import { launchChromium } from './browser.mjs';
import { buildWordPressScripts, zipPlugin } from './build-wordpress.mjs';
import { checkBlockEditor } from './wordpress/block-editor-check.mjs';
import { checkPlainPost, checkPost } from './wordpress/post-check.mjs';
import { filesForProblems } from './wordpress/preload-check.mjs';
import { installMissingPackages } from './wordpress/packages.mjs';
import { startDatabase, startWordPress } from './wordpress/server.mjs';

/**
 * `npm run test:wordpress`: the plugin in integrations/wordpress/glossa/, zipped as for "Upload Plugin"
 * and unzipped by WordPress's own installer code, on a real WordPress (Debian's 6.1, PHP and MariaDB,
 * installed with apt-get when missing). Posts with the block and with the shortcode, written by an
 * author and by a contributor with WordPress's HTML filter on, are visited in Chromium, and the block
 * is inserted, previewed and published in the block editor as the author. WP-CLI cannot be fetched
 * here: scripts/wordpress/*.php do its work through WordPress's own functions.
 * Ends with `WordPress: N passed, N failed`, a line CI reads.
 */
/**
 * What the README's "In a CMS" table says of WordPress, row by row, against `measured`: the forms this
 * run pasted as a contributor (the quiz written in HTML is not one of them).
 */
function readmeColumnProblems(measured) {
  const readme = readFileSync('README.md', 'utf8');
  const rows = readme
    .split('\n')
    .filter((line) => line.startsWith('| ') && line.trimEnd().endsWith(' |'))
    .map((line) => line.slice(2, -2).split(' | '));
  const header = rows.find((cells) => cells[0] === 'form' && cells.at(-1) === 'WordPress');
  if (!header) return ['the README has no table with a WordPress column'];
  return Object.entries(measured).flatMap(([form, outcome]) => {
    const said = rows.find((cells) => cells[0] === form)?.at(-1);
    return said === outcome ? [] : [`${form}: the README says "${said}", this run measured "${outcome}"`];
  });
}

const started = Date.now();
installMissingPackages();
if (!existsSync('dist/glossa.js')) execFileSync('npm', ['run', 'build:lib'], { stdio: 'inherit' });
buildWordPressScripts();
const { zip } = zipPlugin();

const folder = mkdtempSync(join(tmpdir(), 'glossa-wordpress-'));
const seed = 'demo/articles/kazakhstan-2022.json';
const results = [];
const record = (name, problems) => {
  results.push(problems.length === 0);
  console.log(problems.length === 0 ? `✓ ${name}` : `✗ ${name}:\n  ${problems.join('\n  ')}`);
};
const attempt = async (check) => {
  try {
    return await check();
  } catch (error) {
    // Playwright says what it waited for on a line of its own, after the first.
    // eslint-disable-next-line no-control-regex -- the terminal colours Playwright puts in its messages
    const lines = error.message.replace(/\u001b\[[0-9;]*m/g, '').split('\n');
    return [lines[0], ...lines.filter((line) => line.includes('waiting for')).slice(0, 1)];
  }
};

let database;
let wordpress;
let browser;
try {
  database = await startDatabase(folder);
  wordpress = await startWordPress({
    folder,
    socket: database.socket,
    pluginZip: zip,
    article: seed,
  });
  console.log(`WordPress up at ${wordpress.origin} in ${((Date.now() - started) / 1000).toFixed(1)} s`);
  browser = await launchChromium();
  const article = JSON.parse(readFileSync(seed, 'utf8'));
  const outcomes = {};
  for (const post of wordpress.site.posts) {
    const problems = await attempt(() => checkPost(browser, post, article));
    if (post.kind === 'markup') outcomes.markup = [...(outcomes.markup ?? []), problems.length === 0];
    record(
      post.kind === 'markup'
        ? `the sanitizer-safe forms pasted as HTML by the ${post.role}, kept by the filter: a quiz that grades (its article inline), a timeline (a link), a who's who, glossa.js loaded once`
        : `${post.kind} by the ${post.role}: a quiz that grades, a timeline, a French who's who, glossa.js loaded once`,
      problems,
    );
  }
  record(
    "the README's WordPress column says what this run measured",
    readmeColumnProblems({
      '`<glossa-*>` tags': wordpress.site.posts.every((post) => !post.rawTagKept) ? 'removed' : 'kept',
      ...Object.fromEntries(
        ['`data-glossa`', '`data-glossa-article`', 'link'].map((form) => [
          form,
          outcomes.markup.every(Boolean) ? 'works' : 'fails',
        ]),
      ),
    }),
  );
  record(
    'a post without a widget: no Glossa script',
    await attempt(() => checkPlainPost(browser, wordpress.site.plainUrl)),
  );
  record(
    'what the block and the shortcode print: hostile URLs and values refused, attributes escaped',
    await attempt(() =>
      execFileSync('php', ['scripts/wordpress/render-cases.php', wordpress.root], {
        encoding: 'utf8',
        env: wordpress.env,
      })
        .split('\n')
        .filter(Boolean),
    ),
  );
  record(
    'the preloads the plugin chooses for each set of widgets are the files glossa.js fetches for it',
    await attempt(() => filesForProblems(wordpress)),
  );
  record(
    'block editor (as the author): a block with a file uploaded in the media modal, one with a URL, working previews, the sidebar, published',
    await attempt(() =>
      checkBlockEditor(browser, wordpress.origin, {
        article,
        articleFile: seed,
        articleUrl: wordpress.site.articleUrl,
      }),
    ),
  );
  const phpErrors = existsSync(wordpress.debugLog)
    ? readFileSync(wordpress.debugLog, 'utf8')
        .split('\n')
        .filter((line) => line.includes('plugins/glossa'))
    : [];
  record('no PHP notice, warning or error from the plugin', phpErrors);
} finally {
  await browser?.close();
  await wordpress?.stop();
  await database?.stop();
  rmSync(folder, { recursive: true, force: true });
}
const failed = results.filter((passed) => !passed).length;
console.log(`\nin ${((Date.now() - started) / 1000).toFixed(1)} s`);
console.log(`WordPress: ${results.length - failed} passed, ${failed} failed`);
process.exitCode = failed > 0 ? 1 : 0;
