import { readFileSync } from 'node:fs';
import { escapeHtml } from '../../dist/shared/escape-html.js';

const { version } = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8'));

/** Where the published files are, for pages and snippets that name no address of their own. */
export const CDN = `https://unpkg.com/glossa@${version}/dist`;

/**
 * A page of its own around a widget `glossa render` rendered, to be served as it is and framed by a CMS
 * that takes no script: the widget shows before any JavaScript, `script` (the hydration bundle) takes
 * it over, and the inlined height reporter tells the framing page its height for the resizer there.
 */
export function standalonePage({ title, lang, widget, script }) {
  const reporter = readFileSync(new URL('../../dist/embed-height.js', import.meta.url), 'utf8').trim();
  return `<!doctype html>
<html lang="${escapeHtml(lang)}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(title)}</title>
<style>html,body{margin:0;background:transparent}main{padding:2px}</style>
<script type="module" src="${escapeHtml(script)}"></script>
<script type="module">${reporter}</script>
</head>
<body>
<main>
${widget.trimEnd()}
</main>
</body>
</html>
`;
}

/**
 * oEmbed's answer (https://oembed.com, type `rich`) for a host that discovers embeds: the frame of the
 * page at `url` and the resizer that fits it. `height` is where the frame starts, before the resizer
 * fits it to the widget.
 */
export function oembed({ title, url, resizer, height }) {
  const frame = `<iframe data-glossa-embed src="${escapeHtml(url)}" title="${escapeHtml(title)}" loading="lazy" style="width:100%;height:${height}px;border:0"></iframe>`;
  return {
    version: '1.0',
    type: 'rich',
    provider_name: 'Glossa',
    title,
    html: `${frame}<script type="module" src="${escapeHtml(resizer)}"></script>`,
    width: 640,
    height,
  };
}
