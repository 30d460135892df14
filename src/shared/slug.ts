const CYRILLIC: Readonly<Record<string, string>> = Object.fromEntries(
  'а:a б:b в:v г:g д:d е:e ё:e ж:zh з:z и:i й:i к:k л:l м:m н:n о:o п:p р:r с:s т:t у:u ф:f х:kh ц:ts ч:ch ш:sh щ:shch ъ: ы:y ь: э:e ю:yu я:ya і:i ї:yi є:ye ґ:g'
    .split(' ')
    .map((pair) => pair.split(':') as [string, string]),
);

/**
 * The Latin words of `text` for an id, lower-case: accents dropped, Cyrillic transliterated, apostrophes
 * closed up ("Kazakhstan’s Путин" → ["kazakhstans", "putin"]). Other scripts give no words.
 */
export function slugWords(text: string): string[] {
  return [...text.toLowerCase()]
    .map((character) => CYRILLIC[character] ?? character)
    .join('')
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .replace(/['’]/gu, '')
    .split(/[^a-z0-9]+/u)
    .filter((word) => word !== '');
}

/**
 * An id made from a name, title or label ("Kassym-Jomart Tokayev" → "kassym-jomart-tokayev"), valid for
 * the model: a letter first, so "2022 protests" under `fallback` "item" is "item-2022-protests", and text
 * with no Latin words is `fallback` itself. Cut at `maxLength` characters without a trailing hyphen.
 */
export function idFrom(text: string, fallback: string, maxLength = 50): string {
  const slug = slugWords(text).join('-').slice(0, maxLength).replace(/-+$/u, '');
  if (/^[a-z]/u.test(slug)) return slug;
  return slug === '' ? fallback : `${fallback}-${slug}`;
}

/** `id`, or `id-2`, `id-3`… when `taken` has it; the id returned is added to `taken`. */
export function uniqueId(id: string, taken: Set<string>): string {
  let candidate = id;
  for (let number = 2; taken.has(candidate); number += 1) candidate = `${id}-${number}`;
  taken.add(candidate);
  return candidate;
}
