import { parseQuiz, type QuizParseResult } from '../../model/index.js';

// A quiz written in HTML is checked against its article here too, so the rules load with the reader.
export { checkQuizEvidence } from '../../model/parse-quiz.js';
import { withMarkupHint } from './markup-hints.js';
import { readQuizMarkup } from './read-quiz-markup.js';

/**
 * The quiz written as HTML inside `host`, validated like a JSON quiz: `readQuizMarkup`, then `parseQuiz`,
 * with messages in the words of the markup where the JSON wording would not help a teacher. Paths are
 * the JSON paths (`quiz.questions[0].answer` is the first `<glossa-question>`). Returns `undefined` when
 * `host` holds no `<glossa-question>`; never throws.
 */
export function parseQuizMarkup(host: Element): QuizParseResult | undefined {
  const markup = readQuizMarkup(host);
  if (markup === undefined) return undefined;
  const result = parseQuiz(markup);
  return result.ok ? result : { ok: false, issues: result.issues.map((issue) => withMarkupHint(issue, markup)) };
}
