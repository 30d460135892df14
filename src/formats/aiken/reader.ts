import { letterId } from '../../shared/letter-id.js';
import { withoutTagOpenings } from '../plain-text.js';
import { QuestionIds } from '../question-ids.js';
import type { QuestionInput } from '../types.js';
import { FormatSyntaxError, type FormatWarning, type QuizImport } from '../types.js';
import { ANSWER_LINE, CHOICE_LINE } from './syntax.js';

interface Pending {
  readonly prompt: string[];
  readonly choices: { readonly letter: string; readonly text: string }[];
  readonly line: number;
}

/**
 * Reads an Aiken file (Moodle's format of single-choice questions): the question's text, its choices
 * `A. …` (or `A) …`) in order, then `ANSWER: A`. Throws `FormatSyntaxError` with the line and column of
 * what is not where Aiken puts it.
 */
export function readAiken(fileText: string): QuizImport {
  const lines = fileText.replace(/^\uFEFF/, '').split(/\r\n|\r|\n/);
  const questions: QuestionInput[] = [];
  const warnings: FormatWarning[] = [];
  const ids = new QuestionIds();
  let pending: Pending | undefined;
  const plain = (text: string, line: number) => {
    const safe = withoutTagOpenings(text);
    if (safe.changed)
      warnings.push({
        question: `question ${questions.length + 1} (line ${line})`,
        message: 'a "<" that would read as a tag got a space after it: Glossa keeps texts as plain text',
      });
    return safe.text;
  };

  lines.forEach((text, index) => {
    const line = index + 1;
    const column = text.length - text.trimStart().length + 1;
    if (text.trim() === '') return;
    const choice = CHOICE_LINE.exec(text);
    const answer = ANSWER_LINE.exec(text);
    if (answer) {
      if (pending === undefined || pending.choices.length === 0)
        throw new FormatSyntaxError('expected choices such as "A. …" before the answer line', line, column);
      if (pending.choices.length < 2)
        throw new FormatSyntaxError('expected at least two choices before the answer line', line, column);
      const letters = pending.choices.map((option) => option.letter);
      const letter = answer[1]!.toUpperCase();
      if (!letters.includes(letter))
        throw new FormatSyntaxError(
          `expected the letter of one of the choices (${letters[0]}–${letters[letters.length - 1]}), found "${answer[1]}"`,
          line,
          text.indexOf(answer[1]!, text.indexOf(':') + 1) + 1,
        );
      questions.push({
        id: ids.next(undefined, questions.length + 1),
        type: 'single',
        prompt: plain(pending.prompt.join('\n'), pending.line),
        choices: pending.choices.map((option, position) => ({
          id: letterId(position),
          text: plain(option.text, pending!.line),
        })),
        answer: letterId(letters.indexOf(letter)),
      });
      pending = undefined;
    } else if (choice && pending !== undefined && pending.prompt.length > 0) {
      const expected = String.fromCharCode(65 + pending.choices.length);
      const [, letter, choiceText = ''] = choice;
      if (letter !== expected)
        throw new FormatSyntaxError(`expected choice "${expected}." here, found "${letter}"`, line, column);
      if (choiceText === '')
        throw new FormatSyntaxError(`expected the text of choice ${expected}`, line, text.length + 1);
      pending.choices.push({ letter: expected, text: choiceText });
    } else if (pending !== undefined && pending.choices.length > 0) {
      throw new FormatSyntaxError('expected the next choice ("B. …") or the answer line ("ANSWER: A")', line, column);
    } else if (choice && pending === undefined) {
      throw new FormatSyntaxError("expected the question's text before its choices", line, column);
    } else {
      pending ??= { prompt: [], choices: [], line };
      pending.prompt.push(text.trim());
    }
  });
  if (pending !== undefined) {
    const line = lines.length;
    throw new FormatSyntaxError(
      pending.choices.length === 0
        ? `expected choices ("A. …") and an answer line ("ANSWER: A") after the question at line ${pending.line}`
        : `expected the answer line ("ANSWER: A") of the question at line ${pending.line}`,
      line,
      (lines[line - 1]?.length ?? 0) + 1,
    );
  }
  return { quiz: { questions }, warnings };
}
