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

export interface SnippetOptions {
  /** Where the article's JSON will be published; the article goes inline when there is none. */
  readonly src?: string;
  readonly form?: SnippetForm;
}

/** The widgets of a snippet, each with what a link or a frame calls it and the attributes it is shown with. */
const WIDGETS = [
  ['explainer', 'The article explained', [['variant', 'compact']]],
  ['whos-who', "Who's who", []],
  ['timeline', 'Timeline', []],
  ['quiz', 'Quiz', []],
] as const;

/** Name–value pairs as the query of an address or a link's fragment. */
const queryOf = (pairs: readonly (readonly [string, string])[]) =>
  new URLSearchParams(pairs.map(([name, value]) => [name, value])).toString();

const escapeAttribute = (text: string) => text.replaceAll('&', '&amp;').replaceAll('"', '&quot;');
const script = `<script type="module" src="${CDN_SCRIPT}"></script>`;

function tagsSnippet(article: unknown, src: string | undefined): string[] {
  const inline = src ? [] : ['  <script type="application/json">', scriptJson(article, 2), '  </script>'];
  return [
    script,
    '',
    src ? `<glossa-article src="${escapeAttribute(src)}">` : '<glossa-article>',
    ...inline,
    ...WIDGETS.map(
      ([widget, , attributes]) =>
        `  <glossa-${widget}${attributes.map(([name, value]) => ` ${name}="${value}"`).join('')}></glossa-${widget}>`,
    ),
    '</glossa-article>',
  ];
}

function dataSnippet(article: unknown, src: string | undefined): string[] {
  const source = src ? `data-glossa-src="${escapeAttribute(src)}"` : `data-glossa-article="${attributeJson(article)}"`;
  return [
    `<!-- In the site's template, once: ${script} -->`,
    `<div data-glossa="article" ${source}>`,
    ...WIDGETS.map(
      ([widget, , attributes]) =>
        `  <div data-glossa="${widget}"${attributes.map(([name, value]) => ` data-glossa-${name}="${value}"`).join('')}></div>`,
    ),
    '</div>',
  ];
}

function linkSnippet(src: string): string[] {
  return [
    `<!-- In the site's template, once: ${script} -->`,
    ...WIDGETS.map(([widget, title, attributes]) => {
      const fragment = queryOf([['glossa', widget], ...attributes]);
      return `<p><a href="${escapeAttribute(`${src}#${fragment}`)}">${title}</a></p>`;
    }),
  ];
}

function frameSnippet(src: string): string[] {
  const frames = WIDGETS.map(([widget, title, attributes]) => {
    const query = queryOf([['widget', widget], ['src', src], ...attributes]);
    return `<iframe data-glossa-embed title="${escapeAttribute(title)}" src="${escapeAttribute(`${CDN}/embed.html?${query}`)}" style="width:100%;height:480px;border:0" loading="lazy"></iframe>`;
  });
  return [...frames, `<script type="module" src="${CDN}/embed-resizer.js"></script>`];
}

/**
 * The HTML an editor pastes into a page, in the form the page's kind keeps, as the README documents.
 * A link or a frame needs the address the article will have (a frame's page fetches it from another
 * site, so an absolute one): without it, what to give instead.
 */
export function embedSnippet(article: unknown, { src, form = 'tags' }: SnippetOptions = {}): string {
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
          : frameSnippet(src!);
  return [...lines, ''].join('\n');
}
