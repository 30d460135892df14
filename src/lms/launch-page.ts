import type { ScormVersion } from './scorm-dialect.js';
import { escapeHtml } from '../shared/escape-html.js';

/** What a package's launch page shows and loads, each path relative to the page. */
export interface LaunchPage {
  readonly title: string;
  /** The language of the quiz's strings and the page's. */
  readonly lang: string;
  /** The SCORM version the bridge speaks; none for cmi5, whose launch URL says it all. */
  readonly scorm?: ScormVersion | undefined;
  /** Whether the page has an exit button, which the bridge shows when the platform gives somewhere to return to. */
  readonly exitButton?: boolean;
  readonly article: string;
  /** Module scripts in the order they run: the reader bundle, language modules, the bridge last. */
  readonly scripts: readonly string[];
  readonly styleSheets: readonly string[];
  /** The `theme` attribute of the quiz, if any. */
  readonly theme?: string | undefined;
}

/** Said by the page when no platform answers, so a learner knows their result goes nowhere. */
const NO_PLATFORM = 'No learning platform was found: this quiz works, but your answers and score are not reported.';
const EXIT = 'Exit';

/** The page a platform opens: the quiz over the whole page, in the theme's colours where one is given. */
export function launchPage({
  title,
  lang,
  scorm,
  exitButton = false,
  article,
  scripts,
  styleSheets,
  theme,
}: LaunchPage): string {
  const attribute = (name: string, value: string | undefined) =>
    value === undefined ? '' : ` ${name}="${escapeHtml(value)}"`;
  return `<!doctype html>
<html lang="${escapeHtml(lang)}">
  <head>
    <meta charset="utf-8" />
    <meta name="viewport" content="width=device-width, initial-scale=1" />
${scorm === undefined ? '' : `    <meta name="glossa-scorm" content="${scorm}" />\n`}    <title>${escapeHtml(title)}</title>
${styleSheets.map((href) => `    <link rel="stylesheet" href="${escapeHtml(href)}" />\n`).join('')}    <style>
      body {
        margin: 0;
        padding: 1rem;
        background: var(--glossa-color-surface, Canvas);
        color: var(--glossa-color-text, CanvasText);
        font-family: system-ui, sans-serif;
      }
    </style>
${scripts.map((src) => `    <script type="module" src="${escapeHtml(src)}"></script>\n`).join('')}  </head>
  <body>
    <main>
      <p data-glossa-lms-note hidden lang="en">${NO_PLATFORM}</p>
      <glossa-quiz${attribute('src', article)}${attribute('lang', lang)}${attribute('theme', theme)}></glossa-quiz>
${exitButton ? `      <p><button type="button" data-glossa-lms-exit hidden lang="en">${EXIT}</button></p>\n` : ''}    </main>
  </body>
</html>
`;
}
