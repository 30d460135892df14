/**
 * The language of an article's text, guessed as a person would at a glance: first by its script
 * (Arabic, Cyrillic, Greek, Hebrew, Chinese, Japanese, Korean…), then, for the Latin and Cyrillic
 * scripts that many languages share, by their commonest short words and letters of their own.
 */

/** Enough text to be sure of a language; reading more would only cost time on a long text. */
const SAMPLE_LENGTH = 20_000;

/** Scripts that one language (or one language Glossa's readers use most) writes. */
const SCRIPTS: readonly (readonly [RegExp, string])[] = [
  [/\p{Script=Arabic}/u, 'ar'],
  [/\p{Script=Hebrew}/u, 'he'],
  [/\p{Script=Greek}/u, 'el'],
  [/[\p{Script=Hiragana}\p{Script=Katakana}]/u, 'ja'],
  [/\p{Script=Hangul}/u, 'ko'],
  [/\p{Script=Han}/u, 'zh'],
  [/\p{Script=Thai}/u, 'th'],
  [/\p{Script=Devanagari}/u, 'hi'],
  [/\p{Script=Georgian}/u, 'ka'],
  [/\p{Script=Armenian}/u, 'hy'],
  [/\p{Script=Cyrillic}/u, 'ru'],
  [/\p{Script=Latin}/u, 'en'],
];

/** Letters that mark one language among those sharing its script. */
const OWN_LETTERS: { readonly [script: string]: readonly (readonly [RegExp, string])[] } = {
  ru: [
    [/[әғқңөұүһ]/giu, 'kk'],
    [/[іїєґ]/giu, 'uk'],
    [/ў/giu, 'be'],
    [/[ђјљњћџ]/giu, 'sr'],
  ],
  ar: [
    [/[ٹڈڑںےھ]/gu, 'ur'],
    [/[پچژگ]/gu, 'fa'],
  ],
};

/** Each Latin-script language's commonest words, few of which the others share. */
const STOP_WORDS: { readonly [lang: string]: readonly string[] } = {
  en: [
    'the',
    'and',
    'of',
    'to',
    'is',
    'that',
    'was',
    'for',
    'with',
    'his',
    'have',
    'this',
    'from',
    'which',
    'were',
    'been',
    'would',
    'their',
    'said',
    'they',
  ],
  de: [
    'der',
    'die',
    'und',
    'das',
    'ist',
    'nicht',
    'mit',
    'sich',
    'auf',
    'auch',
    'ein',
    'eine',
    'dem',
    'den',
    'wird',
    'wurde',
    'von',
    'zu',
    'sie',
    'bei',
  ],
  fr: [
    'le',
    'les',
    'des',
    'est',
    'une',
    'dans',
    'pour',
    'qui',
    'que',
    'pas',
    'sur',
    'avec',
    'sont',
    'aux',
    'du',
    'au',
    'ce',
    'elle',
    'été',
    'mais',
  ],
  es: [
    'el',
    'los',
    'las',
    'del',
    'que',
    'una',
    'por',
    'con',
    'para',
    'es',
    'se',
    'su',
    'como',
    'más',
    'pero',
    'sus',
    'fue',
    'ha',
    'este',
    'y',
  ],
  it: [
    'il',
    'della',
    'che',
    'di',
    'gli',
    'una',
    'per',
    'sono',
    'non',
    'nel',
    'alla',
    'dei',
    'delle',
    'è',
    'anche',
    'con',
    'come',
    'più',
    'questo',
    'ha',
  ],
  pt: [
    'o',
    'os',
    'da',
    'do',
    'das',
    'dos',
    'que',
    'uma',
    'para',
    'com',
    'não',
    'em',
    'no',
    'na',
    'foi',
    'ao',
    'mais',
    'pelo',
    'pela',
    'é',
  ],
  nl: [
    'de',
    'het',
    'een',
    'en',
    'van',
    'is',
    'niet',
    'op',
    'dat',
    'zijn',
    'met',
    'voor',
    'ook',
    'aan',
    'bij',
    'werd',
    'heeft',
    'naar',
    'wordt',
    'hij',
  ],
  pl: [
    'i',
    'w',
    'nie',
    'się',
    'na',
    'że',
    'jest',
    'do',
    'z',
    'to',
    'jak',
    'po',
    'ale',
    'przez',
    'od',
    'był',
    'są',
    'oraz',
    'już',
    'który',
  ],
  sv: [
    'och',
    'att',
    'det',
    'som',
    'är',
    'på',
    'för',
    'med',
    'inte',
    'av',
    'till',
    'den',
    'har',
    'om',
    'ett',
    'var',
    'men',
    'från',
    'sig',
    'också',
  ],
  tr: [
    've',
    'bir',
    'bu',
    'da',
    'de',
    'için',
    'ile',
    'olarak',
    'daha',
    'çok',
    'gibi',
    'olan',
    'ama',
    'sonra',
    'kadar',
    'en',
    'ise',
    'değil',
    'mi',
    'her',
  ],
};

const WORD_TO_LANGS = new Map<string, string[]>();
for (const [lang, words] of Object.entries(STOP_WORDS)) {
  for (const word of words) WORD_TO_LANGS.set(word, [...(WORD_TO_LANGS.get(word) ?? []), lang]);
}

/** The script most of the letters are in, as the language that stands for it. */
function dominantScript(sample: string): string | undefined {
  const counts = new Map<string, number>();
  for (const [letter] of sample.matchAll(/\p{L}/gu)) {
    const script = SCRIPTS.find(([pattern]) => pattern.test(letter))?.[1];
    if (script !== undefined) counts.set(script, (counts.get(script) ?? 0) + 1);
  }
  let best: string | undefined;
  let bestCount = 0;
  for (const [script, count] of counts) {
    if (count > bestCount) [best, bestCount] = [script, count];
  }
  return best;
}

/** A language that writes the script with letters of its own, when the sample has enough of them. */
function byOwnLetters(sample: string, script: string): string {
  const letters = sample.match(/\p{L}/gu)?.length ?? 0;
  for (const [pattern, lang] of OWN_LETTERS[script] ?? []) {
    if ((sample.match(pattern)?.length ?? 0) * 200 > letters) return lang;
  }
  return script;
}

function byStopWords(sample: string): string {
  const counts = new Map<string, number>();
  for (const [word] of sample.toLowerCase().matchAll(/\p{L}+/gu)) {
    for (const lang of WORD_TO_LANGS.get(word) ?? []) counts.set(lang, (counts.get(lang) ?? 0) + 1);
  }
  let best = 'en';
  let bestCount = 0;
  for (const [lang, count] of counts) {
    if (count > bestCount) [best, bestCount] = [lang, count];
  }
  return best;
}

/** The BCP 47 tag of `text`'s language ("en", "de", "ar", "kk"…); English when there is nothing to tell by. */
export function detectLanguage(text: string): string {
  const sample = text.slice(0, SAMPLE_LENGTH);
  const script = dominantScript(sample);
  if (script === undefined) return 'en';
  if (script === 'en') return byStopWords(sample);
  return byOwnLetters(sample, script);
}
