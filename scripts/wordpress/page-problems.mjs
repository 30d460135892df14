/**
 * Collects what a page reports as wrong: uncaught errors, console errors and HTTP errors. WordPress's
 * own requests to other hosts (avatars from Gravatar) cannot succeed without a network, and a browser asks
 * for /favicon.ico of its own accord, so neither is counted.
 */
export function watchPage(page, origin) {
  const problems = [];
  const elsewhere = (url) => (url !== '' && !url.startsWith(origin)) || url === `${origin}/favicon.ico`;
  page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
  page.on('console', (message) => {
    if (message.type() !== 'error' || elsewhere(message.location().url)) return;
    problems.push(`console: ${message.text()} (${message.location().url})`);
  });
  page.on('response', (response) => {
    if (response.status() >= 400) problems.push(`${response.status()} for ${response.url()}`);
  });
  return problems;
}

/** The text of the seed's choice `id` of question `questionId`. */
export function choiceText(article, questionId, choiceId) {
  const question = article.quiz.questions.find((q) => q.id === questionId);
  return question.choices.find((choice) => choice.id === choiceId).text;
}

/** Picks a choice of a question in `quiz` and checks it, returning the verdict's text. */
export async function answer(quiz, article, questionId, choiceId) {
  const question = quiz.locator(`#q-${questionId}`);
  await question.locator('[part~="choice"]', { hasText: choiceText(article, questionId, choiceId) }).click();
  await question.locator('[part~="check-button"]').click();
  return (await question.locator('[part~="verdict"]').textContent()).trim();
}
