/**
 * Characters XML 1.0 cannot hold, not even as a character reference: C0 controls but tab and the line
 * ends, U+FFFE, U+FFFF and surrogates without their pair (in `u` mode the class matches no paired one).
 */
// eslint-disable-next-line no-control-regex -- finding control characters is the point
const NOT_IN_XML = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF\uD800-\uDFFF]/u;

export function holdsCharactersXmlCannot(text: string): boolean {
  return NOT_IN_XML.test(text);
}

/** `text` with each character XML cannot hold replaced by U+FFFD, which says something was there. */
export function replaceCharactersXmlCannotHold(text: string): string {
  return text.replace(new RegExp(NOT_IN_XML.source, 'gu'), '\uFFFD');
}

/**
 * The one escaping of text for XML: markup characters as entities, and `\r` as a reference, which a
 * parser would otherwise turn into `\n`. In an attribute, quotes and the whitespace that attribute
 * normalisation turns into spaces are references too.
 */
export function escapeXml(text: string, where: 'text' | 'attribute'): string {
  const escaped = replaceCharactersXmlCannotHold(text)
    .replaceAll('&', '&amp;')
    .replaceAll('<', '&lt;')
    .replaceAll('>', '&gt;')
    .replaceAll('\r', '&#13;');
  return where === 'text'
    ? escaped
    : escaped.replaceAll('"', '&quot;').replaceAll('\n', '&#10;').replaceAll('\t', '&#9;');
}
