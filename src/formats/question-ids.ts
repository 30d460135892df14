import { slugWords, uniqueId } from '../shared/slug.js';

const ID_PATTERN = /^[A-Za-z][\w-]*$/;

/**
 * Ids for imported questions, unique in their quiz: a name the file gives (a GIFT title, a CSV id) as it
 * is when it is already an id, else its slug, else `q1`, `q2`… by position.
 */
export class QuestionIds {
  readonly #taken = new Set<string>();

  next(name: string | undefined, position: number): string {
    const trimmed = name?.trim() ?? '';
    const fromName = ID_PATTERN.test(trimmed) ? trimmed : slugWords(trimmed).join('-').slice(0, 60).replace(/-+$/u, '');
    return uniqueId(/^[a-z]/i.test(fromName) ? fromName : `q${position}`, this.#taken);
  }
}
