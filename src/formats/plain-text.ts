/**
 * Texts of imported files as Glossa holds them: plain text. Question banks carry HTML (GIFT's default
 * format is HTML, and so are QTI's and many spreadsheets'), and Glossa never keeps markup, so tags give
 * their words and entities their characters.
 */

const NAMED_ENTITIES: Readonly<Record<string, string>> = {
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
  nbsp: '\u00a0',
  ndash: '–',
  mdash: '—',
  hellip: '…',
  lsquo: '‘',
  rsquo: '’',
  ldquo: '“',
  rdquo: '”',
  laquo: '«',
  raquo: '»',
  shy: '\u00ad',
};

function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (entity, name: string) => {
    if (name.startsWith('#')) {
      const code = name[1] === 'x' || name[1] === 'X' ? parseInt(name.slice(2), 16) : parseInt(name.slice(1), 10);
      return code > 0 && code <= 0x10ffff && (code < 0xd800 || code > 0xdfff) ? String.fromCodePoint(code) : entity;
    }
    return NAMED_ENTITIES[name.toLowerCase()] ?? entity;
  });
}

/** The words of an HTML fragment: scripts, styles and comments dropped, line breaks and block ends kept as lines. */
export function textFromHtml(html: string): string {
  const text = html
    .replace(/<(script|style)\b[\s\S]*?<\/\1\s*>/gi, '')
    .replace(/<!--[\s\S]*?-->/g, '')
    .replace(/<br\s*\/?>/gi, '\n')
    .replace(/<\/(p|div|li|h[1-6]|tr)\s*>/gi, '\n')
    .replace(/<\/?[A-Za-z][^>]*>/g, '')
    .replace(/[ \t]+/g, ' ')
    .replace(/ ?\r?\n ?/g, '\n')
    .replace(/\n{3,}/g, '\n\n');
  return decodeEntities(text).trim();
}

/** `<` before what could open a tag: the pattern Glossa's texts refuse (see `src/model/primitives.ts`). */
const TAG_OPENING = /<(?=[A-Za-z!/?])/g;

/**
 * `text` with a space after each `<` that would read as a tag ("<b>" spelled out in a plain-text file),
 * which Glossa refuses; `changed` says whether any was found, for a warning.
 */
export function withoutTagOpenings(text: string): { readonly text: string; readonly changed: boolean } {
  const safe = text.replace(TAG_OPENING, '< ');
  return { text: safe, changed: safe !== text };
}
