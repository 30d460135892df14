import '../timeline/define.js';
import { define } from '../shared/define.js';
import { GlossaExplainer } from './explainer.js';

define('glossa-explainer', GlossaExplainer);

declare global {
  interface HTMLElementTagNameMap {
    'glossa-explainer': GlossaExplainer;
  }
}

export { GlossaExplainer };
