/**
 * What a line of an article's text looks like: a sentence, a heading, a credit, a teaser. Pure tests of
 * one line each, in the words of many languages where words matter; the readers and `assembleBody`
 * decide with them. Every pattern here is linear: no nested quantifiers, nothing that backtracks far.
 */

/** Where a sentence may end: full stops, question and exclamation marks of many scripts, closing quotes and brackets. */
const SENTENCE_END = /[.!?…。！？؟۔।:;"”»’]$/u;

/** A list marker: a bullet, or a number of up to three digits (so a year that opens a line is not one). */
export const LIST_MARKER = /^(?:[-*+•‣◦▪]|\d{1,3}[.)])\s+/u;

export function wordCount(text: string): number {
  let count = 0;
  for (const _ of text.matchAll(/\S+/g)) count += 1;
  return count;
}

/** Whether `text` opens with a capital, a digit, or a letter of a script that has no case (Arabic, CJK). */
export function opensLikeATitle(text: string): boolean {
  return /^[\p{Lu}\p{Lt}\d]/u.test(text) || /^[\p{Lo}]/u.test(text);
}

/** A line that closes as a sentence does. */
export function endsAsSentence(text: string): boolean {
  return SENTENCE_END.test(text);
}

/** Ends in an ellipsis, as a teaser cut short does. */
export function endsInEllipsis(text: string): boolean {
  return /(?:…|\.\.\.)$/.test(text);
}

/** A short line that does not close as a sentence: a title, a subheading, a figure's title. */
export function isHeadingLike(text: string): boolean {
  return text.length <= 120 && wordCount(text) <= 12 && opensLikeATitle(text) && !endsAsSentence(text);
}

/**
 * A teaser: a headline cut short with "…", linking to another story. A sentence that trails off has
 * punctuation before its end or opens with a quotation mark; a teaser is one run of words.
 */
export function isTeaser(text: string): boolean {
  if (!endsInEllipsis(text)) return false;
  // Trimmed after the cut: a pattern with \s* before the ellipsis would try every space of a long run.
  const body = text.replace(/(?:…|\.\.\.)$/, '').trimEnd();
  return (wordCount(body) <= 25 && !/[.!?;"“”«»]/u.test(body)) || isWireTeaser(body);
}

/** A wire story's opening cut short: "Kyiv, June 21 (Reuters) – Ukraine has arrested a … business …". */
function isWireTeaser(body: string): boolean {
  return /^[^.!?]{1,60}\((?:Reuters|AP|AFP|dpa|Bloomberg|UPI|ANSA|EFE|Xinhua|TASS)\)\s*[–—-]/u.test(body);
}

/** Only an address: a link left on a line of its own, with nothing to read. */
export function isBareLink(text: string): boolean {
  return /^(?:https?:\/\/|www\.)\S+$/iu.test(text);
}

/** A line without a letter: a release number ("2024-036"), a row of stars, a page number. */
export function hasNoLetter(text: string): boolean {
  return !/\p{L}/u.test(text);
}

/** A contact line: an e-mail address or a telephone number, as a press release ends with. */
export function isContactLine(text: string): boolean {
  return (
    wordCount(text) <= 12 &&
    (/\S@\S+\.\p{L}{2,}/u.test(text) || /(?:^|\s)\+?\(?\d{2,4}\)?[\s./-]\d{2,4}[\s./-]\d{3,4}(?:\s|$)/u.test(text))
  );
}

const CHROME_LINES = [
  // English
  'advertisement',
  'advertising',
  'sponsored',
  'sponsored content',
  'share',
  'share this',
  'share this article',
  'share this story',
  'share on facebook',
  'share on twitter',
  'share on x',
  'tweet',
  'email',
  'print',
  'print this page',
  'copy link',
  'comments',
  'leave a comment',
  'leave a reply',
  'follow us',
  'subscribe',
  'sign up',
  'log in',
  'sign in',
  'menu',
  'search',
  'skip to content',
  'skip to main content',
  'back to top',
  'read more',
  'read also',
  'see also',
  'related',
  'related articles',
  'related stories',
  'related posts',
  'more stories',
  'you may also like',
  'recommended',
  'trending',
  'most read',
  'most popular',
  'tags',
  'listen to this article',
  'facebook',
  'twitter',
  'linkedin',
  'whatsapp',
  'telegram',
  'reddit',
  'pinterest',
  // German, French, Spanish, Italian, Portuguese, Dutch, Russian
  'anzeige',
  'werbung',
  'teilen',
  'mehr zum thema',
  'auch interessant',
  'lesen sie auch',
  'weitere artikel',
  'publicité',
  'partager',
  'lire aussi',
  'à lire aussi',
  'sur le même sujet',
  'publicidad',
  'compartir',
  'lee también',
  'leer más',
  'te puede interesar',
  'pubblicità',
  'condividi',
  'leggi anche',
  'publicidade',
  'compartilhar',
  'partilhar',
  'leia também',
  'advertentie',
  'delen',
  'lees ook',
  'реклама',
  'поделиться',
  'читайте также',
].map((line) => line.normalize('NFC'));

const CHROME_SET = new Set(CHROME_LINES);

/** What a line says once its case, closing punctuation and surrounding symbols are set aside. */
function plainWords(text: string): string {
  return text
    .normalize('NFC')
    .toLowerCase()
    .replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, '')
    .replace(/\s+/g, ' ');
}

/** A page's furniture on a line of its own: "Share", "Advertisement", "Read more", "Subscribe"… */
export function isChromeLine(text: string): boolean {
  return (text.length <= 60 && CHROME_SET.has(plainWords(text))) || isShareBar(text);
}

/** A share bar: "Share: Facebook · X · LinkedIn · E-mail", "Partager : …", the networks named after the word. */
export function isShareBar(text: string): boolean {
  return (
    text.length <= 120 &&
    /^(?:share(?: this(?: article| story)?)?|partager|teilen|compartir|condividi|compartilhar|partilhar|delen|поделиться)\s*:/iu.test(
      text,
    ) &&
    /facebook|twitter|\bx\b|linkedin|whatsapp|e-?mail|telegram|reddit|bluesky|mastodon/iu.test(text)
  );
}

/** A box that asks for something rather than telling: subscribe, sign up, follow, download the app. */
export function isCallToAction(text: string): boolean {
  return (
    wordCount(text) <= 40 &&
    /^(?:subscribe|sign up|join|get (?:our|the)|follow us|download (?:our|the) app|don['’]t miss|never miss|support (?:our|us)|newsletter|abonnieren|melden sie sich|abonnez-vous|inscrivez-vous|suscríbete|iscriviti|assine|abonneer)\b/iu.test(
      text,
    ) &&
    /\b(?:newsletter|subscribe|inbox|sign up|app|abonn|suscri|iscriv|assin|e-?mail)/iu.test(text)
  );
}

/** "Read more: …", "Related: …", "See also: …": a link to another story introduced as one. */
export function isLinkLead(text: string): boolean {
  return (
    wordCount(text) <= 30 &&
    /^(?:read (?:more|also)|related|see also|more|watch|listen|check also|lesen sie (?:auch|mehr)|mehr|lire aussi|à lire aussi|voir aussi|lee también|leer más|ver también|leggi anche|leia também|veja também|lees ook|читайте также)\s*[:|–—-]\s*\S/iu.test(
      text,
    )
  );
}

/**
 * A heading after which a page has only other stories, the author, contacts or comments: what follows
 * it is not the article's text.
 */
export function isEndMatterHeading(text: string): boolean {
  return (
    text.length <= 60 &&
    /^(?:check also|read (?:more|also|next)|see also|related(?: articles| stories| posts| news| content| coverage)?|more (?:stories|from|on this|news|articles|like this)|you (?:may|might) (?:also )?like|recommended(?: for you)?|most (?:read|popular|viewed)|trending(?: now)?|popular (?:now|stories)|comments?|\d+ comments?|leave a (?:comment|reply)|about the authors?|(?:news )?(?:media|press) contacts?|contacts?|tags|topics|mehr zum thema|weitere artikel|das könnte sie auch interessieren|über (?:den|die) autor(?:in)?|à lire aussi|sur le même sujet|lire aussi|à propos de l['’]auteur|te puede interesar|noticias relacionadas|más noticias|sobre el autor|leggi anche|articoli correlati|potrebbe interessarti|leia também|notícias relacionadas|gerelateerde artikelen|lees ook|читайте также|похожие статьи|اقرأ أيضا|اقرأ أيضاً)$/iu.test(
      plainWords(text),
    )
  );
}

/**
 * Names as a byline or an author box gives them, opening with a capital: "Katie Curtis", and a team
 * with its article, "l’équipe Glossa" → "L’équipe Glossa", "the Associated Press" → "The Associated Press".
 */
function namesOf(text: string): string | undefined {
  const names = text.trim();
  const withArticle = /^(?:the|l['’]|la|le|les|el|los|die|der|das|de|het)\s*\S.*\p{Lu}/u.test(names);
  if (!/^\p{Lu}/u.test(names) && !withArticle) return undefined;
  return names.charAt(0).toUpperCase() + names.slice(1);
}

/** "About Katie Curtis": the heading of a box about the author, which names the byline. */
export function authorBoxName(text: string): string | undefined {
  const match = /^(?:[Aa]bout|[Üü]ber|[Àà] propos de|[Ss]obre|[Aa]cerca de|[Oo]ver)\s+(\S+(?:\s+\S+){0,3})$/u.exec(
    text.trim(),
  );
  const names = match?.[1];
  return names === undefined || endsAsSentence(names) ? undefined : namesOf(names);
}

/** "By Jane Doe", "Von Max Muster", "Par Jean Dupont": a byline, and the names it gives. */
export function bylineNames(text: string): string | undefined {
  if (wordCount(text) > 16) return undefined;
  // Lower-case "di", "av", "af" only: capitalised, they open names ("Di Maio").
  const match = /^(?:[Bb]y|BY|[Vv]on|VON|[Pp]ar|[Pp]or|[Dd]oor|di|av|af|[Аа]втор:?)\s+(\S.*)$/u.exec(text.trim());
  const names = match?.[1] === undefined ? undefined : namesOf(match[1]);
  return names && !endsAsSentence(names.replace(/[.]$/, '')) ? names : undefined;
}

/** "Editor’s note: …", "Correction: …", "Update: …": a note from the paper, with its label. */
export function editorsNoteLabel(text: string): string | undefined {
  const match =
    /^(editor['’]?s['’]? note|note from the editor|correction|clarification|update|anmerkung der redaktion|korrektur|note de la rédaction|rectificatif|nota del editor|nota de la redacción|fe de erratas|nota della redazione|nota do editor|nota da redação|noot van de redactie|correctie)\s*:/iu.exec(
      text,
    );
  return match?.[1];
}

/** "Source: …", "Licence: …", "© 2024 …": a line that says where the text comes from, not what it says. */
export function isProvenanceLine(text: string): boolean {
  return /^(?:sources?|licen[cs]e|attribution|copyright|credits?|quelle|source|fuente|fonte|bron|источник)\s*:|^(?:©|\(c\)|copyright\s)/iu.test(
    text,
  );
}
