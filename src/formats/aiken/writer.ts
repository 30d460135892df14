import { quizWarnings } from '../lost-in-export.js';
import type { FormatWarning, QuizExport, OpenQuizInput } from '../types.js';
import { ANSWER_LINE, CHOICE_LINE } from './syntax.js';

/** The most choices Aiken can letter, A to Z. */
const MOST_CHOICES = 26;

/**
 * Writes the single-choice questions of a quiz as Aiken, the only kind it has; every other question,
 * and every feedback and explanation, is left out with a warning.
 */
export function writeAiken(quiz: OpenQuizInput, options: { readonly articleId: string }): QuizExport {
  const warnings: FormatWarning[] = [];
  const blocks: string[] = [];
  for (const question of quiz.questions) {
    const warn = (message: string) => warnings.push({ question: question.id, message });
    if (question.type !== 'single') {
      warn(
        `${/^[aeiou]/.test(question.type) ? 'an' : 'a'} ${question.type} question is left out: Aiken has only single-choice questions`,
      );
      continue;
    }
    if (question.choices.length > MOST_CHOICES) {
      warn(`it is left out: Aiken letters choices A to Z, and it has ${question.choices.length}`);
      continue;
    }
    const lost = [
      ...(question.choices.some((choice) => choice.feedback !== undefined) ? ['the feedback of its choices'] : []),
      ...(question.explanation === undefined ? [] : ['its explanation']),
    ];
    if (lost.length > 0)
      warn(`${lost.join(' and ')} ${lost.length > 1 ? 'are' : 'is'} left out: Aiken cannot carry them`);
    // An Aiken question and each choice is one line.
    const line = (text: string) => text.replace(/\s*(\r\n|\r|\n)\s*/g, ' ').trim();
    const texts = [question.prompt, ...question.choices.map((choice) => choice.text)];
    if (texts.some((text) => /[\r\n]/.test(text)))
      warn('its line breaks became spaces: Aiken writes a text on one line');
    const prompt = line(question.prompt);
    if (CHOICE_LINE.test(prompt) || ANSWER_LINE.test(prompt))
      warn('its prompt starts like a choice or an answer line, and will not read back as a prompt');
    const letters = question.choices.map((_, index) => String.fromCharCode(65 + index));
    const answer = letters[question.choices.findIndex((choice) => choice.id === question.answer)];
    blocks.push(
      [
        prompt,
        ...question.choices.map((choice, index) => `${letters[index]}. ${line(choice.text)}`),
        `ANSWER: ${answer}`,
      ].join('\n'),
    );
  }
  if (quiz.title !== undefined) warnings.push({ message: "the quiz's title is left out: Aiken cannot carry it" });
  warnings.push(...quizWarnings(quiz, 'Aiken', { passPercent: false }));
  return {
    files: [{ path: `${options.articleId}.txt`, content: blocks.length === 0 ? '' : `${blocks.join('\n\n')}\n` }],
    warnings,
  };
}
