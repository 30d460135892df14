/**
 * The words around a date, per language, that chrono-node leaves to its caller: a bare year and where in
 * it ("the end of 2021"), the tense that makes an event planned, and what makes a relative date
 * unresolvable against the article's date ("three weeks later", "a few years ago").
 */
export interface DateWords {
  /** Before a year: its end ("the end of") or its start, as a month. */
  readonly yearEnd: RegExp;
  readonly yearStart: RegExp;
  /** Before a bare year: the words that make it a date ("in", "since"). */
  readonly beforeYear: RegExp;
  /** A future tense or plan, anywhere before the date in its sentence. */
  readonly future: RegExp;
  /** A week: a relative date that names one is kept at month precision. */
  readonly week: RegExp;
  /** A relative date counted from another event, or vague: resolved, it would be invented. */
  readonly unresolvable: RegExp;
  /** A duration ("for several days"), not a date. */
  readonly duration: RegExp;
}

const ENGLISH: DateWords = {
  yearEnd: /\b(?:the\s+)?(?:end|close)\s+of\s+$/iu,
  yearStart: /\b(?:the\s+)?(?:beginning|start)\s+of\s+$/iu,
  beforeYear:
    /\b(?:in|since|until|till|by|from|of|during|before|after|early|late|mid-?|end of|start of|beginning of|spring|summer|autumn|fall|winter|year)\s+$/iu,
  future:
    /\b(?:will|'ll|’ll|would|shall|expected to|set to|due to|plans? to|planned|scheduled|going to|is to|are to)\b/iu,
  week: /\bweek/iu,
  unresolvable: /\b(?:later|earlier|after|before|previous|following|prior|few|several|some|many|couple)\b/iu,
  duration: /^(?:for|over|throughout)\s/iu,
};

const GERMAN: DateWords = {
  yearEnd: /\bEnde\s+$/u,
  yearStart: /\bAnfang\s+$/u,
  beforeYear: /\b(?:im|Jahr|seit|bis|von|vor|nach|Ende|Anfang|Mitte|Frühjahr|Sommer|Herbst|Winter)\s+$/iu,
  future: /\b(?:wird|werden|soll|sollen|geplant|plant)\b/iu,
  week: /woche/iu,
  unresolvable: /\b(?:später|früher|danach|davor|einige[nr]?|mehrere[nr]?)\b/iu,
  duration: /^(?:für|seit)\s/iu,
};

const FRENCH: DateWords = {
  yearEnd: /\bfin\s+$/iu,
  yearStart: /\bdébut\s+$/iu,
  beforeYear: /(?:^|\s)(?:en|depuis|jusqu’en|jusqu'en|dès|fin|début|mi-|année)\s*$/iu,
  future: /(?:^|\s)(?:va|vont|sera|seront|devrait|doit|doivent|prévu|prévue)(?:\s|$)/iu,
  week: /semaine/iu,
  unresolvable: /(?:^|\s)(?:plus tard|plus tôt|après|avant|quelques|plusieurs)(?:\s|$)/iu,
  duration: /^(?:pendant|durant)\s/iu,
};

const SPANISH: DateWords = {
  yearEnd: /\b(?:a\s+)?(?:finales|fines|final)\s+de\s+$/iu,
  yearStart: /\b(?:a\s+)?(?:principios|inicios)\s+de\s+$/iu,
  beforeYear: /(?:^|\s)(?:en|desde|hasta|de|año)\s+$/iu,
  future: /(?:^|\s)(?:va a|van a|será|serán|prevé|previsto|prevista)(?:\s|$)/iu,
  week: /semana/iu,
  unresolvable: /(?:^|\s)(?:después|antes|más tarde|algunos|varios)(?:\s|$)/iu,
  duration: /^(?:durante)\s/iu,
};

const RUSSIAN: DateWords = {
  yearEnd: /(?:^|\s)(?:в\s+)?конце\s+$/iu,
  yearStart: /(?:^|\s)(?:в\s+)?начале\s+$/iu,
  beforeYear: /(?:^|\s)(?:в|с|до|к|после|году)\s+$/iu,
  future: /(?:^|\s)(?:будет|будут|планирует|планируется|должен|должны)(?:\s|$)/iu,
  week: /недел/iu,
  unresolvable: /(?:^|\s)(?:спустя|позже|раньше|несколько)(?:\s|$)/iu,
  duration: /^(?:в течение)\s/iu,
};

const NEVER = /$^/u;

/** Without a table, a bare year counts only after a preposition chrono-node would not know; dates come from chrono-node alone. */
const OTHER: DateWords = {
  yearEnd: NEVER,
  yearStart: NEVER,
  beforeYear: NEVER,
  future: NEVER,
  week: NEVER,
  unresolvable: NEVER,
  duration: NEVER,
};

const BY_LANGUAGE: Readonly<Record<string, DateWords>> = {
  en: ENGLISH,
  de: GERMAN,
  fr: FRENCH,
  es: SPANISH,
  ru: RUSSIAN,
};

/** The date words of `language` (a primary subtag). */
export function dateWords(language: string): DateWords {
  return BY_LANGUAGE[language] ?? OTHER;
}
