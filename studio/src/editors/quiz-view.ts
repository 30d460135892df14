import { html, type TemplateResult } from 'lit';
import { SEALED_QUIZ_NOTICE, hasSealedQuiz } from '../import/sealed-article.js';
import type { EditContext } from './edit-context.js';
import { addItem } from './add-item.js';
import { collectionView } from './collection-view.js';
import { numberField, textField } from './fields.js';
import { idsOf, suggestId } from './ids.js';
import { fieldId, isObj, listOf } from './paths.js';
import { questionDropZone, questionImportView } from './question-import-view.js';
import { questionBody } from './question-view.js';
import { QUESTION_TYPES, newQuestion, type QuestionType } from './skeletons.js';
import { QUESTION_TYPE_NAMES, questionSummary } from './summaries.js';

const PATH = ['article', 'quiz'] as const;
const QUESTIONS = [...PATH, 'questions'] as const;

/**
 * The quiz: its title, pass mark and questions; a new question is added of a chosen type, or questions
 * imported from a question bank chosen or dropped on the quiz.
 */
export function quizView(context: EditContext): TemplateResult {
  const quiz = isObj(context.article.quiz) ? context.article.quiz : undefined;
  const questions = listOf(quiz, 'questions');
  if (hasSealedQuiz(context.article)) return sealedQuizView(questions);
  const typeId = `${fieldId(QUESTIONS)}-new-type`;
  const add = (event: SubmitEvent) => {
    event.preventDefault();
    const type = new FormData(event.currentTarget as HTMLFormElement).get('type') as QuestionType;
    const question = newQuestion(type, suggestId('question', idsOf(questions)));
    if (quiz)
      addItem(
        context,
        `${QUESTION_TYPE_NAMES[type]!.toLowerCase()} question`,
        QUESTIONS,
        questions,
        question,
        'prompt',
      );
    else {
      context.edit('Add a quiz', [{ path: PATH, value: { questions: [question] } }]);
      context.focusLater([...QUESTIONS, 0, 'prompt']);
    }
  };
  return questionDropZone(
    context,
    html`<div class="columns">
      ${textField(context, { owner: PATH, value: quiz, key: 'title', label: 'Quiz title', optional: true })}
      ${numberField(context, { owner: PATH, value: quiz, key: 'passPercent', label: 'Pass mark (percent)', optional: true, step: '1' })}
    </div>
    ${collectionView(context, {
      path: QUESTIONS,
      items: questions,
      noun: 'question',
      pending: 'questions',
      ordered: true,
      summary: questionSummary,
      body: (question, path) => questionBody(context, question, path, idsOf(questions)),
      add: html`<form class="inline-form add-question" @submit=${add}>
        <div class="field">
          <label for=${typeId}>Type of the new question</label>
          <select id=${typeId} name="type">
            ${QUESTION_TYPES.map((type) => html`<option value=${type}>${QUESTION_TYPE_NAMES[type]}</option>`)}
          </select>
        </div>
        <button type="submit">Add question</button>
      </form>
      ${questionImportView(context)}`,
    })}`,
  );
}

/**
 * A sealed quiz, which no form can edit: its right answers are hashes. What it asks is listed; nothing of
 * its seal is shown as if it were an answer.
 */
function sealedQuizView(questions: readonly unknown[]): TemplateResult {
  return html`<p class="problem sealed-notice">${SEALED_QUIZ_NOTICE}</p>
    <ol class="sealed-questions">
      ${questions.map((question) => html`<li>${questionSummary(isObj(question) ? question : {})}</li>`)}
    </ol>`;
}
