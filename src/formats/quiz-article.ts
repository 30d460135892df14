import type { ArticleInput } from '../model/types.js';
import { idFrom } from '../shared/slug.js';
import type { QuizInput } from './types.js';

/** "kazakhstan_quiz-2.gift" → "Kazakhstan quiz 2": a title for questions that came without one. */
function titleFromFileName(fileName: string): string {
  const base = fileName
    .split(/[\\/]/)
    .pop()!
    .replace(/\.[^.]*$/, '');
  const words = base.replace(/[-_.]+/g, ' ').trim();
  return words === '' ? 'Imported questions' : words[0]!.toUpperCase() + words.slice(1);
}

/**
 * An article that holds only an imported quiz: the article model needs a title, a paragraph and an
 * explainer's summary, so they say where the questions come from. The title is the quiz's (a GIFT
 * category), else the file's name.
 */
export function quizArticle(
  quiz: QuizInput,
  options: { readonly fileName: string; readonly lang: string; readonly id?: string },
): ArticleInput {
  const file = options.fileName.split(/[\\/]/).pop()!;
  const title = quiz.title ?? titleFromFileName(file);
  const count = quiz.questions.length;
  const from = `${count} ${count === 1 ? 'question' : 'questions'} imported from ${file}.`;
  return {
    schemaVersion: 1,
    id: options.id ?? idFrom(title, 'quiz', 60),
    lang: options.lang,
    title,
    paragraphs: [{ id: 'p1', text: from }],
    entities: [],
    explainer: { summary: from, sections: [] },
    quiz: { ...quiz, title },
  };
}
