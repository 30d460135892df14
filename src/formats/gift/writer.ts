import { BLANK } from '../../model/primitives.js';
import { quizWarnings } from '../lost-in-export.js';
import type { OpenQuestionInput } from '../types.js';
import type { FormatWarning, QuizExport, OpenQuizInput } from '../types.js';
import { escapeGift } from './escape.js';

/** The weights Moodle takes for an answer (its grade options), as GIFT writes them. */
const MOODLE_WEIGHTS = [
  100, 90, 83.33333, 80, 75, 70, 66.66667, 60, 50, 40, 33.33333, 30, 25, 20, 16.66667, 14.28571, 12.5, 11.11111, 10, 5,
];

const answerLine = (mark: string, text: string, feedback?: string) =>
  `\t${mark}${escapeGift(text)}${feedback === undefined ? '' : `#${escapeGift(feedback)}`}`;

/** The prompt around the answers: a `___` in it is where they go (GIFT's missing word), else they follow it. */
function aroundAnswers(prompt: string, answers: readonly string[], explanation: string | undefined): string {
  const at = prompt.indexOf(BLANK);
  const [before, after] = at < 0 ? [`${prompt} `, ''] : [prompt.slice(0, at), prompt.slice(at + BLANK.length)];
  const general = explanation === undefined ? [] : [`\t####${escapeGift(explanation)}`];
  return `${escapeGift(before)}{\n${[...answers, ...general].join('\n')}\n}${escapeGift(after)}`;
}

function choiceWeights(question: Extract<OpenQuestionInput, { type: 'multiple' }>, warn: (message: string) => void) {
  const weight = Number((100 / question.answers.length).toFixed(5));
  if (!MOODLE_WEIGHTS.includes(weight))
    warn(`its ${question.answers.length} right answers weigh ${weight} % each, a weight Moodle does not offer`);
  return { right: `~%${weight}%`, wrong: '~%-100%' };
}

/** One question's GIFT, or undefined for a type GIFT has not. */
function questionGift(question: OpenQuestionInput, warn: (message: string) => void): string | undefined {
  const title = `::${escapeGift(question.id)}:: `;
  if (
    (question.type === 'single' || question.type === 'multiple') &&
    question.choices.some((choice) => choice.text.includes('->'))
  )
    warn(
      'a choice holds "->", which GIFT reads as the arrow of a matching pair: the question will not read back as written',
    );
  switch (question.type) {
    case 'single':
      return (
        title +
        aroundAnswers(
          question.prompt,
          question.choices.map((choice) =>
            answerLine(choice.id === question.answer ? '=' : '~', choice.text, choice.feedback),
          ),
          question.explanation,
        )
      );
    case 'multiple': {
      const { right, wrong } = choiceWeights(question, warn);
      return (
        title +
        aroundAnswers(
          question.prompt,
          question.choices.map((choice) =>
            answerLine(question.answers.includes(choice.id) ? right : wrong, choice.text, choice.feedback),
          ),
          question.explanation,
        )
      );
    }
    case 'true-false': {
      const general = question.explanation === undefined ? '' : `####${escapeGift(question.explanation)}`;
      return `${title}${escapeGift(question.prompt)} {${question.answer ? 'TRUE' : 'FALSE'}${general}}`;
    }
    case 'fill-blank':
      return (
        title +
        aroundAnswers(
          question.prompt,
          question.accept.map((text) => answerLine('=', text)),
          question.explanation,
        )
      );
    case 'match': {
      if (question.pairs.some((pair) => pair.left.includes('->')))
        warn(
          'a left side holds "->", which GIFT reads as the arrow of the pair: the pair will not read back as written',
        );
      if (question.pairs.length < 3) warn('Moodle asks a matching question for at least three pairs');
      return (
        title +
        aroundAnswers(
          question.prompt,
          question.pairs.map((pair) => `\t=${escapeGift(pair.left)} -> ${escapeGift(pair.right)}`),
          question.explanation,
        )
      );
    }
    case 'order':
      warn('an order question is left out: GIFT has no question of putting items in order');
      return undefined;
  }
}

/** Writes a quiz as GIFT, one question per paragraph, its id as the `::title::`. */
export function writeGift(quiz: OpenQuizInput, options: { readonly articleId: string }): QuizExport {
  const warnings: FormatWarning[] = [];
  // A category is read as it is written, without escapes; `//` is how Moodle writes a slash in its name.
  const blocks = [`// The quiz of the Glossa article "${options.articleId}", in GIFT (Moodle's question format).`];
  if (quiz.title !== undefined) blocks.push(`$CATEGORY: ${quiz.title.replace(/\s+/g, ' ').replace(/\//g, '//')}`);
  for (const question of quiz.questions) {
    const gift = questionGift(question, (message) => warnings.push({ question: question.id, message }));
    if (gift !== undefined) blocks.push(gift);
  }
  warnings.push(...quizWarnings(quiz, 'GIFT', { passPercent: false }));
  return { files: [{ path: `${options.articleId}.gift`, content: `${blocks.join('\n\n')}\n` }], warnings };
}
