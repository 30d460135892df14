/** A choice line, `A. Paris` or `A) Paris`, as Moodle reads it. */
export const CHOICE_LINE = /^\s*([A-Z])[.)]\s+(.*?)\s*$/;
/** The line that ends a question, `ANSWER: B`. */
export const ANSWER_LINE = /^\s*ANSWER\s*:\s*(.*?)\s*$/i;

/**
 * Whether `text` has the shape of an Aiken file: a choice line and an answer line. A `.txt` file is an
 * article's text as often as it is Aiken, and only this shape tells them apart.
 */
export function looksLikeAiken(text: string): boolean {
  const lines = text.split(/\r\n|\r|\n/);
  return lines.some((line) => CHOICE_LINE.test(line)) && lines.some((line) => /^\s*ANSWER\s*:\s*[A-Z]\s*$/i.test(line));
}
