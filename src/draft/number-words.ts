/**
 * The words around a number, per language: what makes it approximate ("nearly"), a bound ("no more
 * than"), a scale ("million"), a unit Intl can word in the reader's language ("km" → kilometer) and a
 * currency. Number words ("two", "dozens") are English only; other languages get their digits read with
 * their own separators (numbers.ts).
 */

/** A unit Intl.NumberFormat accepts (ECMA-402's sanctioned units), written as texts write it. */
export interface UnitWord {
  readonly pattern: RegExp;
  readonly unit: string;
}

/** The words of one language. */
export interface NumberWords {
  readonly about: readonly string[];
  readonly bounds: readonly string[];
  /** A scale word (lower case, as the pattern ends it) and what it multiplies by. */
  readonly scales: readonly (readonly [RegExp, number])[];
  readonly units: readonly UnitWord[];
  /** Currency words after a number ("dollars", "Euro"). */
  readonly currencies: RegExp;
}

/** A length squared or cubed after its unit ("mètres carrés", "metres squared"): an area or volume Intl has no unit for. */
const POWER_AFTER = String.raw`\s+(?:carrés?|cubes?|squared|cubed|cuadrados?|cúbicos?|quadrados?|квадратн|кубическ)`;

const u = (source: string, unit: string): UnitWord => ({
  pattern: new RegExp(`^(?:${source})(?![\\p{L}\\d])(?!${POWER_AFTER})`, 'iu'),
  unit,
});

/** Symbols every language writes the same way. */
const SYMBOL_UNITS: readonly UnitWord[] = [
  u('%', 'percent'),
  u('km/h', 'kilometer-per-hour'),
  u('km²|km2', 'square-kilometer'),
  u('km', 'kilometer'),
  u('cm', 'centimeter'),
  u('mm', 'millimeter'),
  u('m', 'meter'),
  u('kg', 'kilogram'),
  u('g', 'gram'),
  u('°C', 'celsius'),
  u('°F', 'fahrenheit'),
  u('ha', 'hectare'),
  u('mph', 'mile-per-hour'),
];

const ENGLISH: NumberWords = {
  about: [
    'nearly',
    'almost',
    'about',
    'around',
    'approximately',
    'roughly',
    'some',
    'an estimated',
    'close to',
    'circa',
  ],
  bounds: [
    'no more than',
    'no fewer than',
    'no less than',
    'not more than',
    'more than',
    'fewer than',
    'less than',
    'at least',
    'at most',
    'up to',
    'as many as',
    'as much as',
    'over',
    'under',
    'in excess of',
  ],
  scales: [
    [/^thousand/i, 1e3],
    [/^million/i, 1e6],
    [/^billion|^bn/i, 1e9],
    [/^trillion/i, 1e12],
  ],
  units: [
    u('per ?cent|percent', 'percent'),
    u('days?', 'day'),
    u('weeks?', 'week'),
    u('months?', 'month'),
    u('years?', 'year'),
    u('hours?', 'hour'),
    u('minutes?', 'minute'),
    u('seconds?', 'second'),
    u('kilomet(?:er|re)s?', 'kilometer'),
    u('centimet(?:er|re)s?', 'centimeter'),
    u('millimet(?:er|re)s?', 'millimeter'),
    u('met(?:er|re)s?', 'meter'),
    u('miles?', 'mile'),
    u('feet|foot|ft', 'foot'),
    u('inch(?:es)?', 'inch'),
    u('yards?', 'yard'),
    u('kilograms?|kilos?', 'kilogram'),
    u('grams?', 'gram'),
    u('lit(?:er|re)s?', 'liter'),
    u('gallons?', 'gallon'),
    u('hectares?', 'hectare'),
    u('acres?', 'acre'),
    u('degrees Celsius', 'celsius'),
    u('degrees Fahrenheit', 'fahrenheit'),
    ...SYMBOL_UNITS,
  ],
  currencies: /^(?:dollars?|euros?|rubles?|roubles?|yuan|yen|tenge|rupees?|francs?)(?![\p{L}])/iu,
};

const GERMAN: NumberWords = {
  about: ['fast', 'etwa', 'rund', 'ungefähr', 'circa', 'ca.', 'knapp', 'annähernd'],
  bounds: ['mehr als', 'weniger als', 'mindestens', 'höchstens', 'bis zu', 'über', 'unter'],
  scales: [
    [/^tausend/i, 1e3],
    [/^millionen|^million|^mio\./i, 1e6],
    [/^milliarden|^milliarde|^mrd\./i, 1e9],
  ],
  units: [
    u('prozent', 'percent'),
    u('tagen?|tage', 'day'),
    u('wochen?', 'week'),
    u('monaten?|monate', 'month'),
    u('jahren?|jahre', 'year'),
    u('stunden?', 'hour'),
    u('minuten?', 'minute'),
    u('kilometern?', 'kilometer'),
    u('metern?', 'meter'),
    ...SYMBOL_UNITS,
  ],
  currencies: /^(?:euro|dollar|rubel|franken|€|\$)(?![\p{L}])/iu,
};

const FRENCH: NumberWords = {
  about: ['près de', 'environ', 'quelque', 'quelques', 'presque', 'autour de'],
  bounds: ['plus de', 'moins de', 'au moins', 'au plus', "jusqu'à", 'jusqu’à'],
  scales: [
    [/^millions?/i, 1e6],
    [/^milliards?/i, 1e9],
  ],
  units: [
    u('pour ?cent', 'percent'),
    u('jours?', 'day'),
    u('semaines?', 'week'),
    u('mois', 'month'),
    u('ans|années?', 'year'),
    u('heures?', 'hour'),
    u('minutes?', 'minute'),
    u('kilomètres?', 'kilometer'),
    u('mètres?', 'meter'),
    ...SYMBOL_UNITS,
  ],
  currencies: /^(?:(?:d’|d'|de )?(?:euros?|dollars?|roubles?|francs?)|€|\$)(?![\p{L}])/iu,
};

const SPANISH: NumberWords = {
  about: ['casi', 'cerca de', 'unos', 'unas', 'alrededor de', 'aproximadamente'],
  bounds: ['más de', 'menos de', 'al menos', 'hasta'],
  scales: [
    [/^mil millones/i, 1e9],
    [/^millones|^millón/i, 1e6],
  ],
  units: [
    u('por ?ciento', 'percent'),
    u('días?', 'day'),
    u('semanas?', 'week'),
    u('meses|mes', 'month'),
    u('años?', 'year'),
    u('horas?', 'hour'),
    u('kilómetros?', 'kilometer'),
    u('metros?', 'meter'),
    ...SYMBOL_UNITS,
  ],
  currencies: /^(?:(?:de )?(?:euros?|dólares?|pesos?)|€|\$)(?![\p{L}])/iu,
};

const RUSSIAN: NumberWords = {
  about: ['около', 'почти', 'примерно', 'приблизительно', 'порядка'],
  bounds: ['более', 'менее', 'свыше', 'не менее', 'не более', 'до'],
  scales: [
    [/^тыс(?:яч[аи]?|\.)/i, 1e3],
    [/^млн|^миллион(?:а|ов)?/i, 1e6],
    [/^млрд|^миллиард(?:а|ов)?/i, 1e9],
  ],
  units: [
    u('процент(?:а|ов)?', 'percent'),
    u('дн(?:я|ей)|день', 'day'),
    u('недел[иья]|недель', 'week'),
    u('месяц(?:а|ев)?', 'month'),
    u('лет|год(?:а)?', 'year'),
    u('час(?:а|ов)?', 'hour'),
    u('километр(?:а|ов)?', 'kilometer'),
    u('метр(?:а|ов)?', 'meter'),
    ...SYMBOL_UNITS,
  ],
  currencies: /^(?:рубл(?:ь|я|ей)|доллар(?:а|ов)?|евро|тенге|€|\$|₽)(?![\p{L}])/iu,
};

const OTHER: NumberWords = { about: [], bounds: [], scales: [], units: SYMBOL_UNITS, currencies: /^(?:€|\$|₽|£)/u };

const BY_LANGUAGE: Readonly<Record<string, NumberWords>> = {
  en: ENGLISH,
  de: GERMAN,
  fr: FRENCH,
  es: SPANISH,
  ru: RUSSIAN,
};

/** The number words of `language` (a primary subtag); the symbols alone for a language without a table. */
export function numberWords(language: string): NumberWords {
  return BY_LANGUAGE[language] ?? OTHER;
}

/** English number words two to twenty, and the round tens: "one" is left out, being more often a pronoun. */
export const ENGLISH_NUMBERS: Readonly<Record<string, number>> = {
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
  eleven: 11,
  twelve: 12,
  thirteen: 13,
  fourteen: 14,
  fifteen: 15,
  sixteen: 16,
  seventeen: 17,
  eighteen: 18,
  nineteen: 19,
  twenty: 20,
  thirty: 30,
  forty: 40,
  fifty: 50,
  sixty: 60,
  seventy: 70,
  eighty: 80,
  ninety: 90,
  hundred: 100,
};

/** Amounts said in words, kept as written: "several thousand", "dozens", "tens of thousands". */
export const ENGLISH_VAGUE_AMOUNT =
  /\b(?:(?:several|a few|a couple of|many)\s+(?:dozen|hundred|thousand|million|billion)|(?:tens|hundreds|dozens)\s+of\s+(?:thousands|millions)|a dozen|dozens|hundreds|thousands|millions|billions)\b/giu;

/** Currency signs written before an amount. */
export const CURRENCY_BEFORE = /(?:US\$|A\$|C\$|HK\$|[$€£¥₽₹₸]|USD|EUR|GBP)\s?$/u;
