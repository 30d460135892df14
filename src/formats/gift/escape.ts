/** The characters GIFT gives a meaning to, written with a backslash in text (Moodle's list, and `\` itself). */
const SPECIAL = /[\\~=#{}:]/g;

/** `text` as GIFT text: special characters escaped, and line breaks as `\n` (a blank line would end the question). */
export function escapeGift(text: string): string {
  return text.replace(SPECIAL, (character) => `\\${character}`).replace(/\r\n|\r|\n/g, '\\n');
}

/** The characters a backslash escapes when reading, with what each stands for. */
export const ESCAPED: Readonly<Record<string, string>> = {
  '\\': '\\',
  '~': '~',
  '=': '=',
  '#': '#',
  '{': '{',
  '}': '}',
  ':': ':',
  n: '\n',
};
