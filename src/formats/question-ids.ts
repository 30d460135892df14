const ID_PATTERN = /^[A-Za-z][\w-]*$/;

/** The Latin letters and digits of `text`, lower case, joined by hyphens: "Capital cities" → "capital-cities". */
export function slug(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .replace(/['’]/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60)
    .replace(/-+$/, '');
}

/**
 * Ids for imported questions, unique in their quiz: a name the file gives (a GIFT title, a CSV id) as it
 * is when it is already an id, else its slug, else `q1`, `q2`… by position.
 */
export class QuestionIds {
  readonly #taken = new Set<string>();

  next(name: string | undefined, position: number): string {
    const trimmed = name?.trim() ?? '';
    const fromName = ID_PATTERN.test(trimmed) ? trimmed : slug(trimmed);
    const base = /^[a-z]/i.test(fromName) ? fromName : `q${position}`;
    let id = base;
    for (let number = 2; this.#taken.has(id); number += 1) id = `${base}-${number}`;
    this.#taken.add(id);
    return id;
  }
}
