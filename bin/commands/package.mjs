import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { basename } from 'node:path';
import { zipSync } from 'fflate';
import { launchPage } from '../../dist/lms/launch-page.js';
import { scormManifest } from '../../dist/lms/scorm-manifest.js';
import { SCORM_12 } from '../../dist/lms/scorm-dialect.js';
import { fitsSuspendData } from '../package/suspend-fit.mjs';
import { moduleFiles } from '../package/module-files.mjs';
import { writeLine } from '../terminal-text.mjs';
import { attributeProblem } from './widget-attributes.mjs';
import { readArticleFile } from './article-file.mjs';
import { readArguments } from './arguments.mjs';
import { usageOf } from './help.mjs';
import { commandSpec } from './specs.mjs';

const SPEC = commandSpec('package');

/**
 * The platforms a package can target, by the name of their switch, each with its manifest and the
 * bridge its launch page loads.
 */
const TARGETS = {
  scorm12: { name: 'SCORM 1.2', suffix: 'scorm12', version: '1.2', manifestFile: 'imsmanifest.xml' },
  scorm2004: { name: 'SCORM 2004 4th edition', suffix: 'scorm2004', version: '2004', manifestFile: 'imsmanifest.xml' },
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
function packageFiles({ article, articleText, target, theme, lang }) {
  const title = article.quiz.title ?? article.title;
  const language = languageModule(lang);
  const modules = moduleFiles(DIST.pathname, ['glossa.js', ...(language ? [language] : [])]);
  const files = new Map([[`article.json`, Buffer.from(articleText)]]);
  for (const file of modules) files.set(`${GLOSSA}/${file}`, readFileSync(new URL(file, DIST)));
  const bridge = `${GLOSSA}/scorm-bridge.js`;
  files.set(bridge, readFileSync(new URL('package/scorm-bridge.js', DIST)));
  const styleSheets = theme ? [`${GLOSSA}/themes/${theme}.css`] : [];
  for (const sheet of styleSheets) files.set(sheet, readFileSync(new URL(`${theme}.css`, THEMES)));
  const page = launchPage({
    title,
    lang,
    scorm: target.version,
    article: 'article.json',
    scripts: [`${GLOSSA}/glossa.js`, ...(language ? [`${GLOSSA}/${language}`] : []), bridge],
    styleSheets,
    theme,
  });
  files.set('index.html', Buffer.from(page));
  const description = { identifier: `glossa-${article.id}`, title, launch: 'index.html', files: [...files.keys()] };
  files.set(target.manifestFile, Buffer.from(scormManifest(target.version, description)));
  return files;
}

/**
 * `glossa package <article.json> --scorm12|--scorm2004`: a zip a learning platform imports, whose
 * launch page shows the article's quiz and reports to the platform (see src/lms/scorm-bridge.ts).
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
  if (target.version === '1.2' && !fitsSuspendData(article.quiz, SCORM_12.suspendLimit))
    writeLine(
      process.stderr,
      `glossa package: a finished attempt at this quiz may not fit in SCORM 1.2's ${SCORM_12.suspendLimit} characters of suspend data, so it may not resume; --scorm2004 keeps 64,000`,
    );
  const files = packageFiles({ article, articleText: read.text, target, theme: options.theme, lang });
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
