import { scriptJson } from '../../../src/shared/script-json.js';

/** The CDN bundle the README's snippets load. */
export const CDN_SCRIPT = 'https://unpkg.com/glossa/dist/glossa.js';

export interface SnippetOptions {
  /** Where the article's JSON will be published; the article goes inline when there is none. */
  readonly src?: string;
}

/**
 * The HTML an editor pastes into a page: the CDN script, and the widgets sharing one article, fetched
 * from `src` or carried inline, as the README documents.
 */
export function embedSnippet(article: unknown, { src }: SnippetOptions = {}): string {
  const widgets = [
    '  <glossa-explainer variant="compact"></glossa-explainer>',
    '  <glossa-whos-who></glossa-whos-who>',
    '  <glossa-timeline></glossa-timeline>',
    '  <glossa-quiz></glossa-quiz>',
  ];
  const source = src
    ? `<glossa-article src="${src.replace(/&/g, '&amp;').replace(/"/g, '&quot;')}">`
    : '<glossa-article>';
  const inline = src ? [] : ['  <script type="application/json">', scriptJson(article, 2), '  </script>'];
  return [
    `<script type="module" src="${CDN_SCRIPT}"></script>`,
    '',
    source,
    ...inline,
    ...widgets,
    '</glossa-article>',
    '',
  ].join('\n');
}
