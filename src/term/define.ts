import { define } from '../shared/define.js';
import { GlossaTerm } from './term.js';

define('glossa-term', GlossaTerm);

declare global {
  interface HTMLElementTagNameMap {
    'glossa-term': GlossaTerm;
  }
}

export { GlossaTerm };
