import { endsAsSentence, wordCount } from './lines.js';

/** Words that label a credit: "Photo: Reuters", "(Photo by … /Getty Images)", "Foto: dpa", "Credit: NASA". */
const CREDIT_LABEL =
  /^\(?\s*(?:photo(?:graph)?s?|pictures?|images?|credits?|photo credit|image credit|video|illustration|graphic|foto(?:s|grafie|grafía|grafia)?|bild(?:er)?|imagen|crédits?|crédito|créditos|illustrazione|фото|صورة|©)\s*(?:by|von|de|par|di|door|:|©)\s*/iu;

/** Picture agencies and desks that are a credit on their own, or after a name: "Reuters", "John Smith, AP". */
const AGENCY =
  /^(?:\p{Lu}[^,]{0,40},\s*)?(?:AP(?: Photo)?|Reuters|AFP|EPA(?:-EFE)?|dpa|Getty(?: Images)?|Shutterstock|iStock(?:photo)?|Alamy|Bloomberg|TASS|Sputnik|Xinhua|ANP|Keystone|picture[ -]alliance|Imago|NurPhoto|SOPA Images|Anadolu(?: Agency)?|Wikimedia Commons|Unsplash|Pexels|PA(?: Wire| Images)?|Press Association|Associated Press)$/u;

/** A part of a slashed credit: a name or an agency, a few words that each open with a capital. */
const CREDIT_PART = /^\p{Lu}[\p{L}\p{N}.&'’-]*(?:[ -]\p{L}[\p{L}\p{N}.&'’-]*){0,4}$/u;

/**
 * The credit `line` gives, when it is one: a short line that is labelled ("Photo: Reuters"), names
 * its parts with slashes ("Alexei Filippov / AP", "NASA/JPL-Caltech") or ends with a picture agency.
 * The label and the parentheses around a credit are left out; the names are kept as written. A remark
 * in parentheses after the names ("NASA/JPL-Caltech (as printed in …)") is the editor's, not the credit.
 */
export function readCredit(line: string): string | undefined {
  const text = line.trim();
  if (text.length > 160 || /https?:|www\./iu.test(text)) return undefined;
  const label = CREDIT_LABEL.exec(text);
  if (label) {
    const rest = text.slice(label[0].length).trim();
    const names = withoutRemark(label[0].startsWith('(') ? rest.replace(/\)$/u, '') : rest);
    return names.length > 0 && wordCount(names) <= 12 ? names : undefined;
  }
  const names = withoutRemark(text);
  if (wordCount(names) > 10 || endsAsSentence(names)) return undefined;
  // After the slashed names, a dash may add a desk: "ESA/CNES/Arianespace – Service optique du CSG".
  const parts = names.split(/\s*\/\s*|\s+[–—]\s+/u);
  if (names.includes('/') && parts.every((part) => CREDIT_PART.test(part))) return names;
  return wordCount(names) <= 8 && AGENCY.test(names) ? names : undefined;
}

/** "NASA/JPL-Caltech (credit as printed …)" → "NASA/JPL-Caltech". */
function withoutRemark(text: string): string {
  return text.replace(/\s+\([^()]*\)$/u, '').trim();
}

/**
 * Where a caption hands over to its credit: " — Credit: NASA", ". Photo: Reuters", " (Photo by … /Getty Images)".
 * A run of spaces is tried from its start only (`(?<!\s)`), or a long run would be tried from each of its spaces.
 */
const TRAILING_CREDIT =
  /(?:(?<!\s)\s+[—–-]\s*|(?<=[.!?”"])\s+|(?<!\s)\s+(?=\())(?=\(?\s*(?:photo(?:graph)?s?|pictures?|images?|credits?|photo credit|image credit|foto|fotos|bild|imagen|crédits?|crédito|фото|©)\s*(?:by|von|de|par|:|©))/giu;

/** A caption and the credit at its end, split: "A woman walks past … 2022. Photo: Reuters". */
export function splitTrailingCredit(text: string): { readonly caption: string; readonly credit?: string } {
  let last: RegExpExecArray | undefined;
  for (const match of text.matchAll(TRAILING_CREDIT)) last = match;
  if (last === undefined) return { caption: text };
  const credit = readCredit(text.slice(last.index + last[0].length));
  const caption = text.slice(0, last.index).trim();
  return credit === undefined || caption === '' ? { caption: text } : { caption, credit };
}
