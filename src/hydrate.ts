/**
 * For pages with widgets rendered on the server (`glossa render`): Lit's hydration support must run
 * before Lit defines any element, so this module loads it first, then the quiz's fill-in-the-blank,
 * ordering and matching views (which glossa.js loads later, but hydration renders in one pass), and
 * then registers every element, which take over their declared shadow roots in place instead of
 * rendering them again.
 */
import '@lit-labs/ssr-client/lit-element-hydrate-support.js';
import './quiz/question-views/provide-views.js';
import './all.js';
