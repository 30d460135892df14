import { escapeHtml } from '../../../src/shared/escape-html.js';
import { attributeJson, scriptJson } from '../../../src/shared/script-json.js';

/** Where the README's snippets load Glossa from. */
const CDN = 'https://unpkg.com/glossa/dist';
/** The CDN bundle the README's snippets load. */
export const CDN_SCRIPT = `${CDN}/glossa.js`;

/**
 * The kinds of page a snippet is for (README: "On a page", "In a CMS", "In a frame"): one that keeps
 * the HTML as pasted, a CMS whose sanitizer keeps `data-*` attributes, one that keeps only links, and
 * one that takes only frames.
 */
export const SNIPPET_FORMS = ['tags', 'data', 'link', 'frame'] as const;
export type SnippetForm = (typeof SNIPPET_FORMS)[number];

/** The widgets of a snippet, each with what a link or a frame calls it and the attributes it is shown with. */
export const SNIPPET_WIDGETS = [
  ['explainer', 'The article explained', [['variant', 'compact']]],
  ['whos-who', "Who's who", []],
  ['timeline', 'Timeline', []],
  ['quiz', 'Quiz', []],
] as const;
export type SnippetWidget = (typeof SNIPPET_WIDGETS)[number][0];

/** Where a frame starts when its widget was not measured: the resizer fits it once the widget shows. */
const UNMEASURED_FRAME_HEIGHT = 480;

export interface SnippetOptions {
  /** Where the article's JSON will be published; the article goes inline when there is none. */
  readonly src?: string;
  readonly form?: SnippetForm;
  /**
   * The height each widget's frame starts at (frame-heights.ts measures them): a frame that starts at
   * its widget's height does not push the page below it down when the widget shows.
   */
  readonly frameHeights?: Partial<Record<SnippetWidget, number>>;
}

/** Name–value pairs as the query of an address or a link's fragment. */
const queryOf = (pairs: readonly (readonly [string, string])[]) =>
  new URLSearchParams(pairs.map(([name, value]) => [name, value])).toString();

const script = `<script type="module" src="${CDN_SCRIPT}"></script>`;

function tagsSnippet(article: unknown, src: string | undefined): string[] {
  const inline = src ? [] : ['  <script type="application/json">', scriptJson(article, 2), '  </script>'];
  return [
    script,
    '',
    src ? `<glossa-article src="${escapeHtml(src)}">` : '<glossa-article>',
    ...inline,
    ...SNIPPET_WIDGETS.map(
      ([widget, , attributes]) =>
        `  <glossa-${widget}${attributes.map(([name, value]) => ` ${name}="${value}"`).join('')}></glossa-${widget}>`,
    ),
    '</glossa-article>',
  ];
}

function dataSnippet(article: unknown, src: string | undefined): string[] {
  const source = src ? `data-glossa-src="${escapeHtml(src)}"` : `data-glossa-article="${attributeJson(article)}"`;
  return [
    `<!-- In the site's template, once: ${script} -->`,
    `<div data-glossa="article" ${source}>`,
    ...SNIPPET_WIDGETS.map(
      ([widget, , attributes]) =>
        `  <div data-glossa="${widget}"${attributes.map(([name, value]) => ` data-glossa-${name}="${value}"`).join('')}></div>`,
    ),
    '</div>',
  ];
}

function linkSnippet(src: string): string[] {
  return [
    `<!-- In the site's template, once: ${script} -->`,
    ...SNIPPET_WIDGETS.map(([widget, title, attributes]) => {
      const fragment = queryOf([['glossa', widget], ...attributes]);
      return `<p><a href="${escapeHtml(`${src}#${fragment}`)}">${title}</a></p>`;
    }),
  ];
}

function frameSnippet(src: string, heights: SnippetOptions['frameHeights'] = {}): string[] {
  const frames = SNIPPET_WIDGETS.map(([widget, title, attributes]) => {
    const query = queryOf([['widget', widget], ['src', src], ...attributes]);
    const height = heights[widget] ?? UNMEASURED_FRAME_HEIGHT;
    return `<iframe data-glossa-embed title="${escapeHtml(title)}" src="${escapeHtml(`${CDN}/embed.html?${query}`)}" style="width:100%;height:${height}px;border:0" loading="lazy"></iframe>`;
  });
  return [...frames, `<script type="module" src="${CDN}/embed-resizer.js"></script>`];
}

/**
 * The HTML an editor pastes into a page, in the form the page's kind keeps, as the README documents.
 * A link or a frame needs the address the article will have (a frame's page fetches it from another
 * site, so an absolute one): without it, what to give instead.
 */
export function embedSnippet(article: unknown, { src, form = 'tags', frameHeights }: SnippetOptions = {}): string {
  if (form === 'link' && !src) return 'A link needs the address of the published JSON: give it above.';
  if (form === 'frame' && !/^https?:\/\//i.test(src ?? ''))
    return 'A frame needs the full address (https://…) of the published JSON: give it above.';
  const lines =
    form === 'tags'
      ? tagsSnippet(article, src)
      : form === 'data'
        ? dataSnippet(article, src)
        : form === 'link'
          ? linkSnippet(src!)
          : frameSnippet(src!, frameHeights);
  return [...lines, ''].join('\n');
}
