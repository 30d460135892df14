import { answer, watchPage } from './page-problems.mjs';

/**
 * What WordPress 6.1's own publish panel asks for and an author may not see (403 with or without this
 * plugin): the site's settings, and the categories for editing.
 */
const AUTHORS_FORBIDDEN = ['rest_route=%2Fwp%2Fv2%2Fsettings', 'rest_route=%2Fwp%2Fv2%2Fcategories&context=edit'];

/** Inserts the Glossa block from the editor's inserter, after the selected block; returns it. */
async function insertBlock(page) {
  await page.click('button[aria-label="Toggle block inserter"]');
  await page.fill('.block-editor-inserter__search input', 'Glossa');
  await page.click('button.editor-block-list-item-glossa-widget');
  return page.locator('.wp-block-glossa-widget.is-selected');
}

/**
 * The block in WordPress 6.1's editor, as the author: logs in through the login form, opens a new post,
 * inserts one block with the article file uploaded in the media modal and one with its URL typed in the
 * placeholder, answers a question of a preview (the quiz itself), makes the second a dark timeline in
 * the sidebar, publishes, and finds both widgets working on the published post.
 */
export async function checkBlockEditor(browser, origin, { article, articleFile, articleUrl }) {
  const page = await browser.newPage();
  page.setDefaultTimeout(60_000);
  const problems = watchPage(page, origin);
  const firstPrompt = article.quiz.questions[0].prompt;
  const firstEvent = article.timeline[0].label;
  try {
    await page.goto(`${origin}/wp-login.php`);
    await page.fill('#user_login', 'ada');
    await page.fill('#user_pass', 'ada-password');
    await Promise.all([page.waitForURL(/wp-admin/), page.click('#wp-submit')]);
    await page.goto(`${origin}/wp-admin/post-new.php`);
    await page.waitForFunction(() => window.wp?.data?.select('core/edit-post'));
    // The welcome guide covers the editor on a first visit; it is not what this test is about.
    await page.evaluate(() => {
      const { data } = window.wp;
      if (data.select('core/edit-post').isFeatureActive('welcomeGuide'))
        data.dispatch('core/edit-post').toggleFeature('welcomeGuide');
    });

    const fromLibrary = await insertBlock(page);
    await fromLibrary.getByRole('button', { name: 'Choose an article file (JSON)' }).click();
    // Uploaded through the modal as an author does (WordPress refuses .json unless the plugin allows it).
    await page.locator('.media-modal input[type="file"]').setInputFiles(articleFile);
    await page.locator('.media-modal .attachment.selected.save-ready').waitFor();
    await page.click('.media-modal button.media-button-select:not([disabled])');
    const libraryQuiz = page.locator('.wp-block-glossa-widget').first().locator('glossa-quiz');
    await libraryQuiz.locator('[part~="prompt"]', { hasText: firstPrompt }).waitFor();
    const verdict = await answer(libraryQuiz, article, 'trigger', 'a');
    if (!verdict.includes('Correct')) problems.push(`the preview's quiz shows "${verdict}" for a right answer`);

    const fromUrl = await insertBlock(page);
    await fromUrl.locator('input[type="url"]').fill(articleUrl);
    await fromUrl.locator('glossa-quiz [part~="prompt"]', { hasText: firstPrompt }).waitFor();
    // The sidebar's widget select turns the preview into the timeline, in the theme chosen there.
    const sidebar = page.locator('.block-editor-block-inspector');
    if (!(await sidebar.isVisible())) await page.click('button[aria-label="Settings"]');
    await sidebar.getByLabel('widget', { exact: true }).selectOption('timeline');
    await sidebar.getByLabel('theme', { exact: true }).selectOption('dark');
    await fromUrl.locator('glossa-timeline[theme="dark"] [part~="list"]', { hasText: firstEvent }).waitFor();

    await page.click('button.editor-post-publish-panel__toggle');
    await page.click('.editor-post-publish-panel button.editor-post-publish-button');
    const published = await page
      .locator('.post-publish-panel__postpublish-buttons a', { hasText: 'View Post' })
      .getAttribute('href');
    await page.goto(published);
    await page.locator('glossa-quiz [part~="prompt"]', { hasText: firstPrompt }).waitFor();
    await page.locator('glossa-timeline[theme="dark"] [part~="list"]', { hasText: firstEvent }).waitFor();
  } finally {
    await page.close();
  }
  return problems.filter((problem) => !AUTHORS_FORBIDDEN.some((route) => problem.includes(route)));
}
