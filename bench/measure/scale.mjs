import { coldLoads, demoReadyProbe } from './cold-load.mjs';

/** 100 Glossa quizzes on one page, each with its own inline article: navigation to every first question clickable. */
export async function measureHundredQuizzes(browser, origin, { runs }) {
  const { quizzes } = await coldLoads(
    browser,
    { quizzes: `${origin}/bench/scale/quizzes-100.html` },
    { runs, count: 100 },
  );
  return quizzes;
}

/**
 * The demo page (demo/index.html, every widget over the seed article fetched by `src`), served by the
 * dev server from the TypeScript sources: navigation to every widget rendered and the body annotated.
 */
export async function measureDemoPage(browser, origin, { runs }) {
  const { demo } = await coldLoads(browser, { demo: `${origin}/demo/` }, { runs, probe: demoReadyProbe });
  return demo;
}
