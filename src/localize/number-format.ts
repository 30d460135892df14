import { cached } from '../shared/cached.js';

/** Building a formatter costs far more than using one, and a list of 1,000 entries formats thousands of numbers. */
const formats = new Map<string, Intl.NumberFormat>();

/** The `Intl.NumberFormat` for `lang` and `options`, made once. */
export function numberFormat(lang: string, options?: Intl.NumberFormatOptions): Intl.NumberFormat {
  const key = `${lang} ${JSON.stringify(options)}`;
  return cached(formats, key, () => new Intl.NumberFormat(lang, options));
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
