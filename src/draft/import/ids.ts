import { idFrom, slugWords, uniqueId } from '../../shared/slug.js';

const WORDS_IN_ID = 4;

/**
 * An id for each figure from the first words of its caption ("a-woman-walks-past"), or `figure-1`… for
 * a caption without Latin words; ids that would repeat get a number.
 */
export function figureIds(captions: readonly string[]): string[] {
  const taken = new Set<string>();
  return captions.map((caption, position) => {
    const slug = slugWords(caption).slice(0, WORDS_IN_ID).join('-');
    return uniqueId(/^[a-z]/u.test(slug) ? slug : `figure-${position + 1}`, taken);
  });
}

/** A note's id from its label: "Editor’s note" → "editors-note". */
export function labelId(label: string, taken: Set<string>): string {
  return uniqueId(idFrom(label, 'note'), taken);
}
