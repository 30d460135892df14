import { define } from '../shared/define.js';
import { GlossaWhosWho } from './whos-who.js';

define('glossa-whos-who', GlossaWhosWho);

declare global {
  interface HTMLElementTagNameMap {
    'glossa-whos-who': GlossaWhosWho;
  }
}

export { GlossaWhosWho };
