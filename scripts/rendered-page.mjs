import { execFile } from 'node:child_process';
import { promisify } from 'node:util';

const run = promisify(execFile);
const SEED = 'demo/articles/kazakhstan-2022.json';

/** One widget as `glossa render` prints it, through the command line itself. */
async function glossaRender(widget, ...attributes) {
  const args = ['bin/glossa.mjs', 'render', SEED, '--widget', widget, ...attributes.flatMap((a) => ['--attribute', a])];
  const { stdout } = await run(process.execPath, args, { maxBuffer: 16 * 1024 * 1024 });
  return stdout;
}

/**
 * A page as a CMS would serve it: the seed article's explainer, quiz, timeline and who's who rendered by
 * `glossa render`, and no script. The test loads the hydration entry into it when it wants JavaScript.
 */
export async function renderedPage() {
  const [explainer, quiz, timeline, whosWho] = await Promise.all([
    glossaRender('explainer'),
    glossaRender('quiz', 'layout=list'),
    glossaRender('timeline'),
    glossaRender('whos-who'),
  ]);
  return `<!doctype html>
<html lang="en">
<head><meta charset="utf-8"><title>Rendered on the server</title></head>
<body>
<main>
${explainer}
${quiz}
${timeline}
${whosWho}
</main>
</body>
</html>
`;
}

/** web-test-runner middleware: serves the page at /test/ssr/rendered.html. */
export async function serveRenderedPage(context, next) {
  if (context.path !== '/test/ssr/rendered.html') return next();
  context.type = 'html';
  context.body = await renderedPage();
}
