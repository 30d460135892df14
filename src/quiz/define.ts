import { define } from '../shared/define.js';
import { GlossaQuiz } from './quiz.js';

define('glossa-quiz', GlossaQuiz);

declare global {
  interface HTMLElementTagNameMap {
    'glossa-quiz': GlossaQuiz;
  }
}

export { GlossaQuiz };
