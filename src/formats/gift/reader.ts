import { positionAt } from '../position.js';
import { QuestionIds } from '../question-ids.js';
import type { QuestionInput } from '../types.js';
import { FormatSyntaxError, type FormatWarning, type QuizImport } from '../types.js';
import { answersSyntax } from './answers-syntax.js';
import { giftItems } from './lexer.js';
import { GiftFault, questionSyntax } from './question-syntax.js';
import { toQuestion } from './to-question.js';

/** The name of a `$CATEGORY:` path's last category, without Moodle's `$course$`-style context; `//` is a slash. */
function categoryName(path: string): string {
  const parts = path
    .split(/(?<!\/)\/(?!\/)/)
    .map((part) => part.replace(/\/\//g, '/').trim())
    .filter((part) => part !== '' && !/^\$\w+\$$/.test(part) && part !== 'top');
  return parts[parts.length - 1] ?? '';
}

/**
 * Reads a GIFT file (Moodle's question format) into a quiz. The first `$CATEGORY:` names the quiz; each
 * question's `::title::` becomes its id. Throws `FormatSyntaxError` with the line and column of a fault.
 */
export function readGift(fileText: string): QuizImport {
  const text = fileText.replace(/^\uFEFF/, '');
  const questions: QuestionInput[] = [];
  const warnings: FormatWarning[] = [];
  const categories: string[] = [];
  const ids = new QuestionIds();
  let number = 0;
  try {
    for (const item of giftItems(text)) {
      if (item.kind === 'category') {
        const name = categoryName(item.name);
        if (name !== '' && !categories.includes(name)) categories.push(name);
        continue;
      }
      number += 1;
      const syntax = questionSyntax(item.chars);
      const label = syntax.title || `question ${number} (line ${positionAt(text, item.offset).line})`;
      if (syntax.answers === undefined) {
        warnings.push({
          question: label,
          message: 'a description (text without "{…}") is not a question: not imported',
        });
        continue;
      }
      const read = toQuestion(syntax, answersSyntax(syntax.answers), ids.next(syntax.title, questions.length + 1));
      if (read.question) questions.push(read.question);
      for (const message of read.warnings) warnings.push({ question: label, message });
    }
  } catch (error) {
    if (!(error instanceof GiftFault)) throw error;
    const { line, column } = positionAt(text, error.offset);
    throw new FormatSyntaxError(error.message, line, column);
  }
  if (categories.length > 1) {
    warnings.push({
      message: `the questions of ${categories.length} categories (${categories.join(', ')}) make one quiz, named after the first`,
    });
  }
  return { quiz: { ...(categories[0] ? { title: categories[0] } : {}), questions }, warnings };
}
