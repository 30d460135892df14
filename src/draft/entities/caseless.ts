/**
 * Whether a text is written in a script without capitals (Arabic, Hebrew, Chinese, Japanese, Thai…):
 * there, no capital marks a name, so no name is drafted. Half its letters having no case decides it.
 */
export function isCaseless(text: string): boolean {
  let letters = 0;
  let cased = 0;
  for (const character of text) {
    if (/\p{L}/u.test(character)) {
      letters += 1;
      if (/[\p{Lu}\p{Ll}]/u.test(character)) cased += 1;
    }
  }
  return letters > 0 && cased * 2 < letters;
}
