export { GlossaArticle } from './article/article.js';
export { ArticleElement } from './shared/article-element.js';
export { GlossaWidget } from './shared/glossa-widget.js';
export type { ArticleLoadError, ArticleState } from './shared/article-state.js';
export type { GlossaErrorDetail, GlossaErrorEvent } from './shared/events/glossa-error.js';
export type { GlossaReadyDetail, GlossaReadyEvent } from './shared/events/glossa-ready.js';
export * from './localize/index.js';
export * from './model/index.js';
