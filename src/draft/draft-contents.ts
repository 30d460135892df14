import type { ArticleInput } from '../model/types.js';

const counted = (count: number, one: string, many: string) =>
  `${count.toLocaleString('en')} ${count === 1 ? one : many}`;

/** "Drafted 19 paragraphs, 2 figures, 24 entities, …": what a draft holds, for the person who asked for it. */
export function draftContents(article: ArticleInput): string {
  const parts = [
    counted(article.paragraphs.length, 'paragraph', 'paragraphs'),
    counted(article.figures?.length ?? 0, 'figure', 'figures'),
    counted(article.entities.length, 'entity', 'entities'),
    counted(article.explainer.keyFacts?.length ?? 0, 'key fact', 'key facts'),
    counted(article.timeline?.length ?? 0, 'event', 'events'),
    counted(article.quiz?.questions.length ?? 0, 'question', 'questions'),
  ];
  return `Drafted ${parts.join(', ')}`;
}
