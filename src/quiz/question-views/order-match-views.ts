/** The views of ordering and matching questions, which fewer quizzes ask: a chunk of their own (see lazy-views.ts). */
export { renderMatch } from './match-view.js';
export { renderOrder } from './order-view.js';
