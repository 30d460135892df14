import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { basename } from 'node:path';
import { zipSync } from 'fflate';
import { cmi5CourseStructure } from '../../dist/lms/cmi5-course.js';
import { launchPage } from '../../dist/lms/launch-page.js';
import { scormManifest } from '../../dist/lms/scorm-manifest.js';
import { SCORM_12 } from '../../dist/lms/scorm-dialect.js';
import { isSafeUrl } from '../../dist/model/primitives.js';
import { passPercentOf } from '../../dist/quiz/progress.js';
import { quizActivityId } from '../../dist/xapi/activity-ids.js';
import { fitsSuspendData } from '../package/suspend-fit.mjs';
import { moduleFiles } from '../package/module-files.mjs';
import { writeLine } from '../terminal-text.mjs';
import { attributeProblem } from './widget-attributes.mjs';
import { readArticleFile } from './article-file.mjs';
import { readArguments } from './arguments.mjs';
import { usageOf } from './help.mjs';
import { commandSpec } from './specs.mjs';

const SPEC = commandSpec('package');

/** Where a cmi5 course's and AU's ids start unless `--activity-base` says: a name that is no address (RFC 2606). */
const DEFAULT_ACTIVITY_BASE = 'https://glossa.invalid/xapi';

/** SCORM's manifest, of one SCO that lists every file. */
const scormManifestOf =
  (version) =>
  (_article, { identifier, title, launch, files }) =>
    scormManifest(version, { identifier, title, launch, files });

/** cmi5's course structure: one AU, ids as Glossa's xAPI activity ids, passed at the quiz's pass mark. */
function cmi5CourseOf(article, { title, launch, activityBase }) {
  const base = activityBase ?? DEFAULT_ACTIVITY_BASE;
  return cmi5CourseStructure({
    courseId: `${base}/${encodeURIComponent(article.id)}`,
    auId: quizActivityId(base, article.id),
    title,
    description: article.dek ?? article.explainer.summary,
    lang: article.lang,
    url: launch,
    masteryScore: passPercentOf(article.quiz.passPercent) / 100,
  });
}

/**
 * The platforms a package can target, by the name of their switch, each with its manifest (written by `manifest(article,
 * description)`) and the bridge its launch page loads.
 */
const TARGETS = {
  scorm12: {
    name: 'SCORM 1.2',
    suffix: 'scorm12',
    scorm: '1.2',
    manifestFile: 'imsmanifest.xml',
    manifest: scormManifestOf('1.2'),
    bridge: 'scorm-bridge.js',
  },
  scorm2004: {
    name: 'SCORM 2004 4th edition',
    suffix: 'scorm2004',
    scorm: '2004',
    manifestFile: 'imsmanifest.xml',
    manifest: scormManifestOf('2004'),
    bridge: 'scorm-bridge.js',
  },
  cmi5: {
    name: 'cmi5',
    suffix: 'cmi5',
    manifestFile: 'cmi5.xml',
    manifest: cmi5CourseOf,
    bridge: 'cmi5-bridge.js',
    exitButton: true,
  },
};

const DIST = new URL('../../dist/', import.meta.url);
const THEMES = new URL('../../themes/', import.meta.url);
/** The time of every entry in the zip: the same article and options give the same bytes. */
const FIXED_TIME = new Date(2000, 0, 1);
/** Where the package keeps Glossa's files, beside the launch page and the article. */
const GLOSSA = 'glossa';

/** The command's arguments as `{ file, target, out, widget, theme, lang }`, or `{ error }`. */
function packageArguments(args) {
  const read = readArguments(args, SPEC);
  if (read.error) return { error: read.error };
  const { files, options } = read;
  options.widget ??= 'quiz';
  const targets = Object.keys(TARGETS).filter((name) => options[name]);
  if (files.length !== 1) return { error: 'name one article file' };
  if (targets.length !== 1)
    return {
      error: `name one target: ${Object.keys(TARGETS)
        .map((name) => `--${name}`)
        .join(' or ')}`,
    };
  if (options.widget !== 'quiz') return { error: `--widget: a package reports a quiz, so it takes only "quiz"` };
  const themeProblem = options.theme && attributeProblem('glossa-quiz', 'theme', options.theme);
  if (themeProblem) return { error: `--theme: ${themeProblem}` };
  if (options.lang !== undefined && !isLanguageTag(options.lang))
    return { error: `--lang takes a language tag such as "fr" or "pt-BR", not "${options.lang}"` };
  const base = options.activityBase;
  if (base !== undefined && TARGETS[targets[0]].manifest !== cmi5CourseOf)
    return { error: '--activity-base names the ids of a --cmi5 course; SCORM packages have none' };
  if (base !== undefined && !(/^https?:\/\//.test(base) && isSafeUrl(base)))
    return {
      error: `--activity-base takes an absolute http(s) URL such as "https://example.org/courses", not "${base}"`,
    };
  return { ...options, file: files[0], target: TARGETS[targets[0]] };
}

function isLanguageTag(tag) {
  try {
    return Intl.getCanonicalLocales(tag).length === 1;
  } catch {
    return false;
  }
}

/** The language module that gives the quiz its strings in `lang`, or undefined for English or a language Glossa lacks. */
function languageModule(lang) {
  const language = new Intl.Locale(lang).language;
  const file = `lang/${language}.js`;
  return language !== 'en' && existsSync(new URL(file, DIST)) ? file : undefined;
}

/** Every file of the package, by its path in the zip. */
function packageFiles({ article, articleText, target, theme, lang, activityBase }) {
  const title = article.quiz.title ?? article.title;
  const language = languageModule(lang);
  const modules = moduleFiles(DIST.pathname, ['glossa.js', ...(language ? [language] : [])]);
  const files = new Map([[`article.json`, Buffer.from(articleText)]]);
  for (const file of modules) files.set(`${GLOSSA}/${file}`, readFileSync(new URL(file, DIST)));
  const bridge = `${GLOSSA}/${target.bridge}`;
  files.set(bridge, readFileSync(new URL(`package/${target.bridge}`, DIST)));
  const styleSheets = theme ? [`${GLOSSA}/themes/${theme}.css`] : [];
  for (const sheet of styleSheets) files.set(sheet, readFileSync(new URL(`${theme}.css`, THEMES)));
  const page = launchPage({
    title,
    lang,
    scorm: target.scorm,
    exitButton: target.exitButton,
    article: 'article.json',
    scripts: [`${GLOSSA}/glossa.js`, ...(language ? [`${GLOSSA}/${language}`] : []), bridge],
    styleSheets,
    theme,
  });
  files.set('index.html', Buffer.from(page));
  const description = {
    identifier: `glossa-${article.id}`,
    title,
    launch: 'index.html',
    files: [...files.keys()],
    activityBase,
  };
  files.set(target.manifestFile, Buffer.from(target.manifest(article, description)));
  return files;
}

/**
 * `glossa package <article.json> --scorm12|--scorm2004|--cmi5`: a zip a learning platform imports,
 * whose launch page shows the article's quiz and reports to the platform (see src/lms/scorm-bridge.ts
 * and src/lms/cmi5-bridge.ts).
 */
export function packageArticle(args) {
  const options = packageArguments(args);
  if (options.error) {
    writeLine(process.stderr, `glossa package: ${options.error}`);
    writeLine(process.stderr, usageOf(SPEC));
    return 2;
  }
  const { file, target } = options;
  const read = readArticleFile(file);
  if (!read) return 1;
  const { article } = read;
  if (!article.quiz) {
    writeLine(process.stderr, `${file}: has no quiz, and a package reports a quiz's score`);
    return 1;
  }
  const lang = options.lang ?? article.lang;
  if (!languageModule(lang) && new Intl.Locale(lang).language !== 'en')
    writeLine(process.stderr, `glossa package: Glossa has no strings in "${lang}": the quiz's own are in English`);
  if (target.scorm === '1.2' && !fitsSuspendData(article.quiz, SCORM_12.suspendLimit))
    writeLine(
      process.stderr,
      `glossa package: a finished attempt at this quiz may not fit in SCORM 1.2's ${SCORM_12.suspendLimit} characters of suspend data, so it may not resume; --scorm2004 keeps 64,000`,
    );
  const files = packageFiles({
    article,
    articleText: read.text,
    target,
    theme: options.theme,
    lang,
    activityBase: options.activityBase?.replace(/\/+$/, ''),
  });
  const out = options.out ?? `${article.id}-${target.suffix}.zip`;
  const zip = zipSync(
    Object.fromEntries([...files].map(([path, bytes]) => [path, [new Uint8Array(bytes), { mtime: FIXED_TIME }]])),
    { level: 9 },
  );
  try {
    writeFileSync(out, zip);
  } catch (error) {
    writeLine(process.stderr, `${out}: cannot be written (${error.code ?? error.message})`);
    return 1;
  }
  writeLine(
    process.stderr,
    `${basename(out)}: ${target.name} package of "${article.quiz.title ?? article.title}", ${article.quiz.questions.length} questions, ${files.size} files, ${zip.length} bytes`,
  );
  return 0;
}
