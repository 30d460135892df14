import { html, nothing } from 'lit';
import type { LocalizeController } from '../../localize/localize-controller.js';
import type { OpenQuestion, Question } from '../../model/types.js';
import type { ContentLang } from '../../shared/content-lang.js';

function rightAnswers(question: OpenQuestion, localize: LocalizeController): string[] {
  switch (question.type) {
    case 'single':
    case 'multiple': {
      const ids = question.type === 'single' ? [question.answer] : question.answers;
      return question.choices.filter((choice) => ids.includes(choice.id)).map((choice) => choice.text);
    }
    case 'true-false':
      return [localize.term(question.answer ? 'trueLabel' : 'falseLabel')];
    case 'fill-blank':
      return [question.accept.join(' / ')];
    case 'order':
      return question.items.map((item) => item.text);
    case 'match':
      return question.pairs.map((pair) => `${pair.left}: ${pair.right}`);
  }
}

/**
 * The right answer as a list: in the feedback of a wrong answer, and in the printed answer key. `lang`
 * is the quiz texts' language; "True" and "False" are the element's. A sealed question's is sealed.
 */
export function renderRightAnswer(question: Question, localize: LocalizeController, lang: ContentLang) {
  if (question.sealed)
    return html`<p part="right-answer-list" class="right-answer-list">${localize.term('rightAnswerSealed')}</p>`;
  const items = rightAnswers(question, localize).map((text) => html`<li>${text}</li>`);
  return question.type === 'order'
    ? html`<ol part="right-answer-list" class="right-answer-list" lang=${lang}>${items}</ol>`
    : html`<ul part="right-answer-list" class="right-answer-list" lang=${question.type === 'true-false' ? nothing : lang}>${items}</ul>`;
}
