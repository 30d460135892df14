import { define } from '../shared/define.js';
import { GlossaTimeline } from './timeline.js';

define('glossa-timeline', GlossaTimeline);

declare global {
  interface HTMLElementTagNameMap {
    'glossa-timeline': GlossaTimeline;
  }
}

export { GlossaTimeline };
