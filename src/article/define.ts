import { GlossaArticle } from './article.js';
import { define } from '../shared/define.js';

define('glossa-article', GlossaArticle);

declare global {
  interface HTMLElementTagNameMap {
    'glossa-article': GlossaArticle;
  }
}

export { GlossaArticle };
