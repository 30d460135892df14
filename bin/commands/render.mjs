import { isSafeUrl } from '../../dist/model/index.js';
import { linksEveryParagraph } from '../../dist/shared/evidence-href.js';
import { escapeHtml } from '../../dist/shared/escape-html.js';
import { scriptJson } from '../../dist/shared/script-json.js';
import { replaceControlCharacters, writeLine } from '../terminal-text.mjs';
import { attributeProblem } from './widget-attributes.mjs';
import { readArticleFile } from './article-file.mjs';
import { CDN, oembed, standalonePage } from '../render/standalone.mjs';
import { readArguments } from './arguments.mjs';
import { usageOf } from './help.mjs';
import { commandSpec, RENDERED_WIDGETS } from './specs.mjs';

const SPEC = commandSpec('render');
const ATTRIBUTE_NAME = /^[a-z][a-z0-9-]*$/;

/** `--widget quiz --attribute layout=list` into `{ file, widget, attributes }`, or a message. */
function renderArguments(args) {
  const { files, options, error } = readArguments(args, SPEC);
  if (error) return { error };
  const { widget, attributes = [] } = options;
  if (files.length !== 1) return { error: 'name one article file' };
  if (!RENDERED_WIDGETS.includes(widget)) return { error: `--widget must be one of ${RENDERED_WIDGETS.join(', ')}` };
  const pairs = [];
  for (const attribute of attributes) {
    const [name, ...rest] = attribute.split('=');
    if (!ATTRIBUTE_NAME.test(name))
      return { error: `--attribute takes name=value, with a lower-case name (got "${attribute}")` };
    const value = rest.join('=');
    const problem = attributeProblem(`glossa-${widget}`, name, value);
    if (problem) return { error: `--attribute ${problem}` };
    pairs.push([name, value]);
  }
  for (const name of ['script', 'oembed', 'resizer']) {
    if (options[name] !== undefined && !isSafeUrl(options[name]))
      return { error: `--${name} takes an http(s) or relative URL, not "${options[name]}"` };
  }
  if (options.oembed !== undefined && !/^https?:/i.test(options.oembed))
    return { error: '--oembed takes the address of the page to frame, starting with https://' };
  if (options.page && options.oembed !== undefined)
    return { error: '--page and --oembed print different things: give one' };
  if (options.script !== undefined && !options.page) return { error: '--script goes with --page' };
  if (options.resizer !== undefined && options.oembed === undefined) return { error: '--resizer goes with --oembed' };
  if (options.height !== undefined && options.oembed === undefined) return { error: '--height goes with --oembed' };
  if (options.height !== undefined && !/^[1-9]\d{0,4}$/.test(options.height))
    return { error: `--height takes a height in pixels, a whole number from 1 to 99999 (got "${options.height}")` };
  return { ...options, file: files[0], widget, attributes: pairs };
}

/** Where an oEmbed frame starts, by widget, before the resizer fits it: about a first screen of each. */
const FRAME_HEIGHTS = { quiz: 560, explainer: 640, timeline: 480, 'whos-who': 640 };

/**
 * The attributes whose values become URLs, with the model's URL check for each and what a failed check
 * means. A value that fails is left out of the HTML, so the widget renders as it does without it.
 */
const URL_ATTRIBUTES = new Map([
  ['src', { isSafe: isSafeUrl, refusal: 'is not an http(s) or relative URL' }],
  [
    'evidence-href',
    {
      isSafe: linksEveryParagraph,
      refusal: 'does not make an http(s) or relative URL for every paragraph, so evidence shows as buttons',
    },
  ],
]);

/** `attributes` without the URLs that fail their check, each refusal told on stderr. */
function withSafeUrls(attributes, article) {
  return attributes.filter(([name, value]) => {
    const check = URL_ATTRIBUTES.get(name);
    if (!check || check.isSafe(value, article)) return true;
    writeLine(process.stderr, `glossa render: --attribute ${name} is left out: it ${check.refusal}`);
    return false;
  });
}

/**
 * The HTML with each control character but newline and tab as a character reference, so that HTML
 * printed to a terminal cannot steer it; a browser reads the same text. C1 controls are the exception
 * (HTML reads most of their references as Windows-1252 characters), but no article means them, and the
 * client reads its text from the inline JSON, which keeps them exact.
 */
const referenceControlCharacters = (html) =>
  replaceControlCharacters(html, (character) =>
    character === '\n' || character === '\t' ? character : `&#x${character.codePointAt(0).toString(16)};`,
  );

/**
 * `@lit-labs/ssr` reflects a property binding of `false` (`.checked=${false}`) as `checked="false"`,
 * which HTML reads as checked; the client's hydration sets the property again, so only the attribute,
 * which would show every choice as picked before JavaScript runs, is dropped.
 */
const dropFalseReflections = (html) => html.replace(/ (checked|selected)="false"/g, '');

/** The outer template's markers: the element hydrates its own shadow root, nothing hydrates around it. */
const dropOuterMarkers = (html) =>
  html.replace(/^<!--lit-part [^>]*--><!--lit-node 0-->/, '').replace(/<!--\/lit-part-->$/, '');

/** `@lit-labs/ssr` is an optional peer dependency: only rendering on the server needs it. */
async function loadServerRenderer() {
  try {
    const [{ render }, { collectResult }] = await Promise.all([
      import('@lit-labs/ssr'),
      import('@lit-labs/ssr/lib/render-result.js'),
    ]);
    return { render, collectResult };
  } catch (error) {
    if (error.code === 'ERR_MODULE_NOT_FOUND') return undefined;
    throw error;
  }
}

/**
 * `glossa render <file> --widget <name>`: the widget as HTML with its shadow root declared
 * (`<template shadowrootmode="open">`), rendered from the article, plus the article as inline JSON, so
 * the page shows the widget before any JavaScript runs and the client hydrates it in place.
 */
export async function render(args) {
  const options = renderArguments(args);
  if (options.error) {
    writeLine(process.stderr, `glossa render: ${options.error}`);
    writeLine(process.stderr, usageOf(SPEC));
    return 2;
  }
  const { file, widget } = options;
  const read = readArticleFile(file);
  if (!read) return 1;
  if (options.oembed !== undefined) {
    const { title } = read.article;
    const resizer = options.resizer ?? `${CDN}/embed-resizer.js`;
    const height = options.height === undefined ? FRAME_HEIGHTS[widget] : Number(options.height);
    const answer = oembed({ title, url: options.oembed, resizer, height });
    process.stdout.write(`${JSON.stringify(answer, null, 2)}\n`);
    return 0;
  }
  const attributes = withSafeUrls(options.attributes, read.article);
  const named = new Set(attributes.map(([name]) => name));
  if (named.has('shuffle') && !named.has('seed')) {
    writeLine(
      process.stderr,
      'glossa render: a shuffled quiz needs --attribute seed=…, so the server and the browser put the questions in one order',
    );
    return 2;
  }
  // The element speaks the language it was rendered in, whatever the page's `lang`, so the browser's
  // first render matches the server's.
  if (!named.has('lang')) attributes.unshift(['lang', read.article.lang]);
  const ssr = await loadServerRenderer();
  if (!ssr) {
    writeLine(process.stderr, 'glossa render needs @lit-labs/ssr: npm install --save-dev @lit-labs/ssr');
    return 1;
  }
  const [{ render: renderToStream, collectResult }, { html, unsafeStatic }] = await Promise.all([
    ssr,
    import('lit/static-html.js'),
    import('../../dist/lang/all.js'),
    import('../../dist/quiz/question-views/provide-views.js'),
    import(`../../dist/${widget}/define.js`),
  ]);
  // The tag and attribute names are from fixed or checked lists; values are escaped for a quoted attribute.
  const opening = unsafeStatic(
    `glossa-${widget}${attributes.map(([name, value]) => ` ${name}="${escapeHtml(value)}"`).join('')}`,
  );
  const tag = unsafeStatic(`glossa-${widget}`);
  const template = html`<${opening} .article=${read.article}></${tag}>`;
  const rendered = await collectResult(renderToStream(template));
  const element = dropOuterMarkers(dropFalseReflections(rendered));
  const closing = `</glossa-${widget}>`;
  const script = `<script type="application/json">${scriptJson(JSON.parse(read.text))}</script>`;
  const widgetHtml = `${element.slice(0, -closing.length)}${script}${closing}\n`;
  const { title, lang } = read.article;
  const output = options.page
    ? standalonePage({ title, lang, widget: widgetHtml, script: options.script ?? `${CDN}/glossa-hydrate.js` })
    : widgetHtml;
  process.stdout.write(referenceControlCharacters(output));
  return 0;
}
