/**
 * The answer inputs of fill-in-the-blank, ordering and matching questions, which fewer quizzes ask than
 * choices: a chunk of their own (see lazy-views.ts).
 */
export { renderFillBlank } from './fill-blank-view.js';
export { renderMatch } from './match-view.js';
export { renderOrder } from './order-view.js';
