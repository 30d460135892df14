import { answer, watchPage } from './page-problems.mjs';

/**
 * The block in WordPress 6.1's editor, as the author: logs in through the login form, opens a new post,
 * finds "Glossa" in the inserter, gives the article's URL in the block's placeholder, answers a
 * question of the preview, which is the quiz itself, then makes it a dark timeline in the sidebar.
 */
export async function checkBlockEditor(browser, origin, articleUrl, article) {
  const page = await browser.newPage();
  page.setDefaultTimeout(60_000);
  const problems = watchPage(page, origin);
  try {
    await page.goto(`${origin}/wp-login.php`);
    await page.fill('#user_login', 'ada');
    await page.fill('#user_pass', 'ada-password');
    await Promise.all([page.waitForURL(/wp-admin/), page.click('#wp-submit')]);
    await page.goto(`${origin}/wp-admin/post-new.php`);
    await page.waitForFunction(() => window.wp?.data?.select('core/edit-post'));
    // The welcome guide covers the editor on a first visit; it is not what this test is about.
    await page.evaluate(() => {
      const editPost = window.wp.data;
      if (editPost.select('core/edit-post').isFeatureActive('welcomeGuide'))
        editPost.dispatch('core/edit-post').toggleFeature('welcomeGuide');
    });
    await page.click('button[aria-label="Toggle block inserter"]');
    await page.fill('.block-editor-inserter__search input', 'Glossa');
    await page.click('button.editor-block-list-item-glossa-widget');
    const block = page.locator('.wp-block-glossa-widget');
    await block.locator('input[type="url"]').fill(articleUrl);
    const quiz = block.locator('glossa-quiz');
    await quiz.locator('[part~="prompt"]', { hasText: article.quiz.questions[0].prompt }).waitFor();
    const verdict = await answer(quiz, article, 'trigger', 'a');
    if (!verdict.includes('Correct')) problems.push(`the preview's quiz shows "${verdict}" for a right answer`);

    // The sidebar's widget select turns the preview into the timeline, in the theme chosen there.
    const sidebar = page.locator('.block-editor-block-inspector');
    if (!(await sidebar.isVisible())) await page.click('button[aria-label="Settings"]');
    await sidebar.getByLabel('widget', { exact: true }).selectOption('timeline');
    await sidebar.getByLabel('theme', { exact: true }).selectOption('dark');
    const timeline = block.locator('glossa-timeline[theme="dark"]');
    await timeline.locator('[part~="list"]', { hasText: article.timeline[0].label }).waitFor();
  } finally {
    await page.close();
  }
  return problems;
}
