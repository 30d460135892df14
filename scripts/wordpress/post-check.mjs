import { answer, watchPage } from './page-problems.mjs';
import { preloadProblems } from './preload-check.mjs';

/**
 * One post as a visitor sees it: its quiz shows the questions and grades a right and a wrong answer,
 * its timeline shows the first event in the dark theme, its who's who speaks French (but in the post of
 * pasted markup, which asks for no language), the hand-written
 * <glossa-explainer> (and, in the shortcode posts, one with a javascript: src) is nowhere,
 * glossa.js is fetched once, and the files it fetches were preloaded beside it.
 */
export async function checkPost(browser, post, article) {
  const problems = [];
  if (post.status !== 'publish') problems.push(`the post is ${post.status}, not published`);
  if (post.rawTagKept) problems.push('the HTML filter kept a hand-written <glossa-explainer>: the test proves nothing');
  if (!post.blockKept) problems.push('the HTML filter removed the block');
  const page = await browser.newPage();
  page.setDefaultTimeout(30_000);
  const pageProblems = watchPage(page, new URL(post.url).origin);
  try {
    await page.goto(post.url);
    const quiz = page.locator('glossa-quiz');
    await quiz.locator('[part~="prompt"]', { hasText: article.quiz.questions[0].prompt }).first().waitFor();
    const right = await answer(quiz, article, 'trigger', 'a');
    const wrong = await answer(quiz, article, 'who-sent-troops', 'a');
    if (!right.includes('Correct')) problems.push(`a right answer shows "${right}"`);
    if (!wrong.includes('Incorrect')) problems.push(`a wrong answer shows "${wrong}"`);

    const timeline = page.locator('glossa-timeline[theme="dark"]');
    await timeline.locator('[part~="list"]', { hasText: article.timeline[0].label }).waitFor();

    // French only if the plugin enqueued the language module beside glossa.js.
    if (post.kind === 'markup') await page.locator('glossa-whos-who').getByLabel('Search names and roles').waitFor();
    else await page.locator('glossa-whos-who[lang="fr"]').getByLabel('Rechercher un nom ou une fonction').waitFor();

    const explainers = await page.locator('glossa-explainer').count();
    if (explainers > 0)
      problems.push(`${explainers} <glossa-explainer> on the page, where the filter and the URL check leave none`);

    const loads = await page.evaluate(() => ({
      tags: [...document.querySelectorAll('script[src*="/plugins/glossa/js/glossa.js"]')].map((s) => s.type),
      fetches: performance
        .getEntriesByType('resource')
        .filter((r) => r.name.includes('/plugins/glossa/js/glossa.js'))
        .map((r) => `${r.name} ${r.initiatorType}`),
    }));
    if (loads.tags.length !== 1 || loads.tags[0] !== 'module')
      problems.push(`glossa.js script tags: ${JSON.stringify(loads.tags)}, not one module`);
    if (loads.fetches.length !== 1) problems.push(`glossa.js fetched ${loads.fetches.length} times: ${loads.fetches}`);
    problems.push(...(await preloadProblems(page, post)));
  } finally {
    await page.close();
  }
  return problems.concat(pageProblems);
}

/** A post without a widget: glossa.js is not loaded there. */
export async function checkPlainPost(browser, url) {
  const page = await browser.newPage();
  const problems = watchPage(page, new URL(url).origin);
  try {
    await page.goto(url);
    await page.locator('p', { hasText: 'Nothing to load here.' }).waitFor();
    const tags = await page.locator('script[src*="/plugins/glossa/"]').count();
    if (tags > 0) problems.push(`${tags} of Glossa's scripts on a page without a widget`);
  } finally {
    await page.close();
  }
  return problems;
}
