const CYRILLIC: Readonly<Record<string, string>> = Object.fromEntries(
  'а:a б:b в:v г:g д:d е:e ё:e ж:zh з:z и:i й:i к:k л:l м:m н:n о:o п:p р:r с:s т:t у:u ф:f х:kh ц:ts ч:ch ш:sh щ:shch ъ: ы:y ь: э:e ю:yu я:ya і:i ї:yi є:ye ґ:g'
    .split(' ')
    .map((pair) => pair.split(':') as [string, string]),
);

/** An id for a name: its Latin letters and digits joined by "-" ("Nur-Sultan" → "nur-sultan", "Путин" → "putin"). */
export function nameSlug(name: string): string {
  return [...name.toLowerCase()]
    .map((character) => CYRILLIC[character] ?? character)
    .join('')
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 50)
    .replace(/-+$/, '');
}

/**
 * Ids made unique in the order asked for, and apart from those `taken` already: "tokayev", then
 * "tokayev-2"; one that is no id gets "entity-…".
 */
export function uniqueIds(names: readonly string[], alreadyTaken: readonly string[] = []): string[] {
  const taken = new Set(alreadyTaken);
  return names.map((name) => {
    const slug = nameSlug(name);
    const base = /^[a-z]/.test(slug) ? slug : `entity-${slug || 'name'}`.replace(/-$/, '');
    let id = base;
    for (let count = 2; taken.has(id); count += 1) id = `${base}-${count}`;
    taken.add(id);
    return id;
  });
}
