import '../term/define.js';
import { define } from '../shared/define.js';
import { GlossaAnnotate } from './annotate.js';

define('glossa-annotate', GlossaAnnotate);

declare global {
  interface HTMLElementTagNameMap {
    'glossa-annotate': GlossaAnnotate;
  }
}

export { GlossaAnnotate };
