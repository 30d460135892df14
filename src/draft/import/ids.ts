/** Latin letters and digits of `text`, lower-case, joined by hyphens: "Kazakhstan’s incumbent" → "kazakhstans-incumbent". */
function slugWords(text: string): string[] {
  return text
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .replace(/['’]/gu, '')
    .toLowerCase()
    .split(/[^a-z0-9]+/u)
    .filter((word) => word !== '');
}

const WORDS_IN_ID = 4;

function unique(id: string, taken: Set<string>): string {
  let candidate = id;
  for (let number = 2; taken.has(candidate); number += 1) candidate = `${id}-${number}`;
  taken.add(candidate);
  return candidate;
}

/**
 * An id for each figure from the first words of its caption ("a-woman-walks-past"), or `figure-1`… for
 * a caption in a script without Latin letters; ids that would repeat get a number.
 */
export function figureIds(captions: readonly string[]): string[] {
  const taken = new Set<string>();
  return captions.map((caption, position) => {
    const slug = slugWords(caption).slice(0, WORDS_IN_ID).join('-');
    return unique(/^[a-z]/u.test(slug) ? slug : `figure-${position + 1}`, taken);
  });
}

/** A note's id from its label: "Editor’s note" → "editors-note". */
export function labelId(label: string, taken: Set<string>): string {
  const slug = slugWords(label).join('-');
  return unique(/^[a-z]/u.test(slug) ? slug : 'note', taken);
}
