import { quizWarnings } from '../lost-in-export.js';
import type { OpenQuestionInput } from '../types.js';
import type { FormatWarning, QuizExport, OpenQuizInput } from '../types.js';
import { withFormulaGuard } from './formula-guard.js';

/**
 * A cell as RFC 4180 writes it: quoted when it holds a delimiter, a quote, a line break or edge spaces;
 * guarded first, so that no spreadsheet runs it as a formula.
 */
function cell(text: string): string {
  const value = withFormulaGuard(text);
  return /[",;\t\r\n]|^\s|\s$/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}

/** What the choice columns of a question hold: its choices, accepted answers, items in order or pairs. */
function options(question: OpenQuestionInput): string[] {
  switch (question.type) {
    case 'single':
    case 'multiple':
      return question.choices.map((choice) => choice.text);
    case 'fill-blank':
      return question.accept;
    case 'order':
      return question.items.map((item) => item.text);
    case 'match':
      return question.pairs.map((pair) => `${pair.left} -> ${pair.right}`);
    case 'true-false':
      return [];
  }
}

/** The numbers of the right choices, counted from 1 as the choice columns are. */
const choiceNumbers = (choices: readonly { readonly id: string }[], ids: readonly string[]) =>
  ids.map((id) => choices.findIndex((choice) => choice.id === id) + 1).join(', ');

function answer(question: OpenQuestionInput): string {
  switch (question.type) {
    case 'single':
      return choiceNumbers(question.choices, [question.answer]);
    case 'multiple':
      return choiceNumbers(question.choices, question.answers);
    case 'true-false':
      return String(question.answer);
    default:
      return '';
  }
}

const feedbacks = (question: OpenQuestionInput) =>
  question.type === 'single' || question.type === 'multiple'
    ? question.choices.map((choice) => choice.feedback ?? '')
    : [];

/**
 * Writes a quiz in Glossa's CSV layout (README.md): UTF-8 with a byte-order mark, so that Excel reads its
 * accents, `,` between cells and CRLF between rows, as RFC 4180 has them.
 */
export function writeCsv(quiz: OpenQuizInput, { articleId }: { readonly articleId: string }): QuizExport {
  const warnings: FormatWarning[] = [];
  const width = Math.max(2, ...quiz.questions.map((question) => options(question).length));
  const feedbackWidth = Math.max(
    0,
    ...quiz.questions.map((question) => {
      const list = feedbacks(question);
      return list.findLastIndex((text) => text !== '') + 1;
    }),
  );
  const numbered = (name: string, count: number) => Array.from({ length: count }, (_, index) => `${name} ${index + 1}`);
  const header = [
    'id',
    'type',
    'prompt',
    ...numbered('choice', width),
    'answer',
    ...numbered('feedback', feedbackWidth),
    'explanation',
  ];
  const rows = quiz.questions.map((question) => {
    if (question.type === 'match' && question.pairs.some((pair) => pair.left.includes('->')))
      warnings.push({
        question: question.id,
        message: 'a left side holds "->", which the layout reads as the arrow of the pair',
      });
    const cells = options(question);
    const feedback = feedbacks(question);
    return [
      question.id,
      question.type,
      question.prompt,
      ...Array.from({ length: width }, (_, index) => cells[index] ?? ''),
      answer(question),
      ...Array.from({ length: feedbackWidth }, (_, index) => feedback[index] ?? ''),
      question.explanation ?? '',
    ];
  });
  if (quiz.title !== undefined)
    warnings.push({ message: "the quiz's title is left out: the CSV layout has one row per question" });
  warnings.push(...quizWarnings(quiz, 'the CSV layout', { passPercent: false }));
  const content = [header, ...rows].map((row) => row.map(cell).join(',')).join('\r\n');
  return { files: [{ path: `${articleId}.csv`, content: `\uFEFF${content}\r\n` }], warnings };
}
