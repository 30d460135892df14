import { cached } from '../shared/cached.js';

/** Building a formatter costs far more than using one, and a list of 1,000 entries formats thousands of numbers. */
const formats = new Map<string, Intl.NumberFormat>();

/** The `Intl.NumberFormat` for `lang` and `options`, made once. */
export function numberFormat(lang: string, options?: Intl.NumberFormatOptions): Intl.NumberFormat {
  const key = `${lang} ${JSON.stringify(options)}`;
  return cached(formats, key, () => new Intl.NumberFormat(lang, options));
}

/**
 * A language, and a region if any, whose numbers Intl writes in ASCII digits unless told otherwise
 * (CLDR's default numbering system, `latn`): those of Glossa's interface but Arabic, and a few of the
 * most read. A script (`pa-Arab`) or an extension (`-u-nu-arab`) may ask for other digits, and any
 * other language asks Intl, which is always right: this only spares its cost.
 */
const ASCII_DIGITS = /^(en|fr|de|es|ru|kk|it|pt|nl|pl|uk|tr|zh|ja)(-([a-z]{2}|\d{3}))?$/i;

/**
 * `value` as `lang` writes it. A small whole number in a language of ASCII digits is its `String()`
 * without asking Intl: a page's first `Intl.NumberFormat` loads the locale data, 20 to 45 ms on a
 * 2-core machine, which a quiz's question numbers would otherwise pay in its first render.
 */
export function formatNumber(lang: string, value: number, options?: Intl.NumberFormatOptions): string {
  const plain = !options && Number.isInteger(value) && value >= 0 && value < 1000 && ASCII_DIGITS.test(lang);
  return plain ? String(value) : numberFormat(lang, options).format(value);
}

/** How a number in a unit is written. */
export interface UnitFormat {
  /** Intl's options for a unit it knows, which it words in the reader's language ("12,5 км"). */
  readonly options?: Intl.NumberFormatOptions;
  /** The model's unit, written after the number, when Intl does not know it ("light-years"). */
  readonly after?: string;
}

const unitFormats = new Map<string, UnitFormat>();

/**
 * How to write a number in `unit`: with Intl's own unit when it is one of ECMA-402's sanctioned units
 * ("kilometer", "percent") or their pairs ("kilometer-per-hour"), which Intl tells only by refusing
 * any other with a RangeError; else the model's text after the number.
 */
export function unitFormat(unit: string | undefined): UnitFormat {
  if (unit === undefined) return {};
  return cached(unitFormats, unit, () => {
    const options: Intl.NumberFormatOptions = { style: 'unit', unit, unitDisplay: 'short' };
    try {
      numberFormat('en', options);
      return { options };
    } catch {
      return { after: unit };
    }
  });
}
